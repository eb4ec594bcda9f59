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

