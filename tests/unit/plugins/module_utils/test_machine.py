"""Hosts sharing one machine: each one's footprint, and what two of them would both take."""
from stackwatch_checks.machine import footprint, machine_clashes
from stackwatch_checks.values import merge

from conftest import component_groups, role_defaults, role_vars

STACK = role_defaults('stack_common')['stack_components_default']


def inputs(host, groups, **changes):
    # Ansible's groups always hold "all", the group of node_exporter and cAdvisor in the map.
    groups = dict(groups, all=sorted({member for hosts in groups.values() for member in hosts}))
    values = dict(stack=STACK, stack_component_groups=component_groups(),
                  stack_component_port_fields=role_vars('stack_common')['stack_component_port_fields'],
                  stack_config_root='/etc/stackwatch', stack_machine='local', stack_scrape_address='10.0.0.1',
                  groups=groups, inventory_hostname=host)
    values.update(changes)
    return values


def test_a_host_claims_what_its_groups_run():
    claims = footprint(inputs('app1', {'monitoring': ['mon1'], 'app': ['app1']}))['claims']
    assert {'kind': 'container', 'value': 'orders', 'var': 'stack_components.orders.container'} in claims
    assert {'kind': 'port', 'value': 8088, 'address': '0.0.0.0', 'var': 'stack_components.orders.port'} in claims
    # node_exporter runs on the host network: its port is taken on every address.
    assert {'kind': 'port', 'value': 9100, 'address': '0.0.0.0', 'var': 'stack_components.node_exporter.port'} in claims
    assert not any(claim['value'] == 'prometheus' for claim in claims)


def test_two_monitoring_hosts_on_one_machine_clash_by_name():
    groups = {'monitoring': ['mon-a', 'mon-b'], 'app': []}
    theirs = footprint(inputs('mon-b', groups))
    mine = footprint(inputs('mon-a', groups))
    problems = machine_clashes(mine, 'mon-a', ['mon-a', 'mon-b'], {'mon-a': {'stack_footprint': mine}, 'mon-b': {'stack_footprint': theirs}})
    assert ('mon-a and mon-b run on the same machine and both take container prometheus (stack_components.prometheus.container on'
            ' mon-a, stack_components.prometheus.container on mon-b): give each host its own in host_vars') in problems


def test_ports_clash_only_on_overlapping_addresses():
    groups = {'monitoring': ['mon-a', 'mon-b'], 'app': []}
    own = {'machine': 'm', 'claims': [{'kind': 'port', 'value': 9090, 'address': '127.0.0.2', 'var': 'a'}]}
    for address, clashes in (('127.0.0.3', False), ('127.0.0.2', True), ('0.0.0.0', True), ('::', True)):
        theirs = {'machine': 'm', 'claims': [{'kind': 'port', 'value': 9090, 'address': address, 'var': 'b'}]}
        assert bool(machine_clashes(own, 'mon-a', groups['monitoring'], {'mon-b': {'stack_footprint': theirs}, 'mon-a': {}})) == clashes


def test_hosts_on_other_machines_or_without_a_footprint_never_clash():
    groups = {'monitoring': ['mon-a', 'mon-b', 'mon-c'], 'app': []}
    mine = footprint(inputs('mon-a', groups))
    elsewhere = footprint(inputs('mon-b', groups, stack_machine='10.0.0.2'))
    assert machine_clashes(mine, 'mon-a', groups['monitoring'], {'mon-a': {}, 'mon-b': {'stack_footprint': elsewhere}, 'mon-c': {}}) == []


def test_distinct_names_and_ports_on_one_machine_pass():
    groups = {'monitoring': ['mon-a', 'mon-b'], 'app': []}
    mine = footprint(inputs('mon-a', groups))
    renamed = merge(STACK, {name: {'container': name + '_b', 'publish_address': ''} for name in STACK})
    renamed = merge(renamed, {name: {'data_volume': fields['data_volume'] + '_b'} for name, fields in STACK.items() if 'data_volume' in fields})
    renamed['node_exporter']['start'] = False
    theirs = footprint(inputs('mon-b', groups, stack=renamed, stack_config_root='/etc/stackwatch-b', stack_scrape_address='10.0.0.2'))
    assert machine_clashes(mine, 'mon-a', groups['monitoring'], {'mon-b': {'stack_footprint': theirs}}) == []
