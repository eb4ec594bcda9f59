"""One parser per kind of value the stack's variables hold.

Each parser returns the parsed value or raises ValueError saying what the value must be; the
checks turn that into a message naming the variable.
"""

import ipaddress


def parse_address(value):
    """An IPv4 or IPv6 address (no host name, no brackets, no zone), as an ip_address object.

    Docker ignores a host address it cannot parse and then publishes on every address, so
    anything short of a real address must be refused before it reaches Docker.
    """
    if not isinstance(value, str):
        raise ValueError('must be an IPv4 or IPv6 address')
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        raise ValueError('must be an IPv4 or IPv6 address') from None
    # Docker's own parser takes no zone (fe80::1%eth0) and would fall back to every address.
    if getattr(address, 'scope_id', None):
        raise ValueError('must be an IPv4 or IPv6 address')
    return address
