"""One parser per kind of value the stack's variables hold: durations, label names, addresses,
ports and URLs (and host:port, made of the last ones).

Each parser returns the parsed value or raises ValueError; the checks turn that into a message
naming the variable.
"""

import ipaddress
import re
from urllib.parse import urlsplit

from .values import is_integer, is_number, is_string


# ---- durations -------------------------------------------------------------------------------
# The three duration syntaxes the stack's programs read, with each unit in seconds.
PROMETHEUS = 'prometheus'  # Prometheus and Alertmanager: 1h30m, units y w d h m s ms in that order
GO = 'go'  # Go's time.ParseDuration (Alertmanager's --data.retention, VictoriaMetrics): 1.5h, 300ms
DROPWIZARD = 'dropwizard'  # Dropwizard's Duration: "5 seconds", 10s, 1m
_UNITS = {
    PROMETHEUS: {'y': 31536000, 'w': 604800, 'd': 86400, 'h': 3600, 'm': 60, 's': 1, 'ms': 0.001},
    GO: {'h': 3600, 'm': 60, 's': 1, 'ms': 1e-3, 'us': 1e-6, 'ns': 1e-9},
    DROPWIZARD: {'d': 86400, 'h': 3600, 'm': 60, 's': 1, 'ms': 1e-3, 'us': 1e-6, 'ns': 1e-9},
}
_PROMETHEUS_DURATION = re.compile(r'(?=\d)(\d+y)?(\d+w)?(\d+d)?(\d+h)?(\d+m)?(\d+s)?(\d+ms)?')
_GO_DURATION = re.compile(r'(\d+(\.\d+)?(ns|us|ms|s|m|h))+')
_DROPWIZARD_DURATION = re.compile(
    r'(\d+) ?(ns|us|ms|s|m|h|d|(nano|micro|milli)?seconds?|minutes?|hours?|days?)')
_DROPWIZARD_WORDS = {'nanosecond': 'ns', 'microsecond': 'us', 'millisecond': 'ms', 'second': 's',
                     'minute': 'm', 'hour': 'h', 'day': 'd'}


def parse_duration(value, syntax=PROMETHEUS):
    """A duration string of the given syntax, in seconds (a float). "0" is zero in Prometheus's
    and Go's syntax, as both programs read it."""
    if not is_string(value):
        raise ValueError('not a duration')
    if value == '0' and syntax in (PROMETHEUS, GO):
        return 0.0
    units = _UNITS[syntax]
    if syntax == PROMETHEUS:
        if not _PROMETHEUS_DURATION.fullmatch(value):
            raise ValueError('not a duration')
        return float(sum(int(number) * units[unit] for number, unit in re.findall(r'(\d+)(ms|[ywdhms])', value)))
    if syntax == GO:
        if not _GO_DURATION.fullmatch(value):
            raise ValueError('not a duration')
        return sum(float(number) * units[unit] for number, _, unit in re.findall(r'(\d+(\.\d+)?)(ns|us|ms|s|m|h)', value))
    match = _DROPWIZARD_DURATION.fullmatch(value)
    if not match:
        raise ValueError('not a duration')
    unit = match.group(2)
    unit = _DROPWIZARD_WORDS.get(unit.rstrip('s') if len(unit) > 2 else unit, unit)
    return int(match.group(1)) * units[unit]


def is_duration(value, syntax=PROMETHEUS):
    try:
        parse_duration(value, syntax)
    except ValueError:
        return False
    return True


# ---- label names -----------------------------------------------------------------------------
LABEL_NAME = '[a-zA-Z_][a-zA-Z0-9_]*'
_LABEL_NAME = re.compile(LABEL_NAME)


def parse_label_name(value):
    """A Prometheus label name (also the syntax of alert names and annotation names)."""
    if not is_string(value) or not _LABEL_NAME.fullmatch(value):
        raise ValueError('not a label name')
    return value


def is_label_name(value):
    return is_string(value) and bool(_LABEL_NAME.fullmatch(value))


# ---- addresses and host names ----------------------------------------------------------------
def parse_address(value):
    """An IPv4 or IPv6 address (no host name, no brackets, no zone), as an ip_address object.

    Docker ignores a host address it cannot parse and then publishes on every address, so
    anything short of a real address must be refused before it reaches Docker.
    """
    if not is_string(value):
        raise ValueError('must be an IPv4 or IPv6 address')
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        raise ValueError('must be an IPv4 or IPv6 address') from None
    # Docker's own parser takes no zone (fe80::1%eth0) and would fall back to every address.
    if getattr(address, 'scope_id', None):
        raise ValueError('must be an IPv4 or IPv6 address')
    return address


_HOST_NAME = re.compile(r'(?!-)[A-Za-z0-9_-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9_-]{1,63}(?<!-))*\.?')


def parse_host(value):
    """A DNS host name or an IP address (IPv6 in brackets, as in a URL or host:port)."""
    if not is_string(value):
        raise ValueError('not a host')
    if value.startswith('[') and value.endswith(']'):
        address = parse_address(value[1:-1])
        if address.version != 6:
            raise ValueError('only IPv6 addresses go in brackets')
        return address
    if re.fullmatch(r'[0-9.]+', value):
        # All digits and dots is meant as an IPv4 address (999.1.1.1 is not a host name).
        return parse_address(value)
    if len(value) > 253 or not _HOST_NAME.fullmatch(value):
        raise ValueError('not a host')
    return value


# ---- ports -----------------------------------------------------------------------------------
def parse_port(value):
    """A TCP/UDP port number 1-65535: an integer, or a string of digits (host:port, URLs)."""
    if is_string(value) and value.isdigit() and value.isascii():
        value = int(value)
    if not is_integer(value) or not 1 <= value <= 65535:
        raise ValueError('not a port number 1-65535')
    return value


def parse_host_port(value):
    """host:port (an IPv6 address in brackets), as (host, port)."""
    if not is_string(value) or ':' not in value:
        raise ValueError('not host:port')
    host, _, port = value.rpartition(':')
    return parse_host(host), parse_port(port)


def is_host_port(value):
    try:
        parse_host_port(value)
    except ValueError:
        return False
    return True


# ---- URLs ------------------------------------------------------------------------------------
def parse_url(value, schemes=('http', 'https'), credentials=False):
    """An absolute URL of one of `schemes` with a valid host and port and no white space, as
    urllib's SplitResult. user:password@ is refused unless `credentials`."""
    if not is_string(value) or re.search(r'\s', value) or not value.isprintable():
        raise ValueError('not a URL')
    try:
        url = urlsplit(value)
        url.port  # noqa: B018 - raises ValueError on a port that is not a number 0-65535
    except ValueError:
        raise ValueError('not a URL') from None
    if url.scheme not in schemes:
        raise ValueError('not a URL')
    if url.scheme == 'file':
        # file:///path: a file on the host itself (an air-gapped copy), no host part.
        if url.netloc or not url.path.startswith('/'):
            raise ValueError('not a URL')
        return url
    if not url.netloc:
        raise ValueError('not a URL')
    if '@' in url.netloc and not credentials:
        raise ValueError('has credentials')
    host_port = url.netloc.rpartition('@')[2]
    host, port = host_port, None
    if re.search(r':[^\]]*$', host_port):
        host, _, port = host_port.rpartition(':')
    parse_host(host)
    if port is not None:
        parse_port(port)
    return url


def is_url(value, schemes=('http', 'https'), credentials=False):
    try:
        parse_url(value, schemes, credentials)
    except ValueError:
        return False
    return True


# ---- sizes and CPUs --------------------------------------------------------------------------
# Docker's memory units (docker run --memory): powers of 1024.
_DOCKER_SIZE_UNITS = {'b': 1, 'k': 2**10, 'm': 2**20, 'g': 2**30}
# Prometheus's size units (--storage.tsdb.retention.size): powers of 1024 despite the names.
_PROMETHEUS_SIZE_UNITS = {'B': 1, 'KB': 2**10, 'MB': 2**20, 'GB': 2**30, 'TB': 2**40, 'PB': 2**50, 'EB': 2**60}
_SIZE = re.compile(r'([0-9]+)([A-Za-z]+)')


def _size(value, units, example):
    """Bytes of a whole number followed by one of units (a dict unit -> bytes)."""
    match = _SIZE.fullmatch(value) if is_string(value) else None
    if not match or match.group(2) not in units:
        raise ValueError('must be a size such as %s' % example)
    return int(match.group(1)) * units[match.group(2)]


def parse_docker_size(value):
    """A Docker memory size such as 512m or 1g (whole number, unit b, k, m or g in any case), in bytes."""
    return _size(value.lower() if is_string(value) else value, _DOCKER_SIZE_UNITS, '512m or 1g')


def parse_prometheus_size(value):
    """A Prometheus size such as 512MB or 10GB (whole number, unit B, KB, MB, GB, TB, PB or EB), in bytes."""
    return _size(value, _PROMETHEUS_SIZE_UNITS, '512MB or 10GB')


def parse_cpus(value):
    """A number of CPUs such as 0.5 or 2 (what docker run --cpus takes), as a float. Docker counts
    in hundredths of a CPU, so a finer value is refused too."""
    if not is_number(value):
        raise ValueError('must be a number of CPUs such as 0.5 or 2')
    if value < 0.01 or round(value, 2) != value:
        raise ValueError('must be a number of CPUs from 0.01, in hundredths')
    return float(value)
