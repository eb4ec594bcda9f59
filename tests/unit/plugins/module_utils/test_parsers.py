import pytest

from stackwatch_checks.parsers import (DROPWIZARD, GO, PROMETHEUS, parse_address, parse_duration, parse_host,
                                       parse_host_port, parse_label_name, parse_port, parse_url)


@pytest.mark.parametrize('value, syntax, seconds', [
    ('15s', PROMETHEUS, 15), ('1h30m', PROMETHEUS, 5400), ('1y', PROMETHEUS, 31536000), ('500ms', PROMETHEUS, 0.5),
    ('0', PROMETHEUS, 0), ('1d2h', PROMETHEUS, 93600),
    ('120h', GO, 432000), ('1.5h', GO, 5400), ('300ms', GO, 0.3), ('1h30m', GO, 5400), ('0', GO, 0),
    ('5ms', DROPWIZARD, 0.005), ('10s', DROPWIZARD, 10), ('5 seconds', DROPWIZARD, 5), ('1 minute', DROPWIZARD, 60),
    ('2days', DROPWIZARD, 172800), ('3 milliseconds', DROPWIZARD, 0.003),
])
def test_durations_in_seconds(value, syntax, seconds):
    assert parse_duration(value, syntax) == pytest.approx(seconds)


@pytest.mark.parametrize('value, syntax', [
    ('fast', PROMETHEUS), ('', PROMETHEUS), ('1m1h', PROMETHEUS), ('1.5h', PROMETHEUS), ('15', PROMETHEUS), (15, PROMETHEUS),
    ('s', PROMETHEUS), ('1d', GO), ('', GO), ('5 s', GO), ('1 fortnight', DROPWIZARD), ('5', DROPWIZARD), (None, DROPWIZARD),
])
def test_durations_refused(value, syntax):
    with pytest.raises(ValueError):
        parse_duration(value, syntax)


@pytest.mark.parametrize('value', ['job', '_x', 'data_center', 'A1'])
def test_label_names(value):
    assert parse_label_name(value) == value


@pytest.mark.parametrize('value', ['data-center', '1x', '', 'a b', None, 3])
def test_label_names_refused(value):
    with pytest.raises(ValueError):
        parse_label_name(value)


@pytest.mark.parametrize('value', ['999.1.1.1', 'localhost', '[::1]', 'fe80::1%eth0', '', None])
def test_addresses_refused(value):
    with pytest.raises(ValueError):
        parse_address(value)


@pytest.mark.parametrize('value', ['localhost', 'smtp.example.com', '10.0.0.1', '[::1]', 'host.docker.internal'])
def test_hosts(value):
    parse_host(value)


@pytest.mark.parametrize('value', ['999.1.1.1', '-x.example', 'a b', '[10.0.0.1]', '::1', 'exa mple.org', '', 'a..b'])
def test_hosts_refused(value):
    with pytest.raises(ValueError):
        parse_host(value)


@pytest.mark.parametrize('value, port', [(1, 1), (65535, 65535), ('8080', 8080)])
def test_ports(value, port):
    assert parse_port(value) == port


@pytest.mark.parametrize('value', [0, 65536, -1, True, '80a', '', None, 80.0, '٣'])
def test_ports_refused(value):
    with pytest.raises(ValueError):
        parse_port(value)


@pytest.mark.parametrize('value', ['smtp.example.com:587', '10.0.0.1:25', '[::1]:9093'])
def test_host_ports(value):
    parse_host_port(value)


@pytest.mark.parametrize('value', ['smtp.example.com', 'smtp.example.com:0', 'smtp.example.com:99999', '::1:25', ':25', 'a b:25'])
def test_host_ports_refused(value):
    with pytest.raises(ValueError):
        parse_host_port(value)


@pytest.mark.parametrize('value', ['http://example.org', 'https://vm.example.org:8428/api/v1/write', 'http://[::1]:9090/x?y=1',
                                   'http://victoria_metrics:8428/api/v1/write'])
def test_urls(value):
    parse_url(value)


@pytest.mark.parametrize('value', ['example.org', 'ftp://example.org', 'http://', 'http://exa mple.org', 'http://x:99999/',
                                   'http://user:pw@example.org', 'http://999.1.1.1/', 'http://[::1/', None, ''])
def test_urls_refused(value):
    with pytest.raises(ValueError):
        parse_url(value)


def test_urls_with_credentials_only_when_allowed():
    assert parse_url('https://user:pw@hooks.example.org/x', credentials=True).hostname == 'hooks.example.org'
