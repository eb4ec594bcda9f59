"""Checks of what the containers may use: each component's memory and CPU limit, and Prometheus's
size cap against the filesystem its data volume is on."""

from .parsers import parse_cpus, parse_docker_size, parse_prometheus_size
from .values import as_json

# Docker refuses a memory limit under 6 MiB.
DOCKER_MIN_MEMORY = 6 * 2**20


def _mib(size):
    return '%.0f MiB' % (size / 2**20)


def memory_problems(variable, value):
    """Messages for a component's memory limit: a Docker size (512m, 1g) of at least 6m."""
    try:
        size = parse_docker_size(value)
    except ValueError as error:
        return ['%s %s (b, k, m, g), got %s' % (variable, error, as_json(value))]
    if size < DOCKER_MIN_MEMORY:
        return ['%s must be at least 6m (Docker refuses less), got %s' % (variable, as_json(value))]
    return []


def cpus_problems(variable, value, host_cpus):
    """Messages for a component's CPU limit: a number of CPUs, at most host_cpus when known (Docker
    refuses more than the host has)."""
    try:
        cpus = parse_cpus(value)
    except ValueError as error:
        return ['%s %s, got %s' % (variable, error, as_json(value))]
    if host_cpus is not None and cpus > host_cpus:
        return ['%s is %s but this host has %d CPUs (Docker refuses more than the host has)'
                % (variable, as_json(value), host_cpus)]
    return []


def retention_size_problems(variable, value, filesystem_bytes, filesystem_path):
    """Messages for Prometheus's size cap: "" (none) or a Prometheus size (units B, KB, MB, GB, TB,
    PB, EB) that fits in the filesystem holding its data volume (filesystem_bytes big, mounted on
    filesystem_path; None when unknown)."""
    if value == '':
        return []
    try:
        size = parse_prometheus_size(value)
    except ValueError as error:
        return ['%s must be "" (no cap) or %s, got %s' % (variable, str(error)[len('must be '):], as_json(value))]
    if filesystem_bytes is not None and size > filesystem_bytes:
        return ['%s is %s (%s) but the filesystem holding the Prometheus data (%s) has %s: '
                'Prometheus would fill it before the cap deletes anything'
                % (variable, value, _mib(size), filesystem_path, _mib(filesystem_bytes))]
    return []
