"""Where the containers of this host reach a component on each host.

One place for what Prometheus's scrape targets (role prometheus) and the blackbox probes (role
blackbox_exporter) both need, so that every monitoring host labels a target alike and an HA
pair's replicas write identical series:

    groups['app'] | stack_targets('orders', hostvars, inventory_hostname)

gives, for each host whose component has start: true, a dict
    host      the inventory host
    address   host:port this host's containers connect to: on this host the container name over
              the stack network (host.docker.internal for a host-network container), on another
              host its stack_scrape_address and the published port
    instance  stack_scrape_address:port, the same from every host: the instance label
"""

def hostvar(hostvars, host, name, fallback):
    """hostvars[host][name] when set, else fallback (a host outside this play's --limit)."""
    host_vars = hostvars[host]
    return host_vars[name] if name in host_vars else fallback


def stack_targets(hosts, component, hostvars, local_host):
    local_stack = hostvars[local_host]["stack"]
    targets = []
    for host in hosts:
        stack = hostvar(hostvars, host, "stack", local_stack)
        if component not in stack:
            raise ValueError("stack_targets: no component %r in the component table" % component)
        spec = stack[component]
        if not spec["start"]:
            continue
        port = str(spec["port"])
        shared = hostvar(hostvars, host, "stack_scrape_address", None) or hostvar(hostvars, host, "ansible_host", host)
        if host != local_host:
            address = "%s:%s" % (shared, port)
        elif spec.get("host_network", False):
            address = "host.docker.internal:" + port
        else:
            address = "%s:%s" % (spec["container"], port)
        targets.append({"host": host, "address": address, "instance": "%s:%s" % (shared, port)})
    return targets



def scrape_target_groups(jobs, groups, hostvars, local_host):
    """job -> its file_sd target groups, one per host whose component has start: true, at the
    address this host's containers reach it and labelled with the host and (when it differs from
    that address) the instance every other monitoring host uses, so HA replicas label a target alike."""
    target_groups = {}
    for job, spec in jobs.items():
        target_groups[job] = []
        for target in stack_targets(groups.get(spec['group'], []), spec['component'], hostvars, local_host):
            labels = {'host': target['host']}
            if target['address'] != target['instance']:
                labels['instance'] = target['instance']
            target_groups[job].append({'targets': [target['address']], 'labels': labels})
    return target_groups


def probe_target_groups(service_hosts, service_probes, probe_urls, hostvars, local_host):
    """The probe targets as file_sd target groups, each labelled with its module and its instance
    (the probed URL as every monitoring host names it): the service's paths on each of
    service_hosts whose orders has start: true, labelled with that host; then probe_urls."""
    target_groups = []
    for target in stack_targets(service_hosts, 'orders', hostvars, local_host):
        target_groups += [{'targets': ['http://%s%s' % (target['address'], probe['path'])],
                           'labels': {'module': probe['module'], 'host': target['host'],
                                      'instance': 'http://%s%s' % (target['instance'], probe['path'])}}
                          for probe in service_probes]
    return target_groups + [{'targets': [probe['url']], 'labels': {'module': probe['module'], 'instance': probe['url']}}
                            for probe in probe_urls]
