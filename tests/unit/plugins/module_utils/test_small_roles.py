"""The checks of roles orders, docker, node_exporter and victoria_metrics: their defaults pass,
and each message is given for the input it names."""
import pytest

from stackwatch_checks.docker import docker_problems
from stackwatch_checks.node_exporter import node_exporter_problems
from stackwatch_checks.orders import orders_problems
from stackwatch_checks.values import merge
from stackwatch_checks.victoria_metrics import victoria_metrics_problems

from conftest import ci_vars, role_defaults, role_vars


def orders_inputs():
    return role_defaults('orders')


@pytest.fixture(params=sorted(role_vars('docker')['docker_releases']))
def debian_release(request):
    return request.param


def docker_inputs(release='bookworm', **changes):
    """docker's variables on a host of that Debian release (the defaults pin its versions)."""
    pins = role_vars('docker')['docker_releases'][release]
    values = dict(role_defaults('docker'), docker_version=pins['docker_ce_version'],
                  docker_containerd_version=pins['containerd_io_version'])
    values.update(changes)
    # docker_daemon_config (vars/main.yml): the options merged over the defaults.
    if isinstance(values['docker_daemon_options'], dict):
        values['docker_daemon_config'] = merge(values['docker_daemon_options_default'], values['docker_daemon_options'])
    else:
        values['docker_daemon_config'] = values['docker_daemon_options_default']
    return values


def node_exporter_inputs():
    return role_defaults('node_exporter')


def victoria_metrics_inputs():
    # The dedup interval follows Prometheus's scrape interval (a template in the defaults).
    return dict(role_defaults('victoria_metrics'), victoria_metrics_dedup_interval='15s', **role_vars('victoria_metrics'))


CHECKS = {'orders': (orders_problems, orders_inputs), 'docker': (docker_problems, docker_inputs),
          'node_exporter': (node_exporter_problems, node_exporter_inputs),
          'victoria_metrics': (victoria_metrics_problems, victoria_metrics_inputs)}


@pytest.mark.parametrize('role', CHECKS)
def test_the_defaults_pass(role):
    check, inputs = CHECKS[role]
    assert check(inputs()) == []


def test_the_docker_pins_of_every_debian_release_pass(debian_release):
    assert docker_problems(docker_inputs(debian_release)) == []


def test_the_ci_inventory_passes():
    ci = ci_vars()
    assert docker_problems(docker_inputs(**{k: v for k, v in ci.items() if k.startswith('docker_')})) == []


CASES = {
    'orders log level': ('orders', {'orders_log_level': 'LOUD'},
                         'orders_log_level must be one of OFF, ERROR, WARN, INFO, DEBUG, TRACE, ALL (got "LOUD"), orders_queue_capacity a'
                         ' positive integer (got 1000), orders_config_overrides a mapping (got {})'),
    'orders queue': ('orders', {'orders_queue_capacity': 0}, 'orders_log_level must be one of OFF, ERROR, WARN, INFO, DEBUG, TRACE,'
                     ' ALL (got "INFO"), orders_queue_capacity a positive integer (got 0), orders_config_overrides a mapping (got {})'),
    'orders duration': ('orders', {'orders_processing_time': '5 parsecs'},
                        'orders_processing_time must be a duration such as 5ms, 10s or 1m, got "5 parsecs"'),
    'docker versions': ('docker', {'docker_version': '28.5.1'},
                        'docker_version must be a docker-ce apt version such as "5:28.5.1-1~debian.12~bookworm" (got "28.5.1") and'
                        ' docker_containerd_version a containerd.io one such as "1.7.28-1~debian.12~bookworm" (got'
                        ' "%s").' % role_vars('docker')['docker_releases']['bookworm']['containerd_io_version']),
    'docker key checksum': ('docker', {'docker_apt_key_checksum': 'md5:abc'}, 'docker_apt_key_checksum must be sha256:<64 hex digits>, got "md5:abc"'),
    'docker repository url': ('docker', {'docker_apt_repository_url': 'download.docker.com/linux/debian'},
                              'docker_apt_repository_url must be an http:// or https:// URL, got "download.docker.com/linux/debian"'),
    'docker key url': ('docker', {'docker_apt_key_url': 'file://host/root/docker.asc'},
                       'docker_apt_key_url must be an http://, https:// or file:/// URL, got "file://host/root/docker.asc"'),
    'node_exporter collectors': ('node_exporter', {'node_exporter_collectors_enabled': ['Processes']},
                                 'node_exporter_collectors_enabled must be a list of collector names such as processes or systemd,'
                                 ' got ["Processes"]'),
    'node_exporter both': ('node_exporter', {'node_exporter_collectors_enabled': ['systemd'], 'node_exporter_collectors_disabled': ['systemd']},
                           'systemd: in both node_exporter_collectors_enabled and node_exporter_collectors_disabled'),
    'node_exporter regex': ('node_exporter', {'node_exporter_filesystem_fs_types_exclude': ''},
                            'node_exporter_filesystem_fs_types_exclude must be a regular expression (a non-empty string), got ""'),
    'vm enabled': ('victoria_metrics', {'victoria_metrics_enabled': 'yes'}, 'victoria_metrics_enabled must be true or false, got "yes"'),
    'vm retention': ('victoria_metrics', {'victoria_metrics_retention_period': '12h'},
                     'victoria_metrics_retention_period must be a number followed by d, w or y (e.g. 90d, 1y), or by h for at least 24h,'
                     ' got "12h"'),
    'vm dedup': ('victoria_metrics', {'victoria_metrics_dedup_interval': '1d'},
                 'victoria_metrics_dedup_interval must be a Go duration such as 15s, 1m or 0s (off), got "1d"'),
    'vm options': ('victoria_metrics', {'victoria_metrics_remote_write_options': {'url': 'http://x'}},
                   'victoria_metrics_remote_write_options must be a mapping of remote_write fields other than url and name (those'
                   ' point at this store), e.g. {write_relabel_configs: [{action: labeldrop, regex: replica}]}'),
    'vm flags': ('victoria_metrics', {'victoria_metrics_flags_extra': ['-retentionPeriod=2y']},
                 'victoria_metrics_flags_extra must be a list of flags such as "-search.latencyOffset=5s", without the ones the role'
                 ' sets (-storageDataPath, -retentionPeriod, -dedup.minScrapeInterval, -httpListenAddr), got ["-retentionPeriod=2y"]'),
}


@pytest.mark.parametrize('role, changes, message', CASES.values(), ids=CASES.keys())
def test_each_problem_is_named(role, changes, message):
    check, inputs = CHECKS[role]
    values = inputs()
    values.update(changes)
    if role == 'docker':
        values = docker_inputs(**changes)
    assert check(values) == [message]


def test_docker_daemon_options_name_the_merged_result():
    problems = docker_problems(docker_inputs(docker_daemon_options={'log-opts': {'max-file': 3}}))
    assert len(problems) == 1
    assert problems[0].startswith('docker_daemon_options must be a mapping of daemon.json options whose log-opts values are strings'
                                  ' (quote numbers: max-file: "3") and whose live-restore and userland-proxy are true or false;'
                                  ' merged over the defaults it gives {')


def test_docker_userland_proxy_must_be_a_boolean():
    problems = docker_problems(docker_inputs(docker_daemon_options={'userland-proxy': 'no'}))
    assert len(problems) == 1 and '"userland-proxy": "no"' in problems[0]


def test_debian_packages_need_no_upstream_version():
    assert docker_problems(docker_inputs(docker_package_source='debian', docker_version='', docker_apt_key_url='')) == []


def test_docker_takes_a_key_copied_onto_the_host():
    # tests/docker_role's fresh host and air-gapped sites: get_url reads file:///path.
    assert docker_problems(docker_inputs(docker_package_source='upstream', docker_apt_key_url='file:///root/docker-key.asc')) == []
