"""The checks of role prometheus: its settings, scrape jobs across hosts, remote storage, alert
rules, SLOs and burn-rate tiers. The defaults, the CI inventory and README's tuning examples pass;
each message is given for the input it names."""
import copy

import pytest

from stackwatch_checks.alert_rules import alert_rules_problems
from stackwatch_checks.components import merge
from stackwatch_checks.prometheus import prometheus_problems

from conftest import REPO_ROOT, ci_vars, load_yaml, role_defaults, role_vars

STACK = merge(role_defaults('stack_common')['stack_components_default'], {})
RULE_INPUTS = ['prometheus_alert_runbook_base_url', 'prometheus_alert_rules', 'prometheus_alert_rules_default', 'prometheus_alert_severities', 'prometheus_slos',
               'prometheus_slos_default', 'prometheus_slo_burn_rate_alerts']


def inputs(**changes):
    """prometheus's variables on a one-host inventory (its template defaults given their values)."""
    values = dict(role_defaults('prometheus'), prometheus_replica='', prometheus_remote_write_victoria_metrics=[], stack=STACK,
                  inventory_hostname='localhost', groups={'monitoring': ['localhost'], 'app': ['localhost']},
                  monitoring_hosts=['localhost'],
                  prometheus_alert_rule_fields=role_vars('prometheus')['prometheus_alert_rule_fields'])
    values.update(copy.deepcopy(changes))
    return values


def problems_of(hostvars=None, **changes):
    return prometheus_problems(inputs(**changes), hostvars or {})


def rule_problems(**changes):
    return alert_rules_problems(inputs(**changes))


def test_the_defaults_pass():
    assert problems_of() == []


def test_the_ci_inventory_passes():
    ci = {k: v for k, v in ci_vars().items() if k.startswith('prometheus_')}
    assert problems_of(**ci) == []


def test_readme_tuning_examples_pass():
    tuned = load_yaml(REPO_ROOT / 'tests/alert_rules/tuned.yml')
    assert rule_problems(**{k: v for k, v in tuned.items() if k in RULE_INPUTS}) == []


def test_the_stack_victoria_metrics_endpoint_passes():
    endpoint = {'name': 'victoria_metrics', 'url': 'http://victoria_metrics:8428/api/v1/write',
                'write_relabel_configs': [{'action': 'labeldrop', 'regex': 'replica'}]}
    assert problems_of(prometheus_remote_write_victoria_metrics=[endpoint]) == []


WRITE = {'url': 'https://mimir.example.org/api/v1/push'}
CASES = {
    'duration': ({'prometheus_evaluation_interval': 'fast'},
                 'prometheus_evaluation_interval must be a Prometheus duration such as 15s, 1m or 1h30m, got "fast"'),
    'timeout over interval': ({'prometheus_scrape_timeout': '20s'},
                              'prometheus_scrape_timeout (20s) must not exceed prometheus_scrape_interval (15s)'),
    'retention size': ({'prometheus_retention_size': '10G'},
                       'prometheus_retention_size must be "" (no cap) or a size such as 512MB or 10GB, got "10G"'),
    'external labels': ({'prometheus_external_labels': {'data-center': 'eu'}},
                        'prometheus_external_labels must map label names ([a-zA-Z_][a-zA-Z0-9_]*) to strings, got {"data-center": "eu"}'),
    'replica label': ({'prometheus_replica_label': 'replica-id'},
                      'prometheus_replica_label must be a label name ([a-zA-Z_][a-zA-Z0-9_]*) that is not also a key of'
                      ' prometheus_external_labels while prometheus_replica is set, and prometheus_replica a string, got'
                      ' prometheus_replica_label="replica-id", prometheus_replica=""'),
    'scrape jobs': ({'prometheus_scrape_jobs': {'orders': {'component': 'order', 'group': 'app'}}},
                    'prometheus_scrape_jobs must map a job name to {component: <one of '),
    'scrape configs extra': ({'prometheus_scrape_configs_extra': [{'job_name': 'orders'}]},
                             'prometheus_scrape_configs_extra must be a list of scrape configs, each with a job_name that is unique'
                             ' and not one of '),
    'remote write list': ({'prometheus_remote_write': WRITE},
                          'prometheus_remote_write must be a list of endpoints ({url: ..., ...}), got {"url": '),
    'remote write entry': ({'prometheus_remote_write': ['https://x']},
                           'prometheus_remote_write[0] must be a mapping such as {url: https://...}, got "https://x"'),
    'remote unknown field': ({'prometheus_remote_write': [dict(WRITE, timeout='5s')]},
                             'prometheus_remote_write[0].timeout: unknown field (known: url, name, remote_timeout, headers, basic_auth,'
                             ' bearer_token, queue_config, write_relabel_configs)'),
    'remote url required': ({'prometheus_remote_read': [{'name': 'x'}]}, 'prometheus_remote_read[0] (name x).url is required'),
    'remote url': ({'prometheus_remote_write': [{'url': 'mimir.example.org'}]},
                   'prometheus_remote_write[0].url must be an http:// or https:// URL without credentials (use basic_auth or'
                   ' bearer_token), got "mimir.example.org"'),
    'remote url credentials': ({'prometheus_remote_write': [{'url': 'https://u:SECRET@mimir.example.org/'}]},
                               'prometheus_remote_write[0].url must be an http:// or https:// URL without credentials (use basic_auth'
                               ' or bearer_token), got a value with credentials or of another kind'),
    'remote name': ({'prometheus_remote_write': [dict(WRITE, name='a b')]},
                    'prometheus_remote_write[0] (name a b).name must be letters, digits, _ . - (it labels the remote storage metrics),'
                    ' got "a b"'),
    'remote name twice': ({'prometheus_remote_write': [dict(WRITE, name='a'), {'url': 'https://b.example.org/', 'name': 'a'}]},
                          'prometheus_remote_write[0] (name a).name: a is used by more than one entry of prometheus_remote_write'
                          ' (names must be unique)'),
    'remote timeout': ({'prometheus_remote_write': [dict(WRITE, remote_timeout='soon')]},
                       'prometheus_remote_write[0].remote_timeout must be a Prometheus duration such as 30s, got "soon"'),
    'auth exclusive': ({'prometheus_remote_write': [dict(WRITE, basic_auth={'username': 'u', 'password': 'p'}, bearer_token='t')]},
                       'prometheus_remote_write[0]: basic_auth and bearer_token exclude each other, give one'),
    'basic auth shape': ({'prometheus_remote_write': [dict(WRITE, basic_auth={'user': 'u'})]},
                         'prometheus_remote_write[0].basic_auth must be {username: ..., password: ...} and nothing else'),
    'basic auth user': ({'prometheus_remote_write': [dict(WRITE, basic_auth={'username': '', 'password': 'p'})]},
                        'prometheus_remote_write[0].basic_auth.username must be a non-empty string'),
    'basic auth password': ({'prometheus_remote_write': [dict(WRITE, basic_auth={'username': 'u', 'password': ''})]},
                            'prometheus_remote_write[0].basic_auth.password must be a non-empty string (keep it in a vault)'),
    'bearer token': ({'prometheus_remote_write': [dict(WRITE, bearer_token='')]},
                     'prometheus_remote_write[0].bearer_token must be a non-empty string (keep it in a vault)'),
    'headers': ({'prometheus_remote_write': [dict(WRITE, headers=['X-Scope-OrgID'])]},
                'prometheus_remote_write[0].headers must be a mapping of header name to value'),
    'header name': ({'prometheus_remote_write': [dict(WRITE, headers={'X Org': 'a'})]},
                    'prometheus_remote_write[0].headers: "X Org" is not an HTTP header name'),
    'header reserved': ({'prometheus_remote_write': [dict(WRITE, headers={'Authorization': 'Bearer SECRET'})]},
                        'prometheus_remote_write[0].headers.Authorization: Prometheus sets this header itself (use basic_auth or'
                        ' bearer_token)'),
    'header value': ({'prometheus_remote_write': [dict(WRITE, headers={'X-Scope-OrgID': 3})]},
                     'prometheus_remote_write[0].headers.X-Scope-OrgID must be a string'),
    'read recent': ({'prometheus_remote_read': [dict(WRITE, read_recent='yes')]},
                    'prometheus_remote_read[0].read_recent must be true or false, got "yes"'),
    'queue config': ({'prometheus_remote_write': [dict(WRITE, queue_config=[])]}, 'prometheus_remote_write[0].queue_config must be a mapping, got []'),
    'queue count': ({'prometheus_remote_write': [dict(WRITE, queue_config={'capacity': 0})]},
                    'prometheus_remote_write[0].queue_config.capacity must be a positive integer, got 0'),
    'queue duration': ({'prometheus_remote_write': [dict(WRITE, queue_config={'min_backoff': '0s'})]},
                       'prometheus_remote_write[0].queue_config.min_backoff must be a positive Prometheus duration such as 5s, got "0s"'),
    'queue field': ({'prometheus_remote_write': [dict(WRITE, queue_config={'shards': 2})]},
                    'prometheus_remote_write[0].queue_config.shards: unknown field (known: capacity, max_shards, min_shards,'
                    ' max_samples_per_send, batch_send_deadline, min_backoff, max_backoff)'),
    'queue shards': ({'prometheus_remote_write': [dict(WRITE, queue_config={'min_shards': 4, 'max_shards': 2})]},
                     'prometheus_remote_write[0].queue_config.min_shards (4) must not exceed max_shards (2)'),
    'relabels': ({'prometheus_remote_write': [dict(WRITE, write_relabel_configs={})]},
                 'prometheus_remote_write[0].write_relabel_configs must be a list of relabel configs, got {}'),
    'relabel entry': ({'prometheus_remote_write': [dict(WRITE, write_relabel_configs=['drop'])]},
                      'prometheus_remote_write[0].write_relabel_configs[0] must be a mapping such as {action: labeldrop, regex: replica},'
                      ' got "drop"'),
    'relabel field': ({'prometheus_remote_write': [dict(WRITE, write_relabel_configs=[{'labels': 'x'}])]},
                      'prometheus_remote_write[0].write_relabel_configs[0].labels: unknown field (known: source_labels, separator,'
                      ' target_label, regex, modulus, replacement, action)'),
    'relabel action': ({'prometheus_remote_write': [dict(WRITE, write_relabel_configs=[{'action': 'delete'}])]},
                       'prometheus_remote_write[0].write_relabel_configs[0].action must be one of replace, keep, drop, hashmod, labelmap,'
                       ' labeldrop, labelkeep, lowercase, uppercase, keepequal, dropequal, got "delete"'),
    'remote identical': ({'prometheus_remote_write': [WRITE, WRITE]},
                         'prometheus_remote_write: two entries are identical (Prometheus refuses duplicate endpoints); give them different'
                         ' names or remove one'),
}


@pytest.mark.parametrize('changes, message', CASES.values(), ids=CASES.keys())
def test_each_problem_is_named(changes, message):
    problems = problems_of(**changes)
    # A name used twice is named on each entry that uses it.
    assert len(problems) == (2 if 'twice' in message or 'more than one' in message else 1), problems
    assert problems[0].startswith(message), problems


def test_no_remote_storage_message_quotes_a_secret():
    problems = problems_of(prometheus_remote_write=[{'url': 'https://u:SECRET@x.example.org/', 'headers': {'Authorization': 'SECRET'},
                                                     'basic_auth': {'username': 'u', 'password': 'SECRET', 'x': 1}}])
    assert len(problems) == 3 and not any('SECRET' in problem for problem in problems)


def _two_monitoring_hosts(**changes):
    values = dict(inventory_hostname='mon1', groups={'monitoring': ['mon1', 'mon2'], 'app': ['mon1']}, monitoring_hosts=['mon1', 'mon2'],
                  prometheus_replica='mon1')
    return dict(values, **changes)


# mon2 publishes what mon1 scrapes on it.
PUBLISHED = merge(STACK, {name: {'publish_address': '10.0.0.2'} for name in STACK})


def test_replicas_must_differ_across_the_monitoring_hosts():
    problems = problems_of({'mon2': {'prometheus_replica_checked': 'mon1', 'stack': PUBLISHED}}, **_two_monitoring_hosts())
    assert problems == ['The monitoring group has 2 hosts, whose Prometheus replicas must tell themselves apart: prometheus_replica on'
                        ' mon1 is "mon1", as on mon2 (leave it unset for the inventory hostname, or give every host its own value)']


def test_another_hosts_target_must_be_published_where_prometheus_reaches_it():
    jobs = {'orders': {'component': 'orders', 'group': 'app'}}
    hidden = merge(STACK, {'orders': {'publish_address': '127.0.0.1'}})
    problems = problems_of({'mon2': {'prometheus_replica_checked': 'mon2', 'stack': PUBLISHED}, 'app1': {'stack': hidden}},
                           **_two_monitoring_hosts(prometheus_scrape_jobs=jobs, groups={'monitoring': ['mon1', 'mon2'], 'app': ['app1']}))
    assert problems == ["Prometheus on mon1 cannot reach job orders: orders on app1 (publish_address '127.0.0.1'): set that"
                        " stack_components.<component>.publish_address to an address of that host which mon1 reaches (e.g. its"
                        " stack_scrape_address), or give the component start: false"]


RULE = {'expr': 'up == 0', 'for': '1m', 'severity': 'warning', 'annotations': {'summary': 's', 'description': 'd'}}
RULE_CASES = {
    'severities': ({'prometheus_alert_severities': 'critical'}, 'prometheus_alert_severities must be a list of strings, got "critical"'),
    'runbook url': ({'prometheus_alert_runbook_base_url': 'docs/alert-rules.md'},
                    'prometheus_alert_runbook_base_url must be an http:// or https:// URL, got "docs/alert-rules.md"'),
    'rules shape': ({'prometheus_alert_rules': []}, 'prometheus_alert_rules must be a mapping of group name to rules, got []'),
    'group name': ({'prometheus_alert_rules': {'My-Group': {}}},
                   'prometheus_alert_rules.My-Group: a group name must be lower case letters, digits and _ (it names the file'
                   ' rules/<group>.yml)'),
    'group shape': ({'prometheus_alert_rules': {'service': []}}, 'prometheus_alert_rules.service must be a mapping of alert name to rule, got []'),
    'alert name': ({'prometheus_alert_rules': {'service': {'Orders-Down': RULE}}},
                   'prometheus_alert_rules.service.Orders-Down: an alert name must match ^[a-zA-Z_][a-zA-Z0-9_]*$'),
    'rule shape': ({'prometheus_alert_rules': {'service': {'OrdersInstanceDown': 'off'}}},
                   'prometheus_alert_rules.service.OrdersInstanceDown must be a mapping of fields, got "off"'),
    'misspelled rule': ({'prometheus_alert_rules': {'service': {'OrdersInstanceDwn': {'for': '5m'}}}},
                        'prometheus_alert_rules.service.OrdersInstanceDwn: no default rule OrdersInstanceDwn in group service (misspelled?'
                        ' default rules of service: '),
    'rule in another group': ({'prometheus_alert_rules': {'host': {'OrdersInstanceDown': {'for': '5m'}}}},
                              'prometheus_alert_rules.host.OrdersInstanceDown: no default rule OrdersInstanceDown in group host (it is in'
                              ' group service), and no expr to define a new rule'),
    'threshold kind': ({'prometheus_alert_rules': {'service': {'OrdersErrorRatioHigh': {'threshold': 'high'}}}},
                       'prometheus_alert_rules.service.OrdersErrorRatioHigh.threshold must be a number like its default 0.05, got "high"'),
    'missing field': ({'prometheus_alert_rules': {'service': {'New': {k: v for k, v in RULE.items() if k != 'for'}}}},
                      'prometheus_alert_rules.service.New: missing required field for'),
    'enabled': ({'prometheus_alert_rules': {'service': {'OrdersInstanceDown': {'enabled': 'no'}}}},
                'prometheus_alert_rules.service.OrdersInstanceDown.enabled must be true or false, got "no"'),
    'expr': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, expr=' ')}}},
             'prometheus_alert_rules.service.New.expr must be a PromQL expression (a non-empty string), got " "'),
    'for': ({'prometheus_alert_rules': {'service': {'OrdersInstanceDown': {'for': 'soon'}}}},
            'prometheus_alert_rules.service.OrdersInstanceDown.for must be a Prometheus duration such as 30s, 5m or 1h30m, got "soon"'),
    'severity': ({'prometheus_alert_rules': {'service': {'OrdersInstanceDown': {'severity': 'page'}}}},
                 'prometheus_alert_rules.service.OrdersInstanceDown.severity must be one of critical, warning, info, got "page"'),
    'labels': ({'prometheus_alert_rules': {'service': {'OrdersInstanceDown': {'labels': ['team']}}}},
               'prometheus_alert_rules.service.OrdersInstanceDown.labels must be a mapping of label name to value, got ["team"]'),
    'label name': ({'prometheus_alert_rules': {'service': {'OrdersInstanceDown': {'labels': {'team-name': 'ops'}}}}},
                   'prometheus_alert_rules.service.OrdersInstanceDown.labels: invalid label name "team-name" (must match'
                   ' ^[a-zA-Z_][a-zA-Z0-9_]*$ and not start with __)'),
    'label severity': ({'prometheus_alert_rules': {'service': {'OrdersInstanceDown': {'labels': {'severity': 'page'}}}}},
                       'prometheus_alert_rules.service.OrdersInstanceDown.labels.severity: set by the rule itself (use the severity field)'),
    'label value': ({'prometheus_alert_rules': {'service': {'OrdersInstanceDown': {'labels': {'team': ['a']}}}}},
                    'prometheus_alert_rules.service.OrdersInstanceDown.labels.team must be a string, got ["a"]'),
    'annotations': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, annotations='s')}}},
                    'prometheus_alert_rules.service.New.annotations must be a mapping with summary and description, got "s"'),
    'annotation missing': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, annotations={'summary': 's'})}}},
                           'prometheus_alert_rules.service.New.annotations: missing required field description'),
    'annotation name': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, annotations={'summary': 's', 'description': 'd', 'run-book': 'x'})}}},
                        'prometheus_alert_rules.service.New.annotations: invalid annotation name "run-book"'),
    'annotation value': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, annotations={'summary': 's', 'description': 1})}}},
                         'prometheus_alert_rules.service.New.annotations.description must be a string, got 1'),
    'unused field': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, treshold=1)}}},
                     'prometheus_alert_rules.service.New.treshold: unknown field (not a rule field, and expr uses no ${treshold};'
                     ' fields: enabled, expr, for, severity, labels, annotations, ranges)'),
    'field kind': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, expr='up > ${limit}', limit=[1])}}},
                   'prometheus_alert_rules.service.New.limit must be a number or a string, got [1]'),
    'undefined field': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, expr='up > ${limit}')}}},
                        'prometheus_alert_rules.service.New: expr or annotations use ${limit} but the rule has no field limit'),
    'threshold range': ({'prometheus_alert_rules': {'service': {'OrdersErrorRatioHigh': {'threshold': -1}}}},
                        'prometheus_alert_rules.service.OrdersErrorRatioHigh.threshold must be between 0 and 1, got -1'),
    'percentage range': ({'prometheus_alert_rules': {'host': {'HostCpuSaturated': {'busy_percent': 150}}}},
                         'prometheus_alert_rules.host.HostCpuSaturated.busy_percent must be between 0 and 100, got 150'),
    'count range': ({'prometheus_alert_rules': {'containers': {'ContainerRestarting': {'max_restarts': -2}}}},
                    'prometheus_alert_rules.containers.ContainerRestarting.max_restarts must be at least 0, got -2'),
    'own range': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, expr='up > ${limit}', limit=5, ranges={'limit': [None, 2]})}}},
                  'prometheus_alert_rules.service.New.limit must be at most 2, got 5'),
    'ranges shape': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, ranges=[0, 1])}}},
                     'prometheus_alert_rules.service.New.ranges must be a mapping of field to [min, max], got [0, 1]'),
    'range field': ({'prometheus_alert_rules': {'service': {'New': dict(RULE, ranges={'limit': [0, 1]})}}},
                    'prometheus_alert_rules.service.New.ranges.limit: the rule has no field limit'),
    'range bounds': ({'prometheus_alert_rules': {'service': {'OrdersErrorRatioHigh': {'ranges': {'threshold': [1, 0]}}}}},
                     'prometheus_alert_rules.service.OrdersErrorRatioHigh.ranges.threshold must be [min, max], numbers (min <= max) or'
                     ' null for no bound, got [1, 0]'),
    'slos shape': ({'prometheus_slos': []}, 'prometheus_slos must be a mapping of SLO name to fields, got []'),
    'slo shape': ({'prometheus_slos': {'orders-availability': 99}}, 'prometheus_slos.orders-availability must be a mapping of fields, got 99'),
    'slo misspelled': ({'prometheus_slos': {'orders-availabilty': {'objective': 99}}},
                       'prometheus_slos.orders-availabilty: no default SLO orders-availabilty (misspelled? default SLOs: '),
    'slo name': ({'prometheus_slos': {'my slo': {'kind': 'availability', 'objective': 99, 'window': '30d', 'errors': 'e', 'total': 't'}}},
                 'prometheus_slos.my slo: an SLO name must be letters, digits, _ . and - (it becomes the slo label)'),
    'slo kind': ({'prometheus_slos': {'mine': {'kind': 'speed'}}},
                 'prometheus_slos.mine.kind must be one of availability, latency, got "speed"'),
    'slo field': ({'prometheus_slos': {'orders-availability': {'latency_seconds': 1}}},
                  'prometheus_slos.orders-availability.latency_seconds: unknown field (fields of a availability SLO: '),
    'slo missing': ({'prometheus_slos': {'mine': {'kind': 'availability', 'objective': 99, 'window': '30d', 'errors': 'e'}}},
                    'prometheus_slos.mine: missing required field total'),
    'slo enabled': ({'prometheus_slos': {'orders-availability': {'enabled': 'no'}}},
                    'prometheus_slos.orders-availability.enabled must be true or false, got "no"'),
    'slo objective': ({'prometheus_slos': {'orders-availability': {'objective': 100}}},
                      'prometheus_slos.orders-availability.objective must be a percentage between 0 and 100 (exclusive) such as 99.9, got 100'),
    'slo window': ({'prometheus_slos': {'orders-availability': {'window': 'month'}}},
                   'prometheus_slos.orders-availability.window must be a Prometheus duration such as 30d, got "month"'),
    'slo string': ({'prometheus_slos': {'orders-availability': {'errors': ''}}},
                   'prometheus_slos.orders-availability.errors must be a non-empty string, got ""'),
    'slo histogram': ({'prometheus_slos': {'orders-latency': {'histogram': 'http-duration'}}},
                      'prometheus_slos.orders-latency.histogram must be a metric name (without _bucket), got "http-duration"'),
    'slo selector': ({'prometheus_slos': {'orders-latency': {'selector': '{job="orders"}'}}},
                     'prometheus_slos.orders-latency.selector must be label matchers without braces such as job="orders", got "{job=\\"orders\\"}"'),
    'slo latency': ({'prometheus_slos': {'orders-latency': {'latency_seconds': 0}}},
                    'prometheus_slos.orders-latency.latency_seconds must be a positive number (a bucket bound of the histogram), got 0'),
    'burn list': ({'prometheus_slo_burn_rate_alerts': {}}, 'prometheus_slo_burn_rate_alerts must be a list, got {}'),
    'burn tier': ({'prometheus_slo_burn_rate_alerts': [3]},
                  'prometheus_slo_burn_rate_alerts[0] must be a mapping of severity, burn_rate, long_window, short_window, for, got 3'),
    'burn field': ({'prometheus_slo_burn_rate_alerts': [{'severity': 'critical', 'burn_rate': 2, 'long_window': '1h', 'short_window': '5m',
                                                         'for': '2m', 'window': '1h'}]},
                   'prometheus_slo_burn_rate_alerts[0].window: unknown field (fields: severity, burn_rate, long_window, short_window, for)'),
    'burn missing': ({'prometheus_slo_burn_rate_alerts': [{'severity': 'critical', 'burn_rate': 2, 'long_window': '1h', 'short_window': '5m'}]},
                     'prometheus_slo_burn_rate_alerts[0]: missing required field for'),
    'burn severity': ({'prometheus_slo_burn_rate_alerts': [{'severity': 'page', 'burn_rate': 2, 'long_window': '1h', 'short_window': '5m',
                                                            'for': '2m'}]},
                      'prometheus_slo_burn_rate_alerts[0].severity must be one of critical, warning, info, got "page"'),
    'burn rate': ({'prometheus_slo_burn_rate_alerts': [{'severity': 'critical', 'burn_rate': 0, 'long_window': '1h', 'short_window': '5m',
                                                        'for': '2m'}]},
                  'prometheus_slo_burn_rate_alerts[0].burn_rate must be a positive number, got 0'),
    'burn window': ({'prometheus_slo_burn_rate_alerts': [{'severity': 'critical', 'burn_rate': 2, 'long_window': 'hour',
                                                          'short_window': '5m', 'for': '2m'}]},
                    'prometheus_slo_burn_rate_alerts[0].long_window must be a Prometheus duration such as 5m, got "hour"'),
}


@pytest.mark.parametrize('changes, message', RULE_CASES.values(), ids=RULE_CASES.keys())
def test_each_rule_problem_is_named(changes, message):
    problems = rule_problems(**changes)
    assert len(problems) == 1 and problems[0].startswith(message), problems


def test_every_default_numeric_threshold_declares_its_range():
    fields = role_vars('prometheus')['prometheus_alert_rule_fields']
    for group, rules in role_defaults('prometheus')['prometheus_alert_rules_default'].items():
        for name, rule in rules.items():
            numbers = {field for field, value in rule.items()
                       if field not in fields and isinstance(value, (int, float)) and not isinstance(value, bool)}
            assert numbers == set(rule.get('ranges', {})), (group, name)
