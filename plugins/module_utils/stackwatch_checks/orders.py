"""Checks of role orders's variables."""

from .parsers import DROPWIZARD, is_duration
from .values import as_json, is_integer, is_mapping

LOG_LEVELS = ['OFF', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE', 'ALL']
DURATION_VARIABLES = ['orders_shutdown_grace_period', 'orders_processing_time', 'orders_health_check_interval']


def orders_problems(inputs):
    """Every problem of role orders's inputs, its variables by name."""
    v = inputs
    problems = []
    if (v['orders_log_level'] not in LOG_LEVELS or not is_integer(v['orders_queue_capacity']) or v['orders_queue_capacity'] <= 0
            or not is_mapping(v['orders_config_overrides'])):
        problems.append('orders_log_level must be one of %s (got %s), orders_queue_capacity a positive integer (got %s),'
                        ' orders_config_overrides a mapping (got %s)'
                        % (', '.join(LOG_LEVELS), as_json(v['orders_log_level']), as_json(v['orders_queue_capacity']),
                           as_json(v['orders_config_overrides'])))
    return problems + ['%s must be a duration such as 5ms, 10s or 1m, got %s' % (name, as_json(v[name]))
                       for name in DURATION_VARIABLES if not is_duration(str(v[name]), DROPWIZARD)]
