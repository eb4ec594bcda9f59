"""Checks of the component table (stack_components deep-merged over stack_components_default)
and of the other stack_* variables of role stack_common."""

import re

from .parsers import parse_address, parse_host, parse_port
from .resources import cpus_problems, memory_problems
from .tls import web_tls_problems
from .values import as_json, is_boolean, is_integer, is_mapping, is_number, is_string, merge

# publish_address "" means: not published on the host at all.
NOT_PUBLISHED = ''
# What a pinned upstream tag looks like: v1.2.3, 1.2.3, 12.2.0-ubuntu, v3.5.0-rc.1 ...
PINNED_TAG = re.compile(r'v?[0-9]+(\.[0-9]+){1,3}([-+._][0-9A-Za-z][0-9A-Za-z._-]*)?')
# A Docker tag (used for local_tag, which may be a word such as "debian").
DOCKER_TAG = re.compile(r'[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}')
# Docker container, network and volume names.
DOCKER_NAME = re.compile(r'[a-zA-Z0-9][a-zA-Z0-9_.-]*')
WEB_USER = re.compile(r'[A-Za-z0-9_.@-]+')
NUMERIC_USER = re.compile(r'[0-9]+(:[0-9]+)?')
TYPE_WORDS = {'string': 'a string (quote versions such as "1.0")', 'integer': 'an integer', 'boolean': 'true or false',
              'number': 'a number'}
TYPE_TESTS = {'string': is_string, 'integer': is_integer, 'boolean': is_boolean, 'number': is_number}


def _matches(pattern, value):
    return is_string(value) and bool(pattern.fullmatch(value))


def publish_address_problems(variable, value):
    """Messages for a component's publish_address: an IPv4/IPv6 address, or "" (not published)."""
    if value == NOT_PUBLISHED:
        return []
    try:
        parse_address(value)
    except ValueError:
        return ['%s must be an IPv4 or IPv6 address, or "" (not published), got %s' % (variable, as_json(value))]
    return []


def port_problems(variable, value):
    try:
        parse_port(value)
    except ValueError:
        return ['%s must be a port number 1-65535, got %s' % (variable, value)]
    return []


def scrape_address_problems(value):
    """stack_scrape_address: where the other hosts reach this one."""
    try:
        parse_host(value)
    except ValueError:
        return ['stack_scrape_address must be a host name or an IPv4 or IPv6 address, got %s' % as_json(value)]
    return []


def stack_variable_problems(config_root, network, local_images, basic_auth_users):
    problems = []
    if not is_string(config_root) or not config_root.startswith('/'):
        problems.append('stack_config_root must be an absolute path, got ' + as_json(config_root))
    if not _matches(DOCKER_NAME, network):
        problems.append('stack_network must be a Docker network name, got ' + as_json(network))
    if not is_boolean(local_images):
        problems.append('stack_local_images must be true or false, got ' + as_json(local_images))
    if not is_mapping(basic_auth_users):
        problems.append('stack_web_basic_auth_users must be a mapping of user name to password')
        return problems
    for user, password in basic_auth_users.items():
        if not _matches(WEB_USER, user):
            problems.append('stack_web_basic_auth_users: user name %s must be letters, digits, _ . @ -' % as_json(user))
        elif not is_string(password) or len(password) < 8:
            # Never the password itself in the message.
            problems.append('stack_web_basic_auth_users.%s: the password must be a string of at least 8 characters' % user)
    return problems


def table_shape_problems(components, defaults, field_types):
    """stack_components as the user gives it: known components and fields only."""
    if not is_mapping(components):
        return ['stack_components must be a mapping of component name to fields, got ' + as_json(components)]
    problems = []
    for name, fields in components.items():
        if name not in defaults:
            problems.append('stack_components.%s: unknown component (known: %s)' % (name, ', '.join(defaults)))
        elif not is_mapping(fields):
            problems.append('stack_components.%s must be a mapping of fields, got %s' % (name, as_json(fields)))
        else:
            problems += ['stack_components.%s.%s: unknown field (known: %s)' % (name, field, ', '.join(field_types))
                         for field in fields if field not in field_types]
    return problems


def field_type_problems(variable, component, field_types):
    return ['%s.%s must be %s, got %s' % (variable, field, TYPE_WORDS[field_types[field]], as_json(value))
            for field, value in component.items() if not TYPE_TESTS[field_types[field]](value)]


def component_problems(name, c, local_images, port_fields, host_cpus=None):
    """One component of the merged table, its field types already right. host_cpus: the CPUs of
    the host it runs on (a CPU limit above it is refused), None when unknown."""
    var = 'stack_components.' + name
    problems = []
    if not _matches(DOCKER_NAME, c.get('container', '')):
        problems.append('%s.container must be a Docker container name, got %s' % (var, as_json(c.get('container', ''))))
    for field in ('image', 'local_image'):
        if field in c and (c[field] == '' or re.search(r':[^/]*$', c[field]) or re.search(r'\s', c[field])):
            problems.append('%s.%s must be an image name without tag (the tag has its own field), got %s'
                            % (var, field, as_json(c[field])))
    if 'image' not in c or 'tag' not in c:
        problems.append(var + ' needs both image and tag')
    elif not PINNED_TAG.fullmatch(c['tag']):
        problems.append('%s.tag must be a pinned version such as v1.2.3 (never "latest"), got %s' % (var, as_json(c['tag'])))
    if 'local_tag' in c and (c['local_tag'] == 'latest' or not DOCKER_TAG.fullmatch(c['local_tag'])):
        problems.append('%s.local_tag must be a Docker tag other than "latest", got %s' % (var, as_json(c['local_tag'])))
    if ('local_image' in c) != ('local_tag' in c):
        problems.append(var + ' needs both local_image and local_tag, or neither')
    if local_images is True and c.get('start', True) and 'local_image' not in c:
        problems.append('%s.start is true but %s has no local_image while stack_local_images is true: set %s.start: false'
                        ' or give it local_image and local_tag' % (var, name, var))
    own_fields = [field for field in port_fields if field in c]
    for field in own_fields:
        problems += port_problems('%s.%s' % (var, field), c[field])
    own_ports = [c[field] for field in own_fields]
    if len(set(own_ports)) != len(own_ports):
        problems.append('%s: %s must differ, got %s' % (var, ', '.join(own_fields), ', '.join(map(str, own_ports))))
    if 'port' not in c:
        problems.append(var + '.port is required')
    problems += publish_address_problems(var + '.publish_address', c.get('publish_address', NOT_PUBLISHED))
    for field in ('config_dir', 'data_dir'):
        if field in c and not c[field].startswith('/'):
            problems.append('%s.%s must be an absolute path, got %s' % (var, field, as_json(c[field])))
    if ('data_volume' in c) != ('data_dir' in c):
        problems.append(var + ' needs both data_volume and data_dir, or neither')
    elif 'data_volume' in c and not DOCKER_NAME.fullmatch(c['data_volume']):
        problems.append('%s.data_volume must be a Docker volume name, got %s' % (var, as_json(c['data_volume'])))
    if not NUMERIC_USER.fullmatch(c.get('user', '')):
        problems.append('%s.user must be a numeric uid or uid:gid, got %s' % (var, as_json(c.get('user', ''))))
    problems += memory_problems(var + '.memory', c.get('memory', ''))
    problems += cpus_problems(var + '.cpus', c.get('cpus', ''), host_cpus)
    return problems


def host_port_fields(c, port_fields):
    """The fields whose port a started component takes on the host: every listening port of a
    host-network container, the published port of the others."""
    if not c.get('start', True) or 'port' not in c:
        return []
    if c.get('host_network', False):
        return [field for field in port_fields if field in c]
    return ['port'] if c.get('publish_address', NOT_PUBLISHED) != NOT_PUBLISHED else []


def web_tls_names(inputs):
    """The names the web certificate must hold: those the stack's clients connect by, the container
    names on the stack network and, for the other monitoring hosts, this host's scrape address."""
    table = merge(inputs['stack_components_default'],
                  inputs['stack_components'] if is_mapping(inputs['stack_components']) else {})
    names = [str(table[name].get('container', '')) if is_mapping(table.get(name)) else '' for name in ('prometheus', 'alertmanager')]
    monitoring_hosts = inputs['monitoring_hosts']
    if inputs['inventory_hostname'] in monitoring_hosts and len(monitoring_hosts) > 1:
        names.append(str(inputs['stack_scrape_address']))
    return names


def stack_problems(inputs):
    """Every problem of role stack_common's inputs. `inputs` holds the stack_* variables by name,
    stack_component_field_types and _port_fields, inventory_hostname, monitoring_hosts (the
    hosts running Prometheus and Alertmanager) and host_cpus (this host's CPU count)."""
    field_types = inputs['stack_component_field_types']
    port_fields = inputs['stack_component_port_fields']
    defaults = inputs['stack_components_default']
    components = inputs['stack_components']
    problems = stack_variable_problems(inputs['stack_config_root'], inputs['stack_network'],
                                       inputs['stack_local_images'], inputs['stack_web_basic_auth_users'])
    problems += scrape_address_problems(inputs['stack_scrape_address'])
    problems += web_tls_problems(inputs['stack_web_tls_cert'], inputs['stack_web_tls_key'], inputs['stack_web_tls_ca'],
                                 web_tls_names(inputs))
    problems += table_shape_problems(components, defaults, field_types)
    if problems:
        return problems
    bound = {}
    for name, c in merged_table(defaults, components, inputs['stack_local_images']).items():
        var = 'stack_components.' + name
        typed = field_type_problems(var, c, field_types)
        problems += typed
        if typed:
            continue
        problems += component_problems(name, c, inputs['stack_local_images'], port_fields, inputs.get('host_cpus'))
        for field in host_port_fields(c, port_fields):
            if c[field] in bound:
                problems.append('port clash: %s.%s and %s both bind port %s on the host' % (var, field, bound[c[field]], c[field]))
            else:
                bound[c[field]] = '%s.%s' % (var, field)
    return problems


def merged_table(defaults, components, local_images):
    """stack_components deep-merged over the defaults. With local images, a component that has
    none (Grafana, cAdvisor: no Debian package) does not start unless stack_components says so
    (which preflight refuses), so the air-gapped extra vars need not replace stack_components."""
    table = merge(defaults, components)
    for name, c in table.items():
        if local_images is True and 'local_image' not in c and 'start' not in components.get(name, {}):
            table[name] = dict(c, start=False)
    return table


def component_table(defaults, components, local_images):
    """The merged component table, each component with the image reference it runs (image_ref):
    the local build when local_images is true, else the pinned upstream image. A component
    without a local image keeps the upstream reference (it starts only without local images)."""
    table = merged_table(defaults, components, local_images)
    for c in table.values():
        local = local_images and 'local_image' in c
        c['image_ref'] = '%s:%s' % ((c['local_image'], c['local_tag']) if local else (c['image'], c['tag']))
    return table
