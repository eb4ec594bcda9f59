"""The kinds of YAML value the checks read (str, int, bool, list, dict), tested as YAML means them
(Python's bool is an int, a string is a sequence), and how messages quote a value."""

import json
from collections.abc import Mapping, Sequence


def is_string(value):
    return isinstance(value, str)


def is_integer(value):
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_boolean(value):
    return isinstance(value, bool)


def is_mapping(value):
    return isinstance(value, Mapping)


def is_list(value):
    """A YAML list (not a string or a mapping)."""
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes))


def as_json(value):
    """A value as the messages quote it (JSON, as Jinja's to_json did)."""
    return json.dumps(value, default=str)


def merge(base, override):
    """override deep-merged over base (Ansible's combine(recursive=True))."""
    merged = dict(base)
    for key, value in override.items():
        merged[key] = merge(merged[key], value) if is_mapping(merged.get(key)) and is_mapping(value) else value
    return merged
