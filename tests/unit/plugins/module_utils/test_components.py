import copy

import pytest

from stackwatch_checks.components import component_table, publish_address_problems, stack_problems

from conftest import ci_vars, role_defaults, role_vars

VARIABLE = 'stack_components.prometheus.publish_address'


@pytest.fixture
def inputs():
    """Role stack_common's inputs as its defaults and vars give them, on a one-host inventory."""
    defaults = role_defaults('stack_common')
    internal = role_vars('stack_common')
    values = {name: defaults[name] for name in (
        'stack_components', 'stack_components_default', 'stack_config_root', 'stack_network', 'stack_local_images',
        'stack_web_basic_auth_users', 'stack_web_tls_cert', 'stack_web_tls_key', 'stack_web_tls_ca')}
    values.update(stack_component_field_types=internal['stack_component_field_types'],
                  stack_component_port_fields=internal['stack_component_port_fields'],
                  stack_scrape_address='localhost', inventory_hostname='localhost', monitoring_hosts=['localhost'],
                  host_cpus=2)
    return values


def with_components(inputs, components):
    changed = copy.deepcopy(inputs)
    changed['stack_components'] = components
    return changed


def test_the_defaults_pass(inputs):
    assert stack_problems(inputs) == []


def test_the_ci_inventory_passes(inputs):
    ci = ci_vars()
    assert stack_problems(dict(with_components(inputs, ci.get('stack_components', {})), stack_local_images=ci['stack_local_images'])) == []


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


# One case per message: the variables to change, the one message expected.
CASES = {
    'config root': ({'stack_config_root': 'etc/stackwatch'}, 'stack_config_root must be an absolute path, got "etc/stackwatch"'),
    'network': ({'stack_network': 'my net'}, 'stack_network must be a Docker network name, got "my net"'),
    'local images': ({'stack_local_images': 'yes'}, 'stack_local_images must be true or false, got "yes"'),
    'scrape address': ({'stack_scrape_address': '999.1.1.1'},
                       'stack_scrape_address must be a host name or an IPv4 or IPv6 address, got "999.1.1.1"'),
    'web users': ({'stack_web_basic_auth_users': ['viewer']},
                  'stack_web_basic_auth_users must be a mapping of user name to password'),
    'web user name': ({'stack_web_basic_auth_users': {'vi ewer': 'longenough'}},
                      'stack_web_basic_auth_users: user name "vi ewer" must be letters, digits, _ . @ -'),
    'web password': ({'stack_web_basic_auth_users': {'viewer': 's3cr3t'}},
                     'stack_web_basic_auth_users.viewer: the password must be a string of at least 8 characters'),
    'tls key without cert': ({'stack_web_tls_key': 'x'},
                             'stack_web_tls_key is set but stack_web_tls_cert is empty: set both (HTTPS) or neither (HTTP)'),
    'table': ({'stack_components': []}, 'stack_components must be a mapping of component name to fields, got []'),
}
COMPONENT_CASES = {
    'unknown component': ({'promethues': {'tag': 'v3.5.0'}}, 'stack_components.promethues: unknown component (known: '),
    'component shape': ({'prometheus': 'v3'}, 'stack_components.prometheus must be a mapping of fields, got "v3"'),
    'unknown field': ({'prometheus': {'retention': '30d'}}, 'stack_components.prometheus.retention: unknown field (known: '),
    'string type': ({'prometheus': {'tag': 3.5}},
                    'stack_components.prometheus.tag must be a string (quote versions such as "1.0"), got 3.5'),
    'integer type': ({'prometheus': {'port': '9090'}}, 'stack_components.prometheus.port must be an integer, got "9090"'),
    'boolean type': ({'prometheus': {'start': 'no'}}, 'stack_components.prometheus.start must be true or false, got "no"'),
    'container': ({'prometheus': {'container': '-prom'}},
                  'stack_components.prometheus.container must be a Docker container name, got "-prom"'),
    'image tag': ({'prometheus': {'image': 'prom/prometheus:v3'}},
                  'stack_components.prometheus.image must be an image name without tag (the tag has its own field), '
                  'got "prom/prometheus:v3"'),
    'unpinned': ({'alertmanager': {'tag': 'latest'}},
                 'stack_components.alertmanager.tag must be a pinned version such as v1.2.3 (never "latest"), got "latest"'),
    'local tag': ({'prometheus': {'local_tag': 'latest'}},
                  'stack_components.prometheus.local_tag must be a Docker tag other than "latest", got "latest"'),
    'local pair': ({'grafana': {'local_image': 'stackwatch/grafana'}},
                   'stack_components.grafana needs both local_image and local_tag, or neither'),
    'port range': ({'orders': {'port': 700000}}, 'stack_components.orders.port must be a port number 1-65535, got 700000'),
    'own ports': ({'orders': {'admin_port': 8088}}, 'stack_components.orders: port, admin_port must differ, got 8088, 8088'),
    'absolute dir': ({'prometheus': {'config_dir': 'etc/prometheus'}},
                     'stack_components.prometheus.config_dir must be an absolute path, got "etc/prometheus"'),
    'volume name': ({'prometheus': {'data_volume': 'prom data'}},
                    'stack_components.prometheus.data_volume must be a Docker volume name, got "prom data"'),
    'user': ({'prometheus': {'user': 'nobody'}}, 'stack_components.prometheus.user must be a numeric uid or uid:gid, got "nobody"'),
    'cpus over the host': ({'orders': {'cpus': 4}},
                           'stack_components.orders.cpus is 4 but this host has 2 CPUs (Docker refuses more than the host has)'),
    'port clash': ({'orders': {'port': 9093, 'publish_address': '127.0.0.1'}},
                   'port clash: stack_components.orders.port and stack_components.alertmanager.port both bind port 9093 on the host'),
}


@pytest.mark.parametrize('changes, message', CASES.values(), ids=CASES.keys())
def test_each_stack_variable_problem_is_named(inputs, changes, message):
    assert stack_problems(dict(inputs, **changes)) == [message]


@pytest.mark.parametrize('components, message', COMPONENT_CASES.values(), ids=COMPONENT_CASES.keys())
def test_each_component_problem_is_named(inputs, components, message):
    problems = stack_problems(with_components(inputs, components))
    assert len(problems) == 1 and problems[0].startswith(message), problems


def test_a_component_without_image_tag_or_port_is_named(inputs):
    del inputs['stack_components_default']['prometheus']['tag']
    del inputs['stack_components_default']['prometheus']['port']
    del inputs['stack_components_default']['prometheus']['data_dir']
    assert stack_problems(inputs) == ['stack_components.prometheus needs both image and tag',
                                      'stack_components.prometheus.port is required',
                                      'stack_components.prometheus needs both data_volume and data_dir, or neither']


def test_local_images_refuse_starting_a_component_without_a_local_image(inputs):
    started = {'grafana': {'start': True}, 'cadvisor': {'start': True}}
    assert stack_problems(dict(inputs, stack_local_images=True, stack_components=started)) == [
        'stack_components.%s.start is true but %s has no local_image while stack_local_images is true: set '
        'stack_components.%s.start: false or give it local_image and local_tag' % (name, name, name)
        for name in ('grafana', 'cadvisor')]


def test_local_images_leave_components_without_one_unstarted_and_keep_the_users_fields(inputs):
    # inventory/airgapped.yml sets only stack_local_images: the user's own stack_components (here a
    # narrower publish of the service) must survive it, not be replaced by the extra vars.
    components = {'orders': {'publish_address': '10.0.0.5'}}
    assert stack_problems(dict(inputs, stack_local_images=True, stack_components=components)) == []
    table = component_table(inputs['stack_components_default'], components, True)
    assert [name for name, c in table.items() if not c['start']] == ['grafana', 'cadvisor']
    assert table['orders']['publish_address'] == '10.0.0.5'
    assert inputs['stack_components_default']['grafana']['start'] is True
    assert component_table(inputs['stack_components_default'], {}, False)['grafana']['start'] is True


# Invalid values for every field of the component table, by field type, plus values specific to
# a field; each must be refused. A refused run stops in preflight, so none of them can end in a
# wider publish than the default.
INVALID_BY_TYPE = {
    'string': [None, 3, True, ['x'], {'a': 'b'}],
    'integer': ['9090', 0, -1, 65536, 700000, True, 1.5, None],
    'boolean': ['yes', 'true', 1, 0, None],
    'number': ['1', '0.5', True, None, [1]],
}
INVALID_BY_FIELD = {
    'container': ['', '-prom', 'a b', 'prom/etheus'],
    'image': ['', 'prom/prometheus:v3', 'prom prometheus'],
    'local_image': ['', 'stackwatch/prometheus:debian'],
    'tag': ['', 'latest', 'v3', 'main', 'v3.5.0 '],
    'local_tag': ['', 'latest', '-x', 'a/b'],
    'publish_address': ['999.1.1.1', '1.2.3', 'localhost', '0.0.0.0:9090', '[::1]', '*', 'fe80::1%eth0', ' 127.0.0.1'],
    'config_dir': ['', 'etc/prometheus', './x'],
    'data_volume': ['', 'a b', '/var/lib/x'],
    'data_dir': ['', 'prometheus'],
    'user': ['', 'nobody', '65534:', '-1', '1:2:3'],
    'memory': ['', '512', '1.5g', '512mb', '5m', '1t'],
    'cpus': [0, -1, 0.001, 0.255],
}


def _invalid_cases():
    field_types = role_vars('stack_common')['stack_component_field_types']
    for field, kind in field_types.items():
        for value in INVALID_BY_TYPE[kind] + INVALID_BY_FIELD.get(field, []):
            yield pytest.param(field, value, id='%s=%r' % (field, value))


def _component_with(inputs, field):
    """A component whose default table has `field`, else the first one (it may take any field)."""
    return next((name for name, fields in inputs['stack_components_default'].items() if field in fields), 'prometheus')


@pytest.mark.parametrize('field, value', _invalid_cases())
def test_every_field_of_the_table_refuses_invalid_values(inputs, field, value):
    name = _component_with(inputs, field)
    extra = {'local_tag': 'debian'} if field == 'local_image' else {'local_image': 'x/y'} if field == 'local_tag' else {}
    problems = stack_problems(with_components(inputs, {name: dict(extra, **{field: value})}))
    assert any(('stack_components.%s.%s' % (name, field)) in problem for problem in problems), problems
