"""The filters the roles render with: the merged component table, the validate commands and the
file_sd target groups."""
import shlex

from stackwatch_checks.components import component_table
from stackwatch_checks.targets import probe_target_groups, scrape_target_groups
from stackwatch_checks.validate import validate_commands

from conftest import role_defaults

DEFAULTS = role_defaults('stack_common')['stack_components_default']


def test_the_table_runs_upstream_images_or_the_local_builds():
    upstream = component_table(DEFAULTS, {'prometheus': {'tag': 'v3.5.1'}}, False)
    assert upstream['prometheus']['image_ref'] == 'quay.io/prometheus/prometheus:v3.5.1'
    local = component_table(DEFAULTS, {}, True)
    assert local['prometheus']['image_ref'] == '%s:%s' % (DEFAULTS['prometheus']['local_image'], DEFAULTS['prometheus']['local_tag'])
    # A component without a local build keeps its upstream image (preflight wants start: false then).
    assert local['grafana']['image_ref'] == '%s:%s' % (DEFAULTS['grafana']['image'], DEFAULTS['grafana']['tag'])


def test_each_validate_command_runs_the_tool_of_the_components_image_on_the_candidate():
    stack = component_table(DEFAULTS, {}, True)
    commands = validate_commands(stack, '/etc/stack watch')
    words = shlex.split(commands['alertmanager_web'].replace('%s', '/tmp/candidate'))
    assert words[:2] == ['sh', '-c'] and words[3:] == ['validate', '/tmp/candidate', '65534', '/etc/stack watch/alertmanager',
                                                         '/etc/alertmanager', '/bin/promtool', stack['prometheus']['image_ref'],
                                                         'check', 'web-config', '/stackwatch-candidate']
    assert set(commands) == {'prometheus_config', 'prometheus_rules', 'prometheus_web', 'alertmanager_web', 'alertmanager_config',
                             'blackbox_exporter_config', 'orders_config'}


def _hostvars(**stacks):
    return {host: {'stack': stack, 'stack_scrape_address': '10.0.0.%d' % index} for index, (host, stack) in enumerate(stacks.items(), 1)}


def test_scrape_targets_are_containers_here_and_published_ports_elsewhere():
    stack = component_table(DEFAULTS, {}, False)
    hostvars = _hostvars(mon1=stack, app1=stack)
    groups = scrape_target_groups({'orders': {'component': 'orders', 'group': 'app'}, 'node': {'component': 'node_exporter', 'group': 'all'}},
                                  {'app': ['mon1', 'app1'], 'all': ['mon1']}, hostvars, 'mon1')
    assert groups['orders'] == [{'targets': ['orders:8088'], 'labels': {'host': 'mon1', 'instance': '10.0.0.1:8088'}},
                                {'targets': ['10.0.0.2:8088'], 'labels': {'host': 'app1'}}]
    assert groups['node'] == [{'targets': ['host.docker.internal:9100'], 'labels': {'host': 'mon1', 'instance': '10.0.0.1:9100'}}]


def test_probe_targets_are_the_service_paths_then_the_listed_urls():
    stack = component_table(DEFAULTS, {}, False)
    probes = probe_target_groups(['mon1'], [{'path': '/api/ping', 'module': 'http_2xx'}],
                                 [{'url': 'https://example.org', 'module': 'https_2xx'}], _hostvars(mon1=stack), 'mon1')
    assert probes == [{'targets': ['http://orders:8088/api/ping'],
                       'labels': {'module': 'http_2xx', 'host': 'mon1', 'instance': 'http://10.0.0.1:8088/api/ping'}},
                      {'targets': ['https://example.org'], 'labels': {'module': 'https_2xx', 'instance': 'https://example.org'}}]
