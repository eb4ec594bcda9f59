"""Checks of the component table (stack_components deep-merged over stack_components_default)."""

import json

from .parsers import parse_address

# publish_address "" means: not published on the host at all.
NOT_PUBLISHED = ''


def publish_address_problems(variable, value):
    """Messages for a component's publish_address: an IPv4/IPv6 address, or "" (not published)."""
    if value == NOT_PUBLISHED:
        return []
    try:
        parse_address(value)
    except ValueError:
        return ['%s must be an IPv4 or IPv6 address, or "" (not published), got %s'
                % (variable, json.dumps(value))]
    return []
