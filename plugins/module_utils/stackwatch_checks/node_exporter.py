"""Checks of role node_exporter's variables."""

import re

from .values import as_json, is_list, is_string

COLLECTOR_NAME = re.compile(r'[a-z][a-z0-9_.]*')
COLLECTOR_VARIABLES = ['node_exporter_collectors_enabled', 'node_exporter_collectors_disabled']
EXCLUDE_VARIABLES = ['node_exporter_filesystem_mount_points_exclude', 'node_exporter_filesystem_fs_types_exclude']


def node_exporter_problems(inputs):
    """Every problem of role node_exporter's inputs, its variables by name."""
    v = inputs
    problems = ['%s must be a list of collector names such as processes or systemd, got %s' % (name, as_json(v[name]))
                for name in COLLECTOR_VARIABLES
                if not is_list(v[name]) or not all(is_string(c) and COLLECTOR_NAME.fullmatch(c) for c in v[name])]
    if not problems:
        both = [c for c in v['node_exporter_collectors_enabled'] if c in v['node_exporter_collectors_disabled']]
        if both:
            problems.append('%s: in both node_exporter_collectors_enabled and node_exporter_collectors_disabled' % ', '.join(both))
    return problems + ['%s must be a regular expression (a non-empty string), got %s' % (name, as_json(v[name]))
                       for name in EXCLUDE_VARIABLES if not is_string(v[name]) or len(v[name]) == 0]
