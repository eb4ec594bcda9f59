import pytest

from stackwatch_checks.components import publish_address_problems

VARIABLE = 'stack_components.prometheus.publish_address'


@pytest.mark.parametrize('value', ['', '127.0.0.1', '0.0.0.0', '10.0.0.5', '::1', '::', 'fd00::1'])
def test_publish_address_accepts_addresses_and_not_published(value):
    assert publish_address_problems(VARIABLE, value) == []


# 999.1.1.1 once passed a dotted-quad regex, and Docker then published on every address.
@pytest.mark.parametrize('value', ['999.1.1.1', '1.2.3', '1.2.3.4.5', 'localhost', 'example.org', '[::1]',
                                   '127.0.0.1:9090', ' 127.0.0.1', '127.0.0.1 ', 'fe80::1%eth0', '*', 'all',
                                   9090, None, True, ['127.0.0.1']])
def test_publish_address_refuses_anything_else_naming_the_variable(value):
    problems = publish_address_problems(VARIABLE, value)
    assert len(problems) == 1
    assert problems[0].startswith(VARIABLE + ' must be an IPv4 or IPv6 address, or "" (not published), got ')
