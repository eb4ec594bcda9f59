"""Checks of prometheus_alert_rules, prometheus_slos and prometheus_slo_burn_rate_alerts, each
message naming the variable, rule and field to fix."""

import re

from .parsers import LABEL_NAME, is_duration, is_label_name, is_url
from .values import as_json, is_boolean, is_list, is_mapping, is_number, is_string, merge

GROUP_NAME = re.compile(r'[a-z][a-z0-9_]*')
SLO_NAME = re.compile(r'[a-zA-Z0-9][a-zA-Z0-9_.-]*')
METRIC_NAME = re.compile(r'[a-zA-Z_:][a-zA-Z0-9_:]*')
PLACEHOLDER = re.compile(r'[$][{]([^}]*)[}]')
LABEL_PATTERN = '^%s$' % LABEL_NAME
SLO_FIELDS = {'availability': ['errors', 'total'], 'latency': ['histogram', 'selector', 'latency_seconds']}
SLO_COMMON_FIELDS = ['enabled', 'kind', 'objective', 'window', 'description']
BURN_FIELDS = ['severity', 'burn_rate', 'long_window', 'short_window', 'for']


def kind(value):
    """The kind of a value, as a rule field keeps its default's: boolean, number, duration, string, other."""
    if is_boolean(value):
        return 'boolean'
    if is_number(value):
        return 'number'
    if is_string(value) and value != '' and is_duration(value):
        return 'duration'
    return 'string' if is_string(value) else 'other'


def severities_problems(severities):
    if not is_list(severities) or not all(is_string(severity) for severity in severities):
        return ['prometheus_alert_severities must be a list of strings, got ' + as_json(severities)]
    return []


def override_problems(rules, defaults, rule_fields):
    """prometheus_alert_rules as the user gives it: known groups, and overrides of rules that exist."""
    if not is_mapping(rules):
        return ['prometheus_alert_rules must be a mapping of group name to rules, got ' + as_json(rules)]
    problems = []
    for group, group_rules in rules.items():
        var = 'prometheus_alert_rules.%s' % group
        if not is_string(group) or not GROUP_NAME.fullmatch(group):
            problems.append(var + ': a group name must be lower case letters, digits and _ (it names the file rules/<group>.yml)')
            continue
        if not is_mapping(group_rules):
            problems.append('%s must be a mapping of alert name to rule, got %s' % (var, as_json(group_rules)))
            continue
        group_defaults = defaults.get(group, {})
        for name, rule in group_rules.items():
            rule_var = '%s.%s' % (var, name)
            if not is_label_name(name):
                problems.append('%s: an alert name must match %s' % (rule_var, LABEL_PATTERN))
            elif not is_mapping(rule):
                problems.append('%s must be a mapping of fields, got %s' % (rule_var, as_json(rule)))
            elif name not in group_defaults and 'expr' not in rule:
                elsewhere = [other for other, other_rules in defaults.items() if name in other_rules]
                hint = (' (it is in group %s)' % ', '.join(elsewhere) if elsewhere else
                        ' (misspelled? default rules of %s: %s)' % (group, ', '.join(group_defaults) or 'none'))
                problems.append('%s: no default rule %s in group %s%s, and no expr to define a new rule' % (rule_var, name, group, hint))
            elif name in group_defaults:
                # A field the default rule has must keep its kind: a number stays a number, a duration a duration.
                default = group_defaults[name]
                for field, value in rule.items():
                    if field in default and field not in rule_fields and kind(value) != kind(default[field]):
                        problems.append('%s.%s must be a %s like its default %s, got %s'
                                        % (rule_var, field, kind(default[field]), as_json(default[field]), as_json(value)))
    return problems


def labels_problems(rule_var, labels):
    if not is_mapping(labels):
        return ['%s.labels must be a mapping of label name to value, got %s' % (rule_var, as_json(labels))]
    problems = []
    for label, value in labels.items():
        if not is_label_name(label) or label.startswith('__'):
            problems.append('%s.labels: invalid label name %s (must match %s and not start with __)'
                            % (rule_var, as_json(label), LABEL_PATTERN))
        elif label in ('severity', 'alertname'):
            problems.append('%s.labels.%s: set by the rule itself%s'
                            % (rule_var, label, ' (use the severity field)' if label == 'severity' else ''))
        elif not is_string(value) and not is_number(value):
            problems.append('%s.labels.%s must be a string, got %s' % (rule_var, label, as_json(value)))
    return problems


def annotations_problems(rule_var, annotations):
    if not is_mapping(annotations):
        return ['%s.annotations must be a mapping with summary and description, got %s' % (rule_var, as_json(annotations))]
    problems = ['%s.annotations: missing required field %s' % (rule_var, field)
                for field in ('summary', 'description') if field not in annotations]
    for key, value in annotations.items():
        if not is_label_name(key):
            problems.append('%s.annotations: invalid annotation name %s' % (rule_var, as_json(key)))
        elif not is_string(value):
            problems.append('%s.annotations.%s must be a string, got %s' % (rule_var, key, as_json(value)))
    return problems


def _valid_bounds(bounds):
    """[min, max]: numbers, or null for no bound, min <= max."""
    if not is_list(bounds) or len(bounds) != 2 or not all(bound is None or is_number(bound) for bound in bounds):
        return False
    return None in bounds or bounds[0] <= bounds[1]


def ranges_problems(rule_var, rule, params):
    """`ranges`: the range each threshold of the rule must fall in, {field: [min, max]} (null: no
    bound); a threshold outside its range is refused (-1 on a ratio fires on any traffic)."""
    ranges = rule.get('ranges', {})
    if not is_mapping(ranges):
        return ['%s.ranges must be a mapping of field to [min, max], got %s' % (rule_var, as_json(ranges))]
    problems = []
    for field, bounds in ranges.items():
        if field not in params:
            problems.append('%s.ranges.%s: the rule has no field %s' % (rule_var, field, field))
        elif not _valid_bounds(bounds):
            problems.append('%s.ranges.%s must be [min, max], numbers (min <= max) or null for no bound, got %s'
                            % (rule_var, field, as_json(bounds)))
        elif is_number(params[field]):
            low, high = bounds
            if (low is not None and params[field] < low) or (high is not None and params[field] > high):
                problems.append('%s.%s must be %s, got %s' % (rule_var, field, _range_words(low, high), as_json(params[field])))
    return problems


def _range_words(low, high):
    if high is None:
        return 'at least %s' % as_json(low)
    if low is None:
        return 'at most %s' % as_json(high)
    return 'between %s and %s' % (as_json(low), as_json(high))


def rule_problems(rule_var, rule, severities, rule_fields):
    """One rule after the merge."""
    problems = ['%s: missing required field %s' % (rule_var, field)
                for field in ('expr', 'for', 'severity', 'annotations') if field not in rule]
    if not is_boolean(rule.get('enabled', True)):
        problems.append('%s.enabled must be true or false, got %s' % (rule_var, as_json(rule['enabled'])))
    if 'expr' in rule and (not is_string(rule['expr']) or not rule['expr'].strip()):
        problems.append('%s.expr must be a PromQL expression (a non-empty string), got %s' % (rule_var, as_json(rule['expr'])))
    if 'for' in rule and kind(rule['for']) != 'duration':
        problems.append('%s.for must be a Prometheus duration such as 30s, 5m or 1h30m, got %s' % (rule_var, as_json(rule['for'])))
    if 'severity' in rule and rule['severity'] not in severities:
        problems.append('%s.severity must be one of %s, got %s' % (rule_var, ', '.join(severities), as_json(rule['severity'])))
    problems += labels_problems(rule_var, rule.get('labels', {}))
    if 'annotations' in rule:
        problems += annotations_problems(rule_var, rule['annotations'])
    # Named thresholds: numbers or strings, each used by expr or an annotation, and every ${name}
    # there defined; an unused field is most likely a misspelled one.
    params = {field: value for field, value in rule.items() if field not in rule_fields}
    texts = [str(rule.get('expr', ''))]
    if is_mapping(rule.get('annotations')):
        texts += [str(value) for value in rule['annotations'].values()]
    used = list(dict.fromkeys(name for text in texts for name in PLACEHOLDER.findall(text)))
    for field, value in params.items():
        if field not in used:
            problems.append('%s.%s: unknown field (not a rule field, and expr uses no ${%s}; fields: %s)'
                            % (rule_var, field, field, ', '.join(list(rule_fields) + [p for p in params if p in used])))
        elif kind(value) not in ('number', 'duration', 'string'):
            problems.append('%s.%s must be a number or a string, got %s' % (rule_var, field, as_json(value)))
    problems += ['%s: expr or annotations use ${%s} but the rule has no field %s' % (rule_var, field, field)
                 for field in used if field not in params]
    return problems + ranges_problems(rule_var, rule, params)


def slo_problems(var, slo):
    """One SLO after the merge."""
    problems = []
    name = var.split('.', 1)[1]
    if not SLO_NAME.fullmatch(name):
        problems.append(var + ': an SLO name must be letters, digits, _ . and - (it becomes the slo label)')
    if slo.get('kind', '') not in SLO_FIELDS:
        return problems + ['%s.kind must be one of %s, got %s' % (var, ', '.join(SLO_FIELDS), as_json(slo.get('kind')))]
    known = SLO_COMMON_FIELDS + SLO_FIELDS[slo['kind']]
    problems += ['%s.%s: unknown field (fields of a %s SLO: %s)' % (var, field, slo['kind'], ', '.join(known))
                 for field in slo if field not in known]
    problems += ['%s: missing required field %s' % (var, field)
                 for field in known if field not in slo and field not in ('enabled', 'description')]
    if not is_boolean(slo.get('enabled', True)):
        problems.append('%s.enabled must be true or false, got %s' % (var, as_json(slo['enabled'])))
    if 'objective' in slo and (kind(slo['objective']) != 'number' or not 0 < slo['objective'] < 100):
        problems.append('%s.objective must be a percentage between 0 and 100 (exclusive) such as 99.9, got %s'
                        % (var, as_json(slo['objective'])))
    if 'window' in slo and kind(slo['window']) != 'duration':
        problems.append('%s.window must be a Prometheus duration such as 30d, got %s' % (var, as_json(slo['window'])))
    for field in ('errors', 'total', 'histogram', 'description'):
        if field in slo and (not is_string(slo[field]) or not slo[field].strip()):
            problems.append('%s.%s must be a non-empty string, got %s' % (var, field, as_json(slo[field])))
    if is_string(slo.get('histogram')) and slo['histogram'].strip() and not METRIC_NAME.fullmatch(slo['histogram']):
        problems.append('%s.histogram must be a metric name (without _bucket), got %s' % (var, as_json(slo['histogram'])))
    if 'selector' in slo and (not is_string(slo['selector']) or re.search('[{}]', slo['selector'])):
        problems.append('%s.selector must be label matchers without braces such as job="orders", got %s'
                        % (var, as_json(slo['selector'])))
    if 'latency_seconds' in slo and (kind(slo['latency_seconds']) != 'number' or slo['latency_seconds'] <= 0):
        problems.append('%s.latency_seconds must be a positive number (a bucket bound of the histogram), got %s'
                        % (var, as_json(slo['latency_seconds'])))
    return problems


def slos_problems(slos, defaults):
    if not is_mapping(slos):
        return ['prometheus_slos must be a mapping of SLO name to fields, got ' + as_json(slos)]
    problems = []
    for name, slo in slos.items():
        if not is_mapping(slo):
            problems.append('prometheus_slos.%s must be a mapping of fields, got %s' % (name, as_json(slo)))
        elif name not in defaults and 'kind' not in slo:
            problems.append('prometheus_slos.%s: no default SLO %s (misspelled? default SLOs: %s), and no kind to define a new one'
                            % (name, name, ', '.join(defaults) or 'none'))
    if problems:
        return problems
    for name, slo in merge(defaults, slos).items():
        problems += slo_problems('prometheus_slos.%s' % name, slo)
    return problems


def burn_rate_problems(tiers, severities):
    if not is_list(tiers):
        return ['prometheus_slo_burn_rate_alerts must be a list, got ' + as_json(tiers)]
    problems = []
    for index, tier in enumerate(tiers):
        var = 'prometheus_slo_burn_rate_alerts[%d]' % index
        if not is_mapping(tier):
            problems.append('%s must be a mapping of %s, got %s' % (var, ', '.join(BURN_FIELDS), as_json(tier)))
            continue
        problems += ['%s.%s: unknown field (fields: %s)' % (var, field, ', '.join(BURN_FIELDS)) for field in tier if field not in BURN_FIELDS]
        problems += ['%s: missing required field %s' % (var, field) for field in BURN_FIELDS if field not in tier]
        if 'severity' in tier and severities is not None and tier['severity'] not in severities:
            problems.append('%s.severity must be one of %s, got %s' % (var, ', '.join(severities), as_json(tier['severity'])))
        if 'burn_rate' in tier and (kind(tier['burn_rate']) != 'number' or tier['burn_rate'] <= 0):
            problems.append('%s.burn_rate must be a positive number, got %s' % (var, as_json(tier['burn_rate'])))
        problems += ['%s.%s must be a Prometheus duration such as 5m, got %s' % (var, field, as_json(tier[field]))
                     for field in ('long_window', 'short_window', 'for') if field in tier and kind(tier[field]) != 'duration']
    return problems


def alert_rules_problems(inputs):
    """Every problem of the alert rules and SLOs. `inputs` holds prometheus_alert_rules (and
    _default), prometheus_alert_rule_fields, prometheus_alert_severities, prometheus_slos (and
    _default) and prometheus_slo_burn_rate_alerts."""
    rule_fields = inputs['prometheus_alert_rule_fields']
    defaults = inputs['prometheus_alert_rules_default']
    problems = severities_problems(inputs['prometheus_alert_severities'])
    if not is_url(inputs['prometheus_alert_runbook_base_url']):
        problems.append('prometheus_alert_runbook_base_url must be an http:// or https:// URL, got '
                        + as_json(inputs['prometheus_alert_runbook_base_url']))
    # None: severities unknown, not checked against.
    severities = None if problems else inputs['prometheus_alert_severities']
    problems += override_problems(inputs['prometheus_alert_rules'], defaults, rule_fields)
    if not problems:
        for group, rules in merge(defaults, inputs['prometheus_alert_rules']).items():
            for name, rule in rules.items():
                problems += rule_problems('prometheus_alert_rules.%s.%s' % (group, name), rule, severities, rule_fields)
    problems += slos_problems(inputs['prometheus_slos'], inputs['prometheus_slos_default'])
    return problems + burn_rate_problems(inputs['prometheus_slo_burn_rate_alerts'], severities)
