"""Several inventory hosts on one machine (a local connection each, or one ansible_host) share
its dockerd and file system: each publishes what it takes there (its footprint), then checks
that no other host on the machine takes the same."""

from .targets import hostvar

# Addresses that take a port on every address of the machine.
EVERY_ADDRESS = ('0.0.0.0', '::')


def _runs_here(name, component_groups, groups, host):
    """A component not in the group map runs on every host."""
    return name not in component_groups or host in groups.get(component_groups[name], [])


def footprint(inputs):
    """What this host takes on its machine: {machine, claims}, one claim per container name, data
    volume, configuration directory and host port of the components it runs, naming the
    variable that sets it. inputs: stack, stack_component_groups, stack_component_port_fields,
    stack_config_root, stack_machine, stack_scrape_address, groups, inventory_hostname."""
    stack, groups, host = inputs['stack'], inputs['groups'], inputs['inventory_hostname']
    component_groups = inputs['stack_component_groups']
    claims = []
    for name, c in stack.items():
        if not c['start'] or not _runs_here(name, component_groups, groups, host):
            continue
        var = 'stack_components.' + name
        claims.append({'kind': 'container', 'value': c['container'], 'var': var + '.container'})
        if 'data_volume' in c:
            claims.append({'kind': 'volume', 'value': c['data_volume'], 'var': var + '.data_volume'})
        if 'config_dir' in c:
            claims.append({'kind': 'directory', 'value': '%s/%s' % (inputs['stack_config_root'], name), 'var': 'stack_config_root'})
        if c.get('host_network', False):
            claims += [{'kind': 'port', 'value': c[field], 'address': '0.0.0.0', 'var': '%s.%s' % (var, field)}
                       for field in inputs['stack_component_port_fields'] if field in c]
        elif c['publish_address'] != '':
            claims.append({'kind': 'port', 'value': c['port'], 'address': c['publish_address'], 'var': var + '.port'})
        # Alertmanager publishes its cluster port on stack_scrape_address when the group has several hosts.
        if name == 'alertmanager' and len(groups.get(component_groups.get('alertmanager'), [])) > 1:
            claims.append({'kind': 'port', 'value': c['cluster_port'], 'address': inputs['stack_scrape_address'],
                           'var': var + '.cluster_port'})
    return {'machine': inputs['stack_machine'], 'claims': claims}


def _clash(mine, theirs):
    if theirs['kind'] != mine['kind'] or theirs['value'] != mine['value']:
        return False
    return (mine['kind'] != 'port' or mine['address'] == theirs['address']
            or any(claim['address'] in EVERY_ADDRESS for claim in (mine, theirs)))


def machine_clashes(own, host, all_hosts, hostvars):
    """What this host (footprint `own`) and another inventory host on the same machine would both
    take, from the footprints the others published (their fact stack_footprint)."""
    problems = []
    for other in all_hosts:
        theirs = None if other == host else hostvar(hostvars, other, 'stack_footprint', None)
        if not theirs or theirs['machine'] != own['machine']:
            continue
        for mine in own['claims']:
            problems += ['%s and %s run on the same machine and both take %s %s (%s on %s, %s on %s): give each host its own'
                         ' in host_vars' % (host, other, mine['kind'], mine['value'], mine['var'], host, claim['var'], other)
                         for claim in theirs['claims'] if _clash(mine, claim)]
    return problems
