"""Checks of role alertmanager's variables; messages name variables, never secret values."""

import re

from .parsers import GO, is_duration, is_host_port, is_url, parse_address
from .values import as_json

DURATION_VARIABLES = ['alertmanager_group_wait', 'alertmanager_group_interval', 'alertmanager_repeat_interval',
                      'alertmanager_resolve_timeout', 'alertmanager_watchdog_repeat_interval']
ROUTE_TIMERS = ['group_wait', 'group_interval', 'repeat_interval']
RESERVED_RECEIVERS = ['null', 'email', 'slack']
RECEIVER_NAME = re.compile(r'[A-Za-z0-9][A-Za-z0-9_.-]*')
EMAIL_ADDRESS = re.compile(r'[^@\s]+@[^@\s]+')


def timer_problems(v):
    problems = ['%s must be a duration such as 30s, 5m or 4h (got %s)' % (name, v[name])
                for name in DURATION_VARIABLES if not is_duration(str(v[name]))]
    if not is_duration(str(v['alertmanager_data_retention']), GO):
        problems.append('alertmanager_data_retention must be a duration in h/m/s such as 120h (got %s)' % v['alertmanager_data_retention'])
    bad_timers = ['alertmanager_routes[%d].%s' % (index, timer) for index, route in enumerate(v['alertmanager_routes'])
                  for timer in ROUTE_TIMERS if timer in route and not is_duration(str(route[timer]))]
    if bad_timers:
        problems.append(', '.join(bad_timers) + ': not a duration such as 30s, 5m or 4h')
    return problems


def receiver_problems(v):
    problems = []
    webhooks = v['alertmanager_webhooks']
    names = [webhook['name'] for webhook in webhooks]
    if (any(name in RESERVED_RECEIVERS for name in names) or len(set(names)) != len(names)
            or not all(isinstance(name, str) and RECEIVER_NAME.fullmatch(name) for name in names)):
        problems.append("alertmanager_webhooks: every name must be unique, made of letters, digits, '_', '.', '-', and not one of"
                        ' null, email, slack (got %s)' % ', '.join(map(str, names)))
    bad_webhooks = [str(webhook['name']) for webhook in webhooks if not is_url(webhook.get('url'), credentials=True)]
    if bad_webhooks:
        problems.append('alertmanager_webhooks: the url of %s is not an http(s) URL' % ', '.join(bad_webhooks))
    to = v['alertmanager_email_to']
    if v['alertmanager_email_enabled'] and (
            len(to) == 0 or not all(isinstance(address, str) and EMAIL_ADDRESS.fullmatch(address) for address in to)
            or not EMAIL_ADDRESS.fullmatch(str(v['alertmanager_email_from']))
            or not is_host_port(v['alertmanager_email_smarthost'])
            or (v['alertmanager_email_auth_username'] and len(v['alertmanager_email_auth_password'] or '') == 0)):
        problems.append('alertmanager_email_enabled is true: alertmanager_email_to needs at least one address, alertmanager_email_from'
                        ' an address, alertmanager_email_smarthost host:port, and alertmanager_email_auth_password is required when'
                        ' alertmanager_email_auth_username is set')
    if v['alertmanager_web_external_url'] != '' and not is_url(v['alertmanager_web_external_url']):
        problems.append('alertmanager_web_external_url must be "" or an http(s) URL, got %s' % as_json(v['alertmanager_web_external_url']))
    if v['alertmanager_slack_enabled'] and not is_url(v['alertmanager_slack_api_url'], credentials=True):
        problems.append('alertmanager_slack_enabled is true: alertmanager_slack_api_url must be the incoming-webhook URL (http(s)://...)')
    return problems


def routing_problems(v):
    known = v['alertmanager_known_receivers']
    unknown = []
    for name in ('alertmanager_route_default_to', 'alertmanager_watchdog_to'):
        if v[name] and v[name] not in known:
            unknown.append('%s=%s' % (name, v[name]))
    unknown += ['alertmanager_route_by_severity.%s=%s' % (severity, receiver)
                for severity, receiver in v['alertmanager_route_by_severity'].items() if receiver not in known]
    unknown += ['alertmanager_routes[%d].receiver=%s' % (index, route['receiver'])
                for index, route in enumerate(v['alertmanager_routes']) if route['receiver'] not in known]
    problems = []
    if unknown:
        problems.append('%s: unknown receiver; configured receivers are %s (enable one with alertmanager_email_enabled,'
                        ' alertmanager_slack_enabled or alertmanager_webhooks)' % (', '.join(unknown), ', '.join(known)))
    if any(route.get('matchers') == [] for route in v['alertmanager_routes']):
        problems.append('alertmanager_routes: every route needs at least one matcher, e.g. [\'team="payments"\']')
    return problems


def cluster_problems(v):
    """Peers reach this host's Alertmanager at the address it advertises (address:port, unbracketed)."""
    if len(v['alertmanager_cluster_peers']) == 0:
        return []
    try:
        if parse_address(v['stack_scrape_address']).version != 4:
            raise ValueError('not IPv4')
    except ValueError:
        return ['%s has several hosts, so Alertmanager forms a cluster and advertises stack_scrape_address to its peers: it must be'
                ' an IPv4 address, got %s' % (v['alertmanager_cluster_group'], v['stack_scrape_address'])]
    return []


def alertmanager_problems(inputs):
    """Every problem of role alertmanager's inputs, its variables by name (and stack_scrape_address)."""
    return timer_problems(inputs) + receiver_problems(inputs) + routing_problems(inputs) + cluster_problems(inputs)
