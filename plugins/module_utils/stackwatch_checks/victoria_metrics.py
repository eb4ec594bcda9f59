"""Checks of role victoria_metrics's variables."""

import re

from .parsers import GO, is_duration
from .values import as_json, is_boolean, is_list, is_mapping, is_string

RETENTION = re.compile(r'[1-9][0-9]*[dwy]')
RETENTION_HOURS = re.compile(r'([0-9]+)h')
FLAG = re.compile(r'-{1,2}([A-Za-z][A-Za-z0-9._]*)(=.*)?', re.S)


def _retention_ok(value):
    if not is_string(value):
        return False
    hours = RETENTION_HOURS.fullmatch(value)
    return bool(RETENTION.fullmatch(value)) or (hours is not None and int(hours.group(1)) >= 24)


def _flags_ok(flags, own_flags):
    if not is_list(flags) or not all(is_string(flag) for flag in flags):
        return False
    matches = [FLAG.fullmatch(flag) for flag in flags]
    return all(matches) and not any(match.group(1) in own_flags for match in matches)


def victoria_metrics_problems(inputs):
    """Every problem of role victoria_metrics's inputs, its variables by name."""
    v = inputs
    problems = []
    if not is_boolean(v['victoria_metrics_enabled']):
        problems.append('victoria_metrics_enabled must be true or false, got ' + as_json(v['victoria_metrics_enabled']))
    if not _retention_ok(v['victoria_metrics_retention_period']):
        problems.append('victoria_metrics_retention_period must be a number followed by d, w or y (e.g. 90d, 1y), or by h for at'
                        ' least 24h, got ' + as_json(v['victoria_metrics_retention_period']))
    if not is_string(v['victoria_metrics_dedup_interval']) or not is_duration(v['victoria_metrics_dedup_interval'], GO):
        problems.append('victoria_metrics_dedup_interval must be a Go duration such as 15s, 1m or 0s (off), got '
                        + as_json(v['victoria_metrics_dedup_interval']))
    options = v['victoria_metrics_remote_write_options']
    if not is_mapping(options) or 'url' in options or 'name' in options:
        problems.append('victoria_metrics_remote_write_options must be a mapping of remote_write fields other than url and name'
                        ' (those point at this store), e.g. {write_relabel_configs: [{action: labeldrop, regex: replica}]}')
    own_flags = v['victoria_metrics_own_flags']
    if not _flags_ok(v['victoria_metrics_flags_extra'], own_flags):
        problems.append('victoria_metrics_flags_extra must be a list of flags such as "-search.latencyOffset=5s", without the ones'
                        ' the role sets (%s), got %s' % (', '.join('-' + flag for flag in own_flags), as_json(v['victoria_metrics_flags_extra'])))
    return problems
