"""Checks of role prometheus's variables: its own settings, the scrape jobs across hosts, and the
remote storage endpoints (never quoting a password, token or header value)."""

import json
import re

from .alert_rules import alert_rules_problems
from .parsers import is_duration, is_label_name, parse_duration, parse_url
from .resources import retention_size_problems
from .targets import hostvar
from .values import as_json, is_boolean, is_integer, is_list, is_mapping, is_string

DURATION_VARIABLES = ['prometheus_scrape_interval', 'prometheus_scrape_timeout', 'prometheus_evaluation_interval',
                      'prometheus_alert_resend_delay', 'prometheus_retention_time']
LABEL_NAME_WORDS = '[a-zA-Z_][a-zA-Z0-9_]*'
ENDPOINT_NAME = re.compile(r'[A-Za-z0-9][A-Za-z0-9_.-]*')
HEADER_NAME = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")
COMMON_FIELDS = ['url', 'name', 'remote_timeout', 'headers', 'basic_auth', 'bearer_token']
ENDPOINT_FIELDS = {'prometheus_remote_write': COMMON_FIELDS + ['queue_config', 'write_relabel_configs'],
                   'prometheus_remote_read': COMMON_FIELDS + ['read_recent']}
RELABEL_FIELDS = ['source_labels', 'separator', 'target_label', 'regex', 'modulus', 'replacement', 'action']
RELABEL_ACTIONS = ['replace', 'keep', 'drop', 'hashmod', 'labelmap', 'labeldrop', 'labelkeep', 'lowercase', 'uppercase',
                   'keepequal', 'dropequal']
QUEUE_COUNTS = ['capacity', 'max_shards', 'min_shards', 'max_samples_per_send']
QUEUE_DURATIONS = ['batch_send_deadline', 'min_backoff', 'max_backoff']
# Headers Prometheus sets itself and refuses in `headers`.
RESERVED_HEADERS = ['authorization', 'host', 'content-encoding', 'content-length', 'content-type', 'user-agent', 'connection',
                    'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'www-authenticate',
                    'x-prometheus-remote-write-version', 'x-prometheus-remote-read-version']


def duration_problems(values):
    return ['%s must be a Prometheus duration such as 15s, 1m or 1h30m, got %s' % (name, as_json(values[name]))
            for name in DURATION_VARIABLES if not is_duration(values[name])]


def scrape_timeout_problems(timeout, interval):
    if is_duration(timeout) and is_duration(interval) and parse_duration(timeout) > parse_duration(interval):
        return ['prometheus_scrape_timeout (%s) must not exceed prometheus_scrape_interval (%s)' % (timeout, interval)]
    return []


def external_labels_problems(labels):
    if (not is_mapping(labels) or not all(is_label_name(name) for name in labels)
            or not all(is_string(value) for value in labels.values())):
        return ['prometheus_external_labels must map label names (%s) to strings, got %s' % (LABEL_NAME_WORDS, as_json(labels))]
    return []


def replica_problems(label, replica, external_labels):
    if (not is_label_name(label) or not is_string(replica)
            or (replica and is_mapping(external_labels) and label in external_labels)):
        return ['prometheus_replica_label must be a label name (%s) that is not also a key of prometheus_external_labels while'
                ' prometheus_replica is set, and prometheus_replica a string, got prometheus_replica_label=%s, prometheus_replica=%s'
                % (LABEL_NAME_WORDS, as_json(label), as_json(replica))]
    return []


def replica_twin_problems(replica, host, monitoring_hosts, hostvars):
    """Every host of the monitoring group published its prometheus_replica_checked before this runs."""
    twins = [other for other in monitoring_hosts
             if other != host and hostvar(hostvars, other, 'prometheus_replica_checked', None) == replica]
    if len(monitoring_hosts) >= 2 and (replica == '' or twins):
        return ['The monitoring group has %d hosts, whose Prometheus replicas must tell themselves apart: prometheus_replica on'
                ' %s is %s%s (leave it unset for the inventory hostname, or give every host its own value)'
                % (len(monitoring_hosts), host, as_json(replica), (', as on ' + ', '.join(twins)) if twins else '')]
    return []


def scrape_jobs_problems(jobs, stack):
    if (not is_mapping(jobs) or not all(is_mapping(spec) and 'component' in spec and 'group' in spec for spec in jobs.values())
            or any(spec['component'] not in stack for spec in jobs.values())):
        return ['prometheus_scrape_jobs must map a job name to {component: <one of %s>, group: <inventory group>}, got %s'
                % (', '.join(stack), as_json(jobs))]
    return []


def scrape_configs_extra_problems(extra, jobs):
    names = [config.get('job_name', '') for config in extra] if is_list(extra) and all(map(is_mapping, extra)) else None
    if (names is None or any('job_name' not in config for config in extra) or len(set(map(str, names))) != len(names)
            or any(name in jobs for name in names)):
        return ['prometheus_scrape_configs_extra must be a list of scrape configs, each with a job_name that is unique and'
                ' not one of ' + ', '.join(jobs)]
    return []


def unreachable_problems(jobs, host, groups, hostvars, stack):
    """Another host's target is scraped at its stack_scrape_address: it must be published there."""
    unreachable = []
    for job, spec in jobs.items():
        for other in groups.get(spec['group'], []):
            if other == host:
                continue
            component = hostvar(hostvars, other, 'stack', stack)[spec['component']]
            if component['start'] and not component.get('host_network', False) and component['publish_address'] in ('', '127.0.0.1'):
                unreachable.append("job %s: %s on %s (publish_address %s)"
                                   % (job, spec['component'], other, as_json(component['publish_address']).replace('"', "'")))
    if unreachable:
        return ['Prometheus on %s cannot reach %s: set that stack_components.<component>.publish_address to an address of that'
                ' host which %s reaches (e.g. its stack_scrape_address), or give the component start: false'
                % (host, '; '.join(unreachable), host)]
    return []


# ---- remote storage --------------------------------------------------------------------------
def _url_problems(label, url):
    try:
        parse_url(url)
    except ValueError:
        shown = as_json(url) if is_string(url) and '@' not in url else 'a value with credentials or of another kind'
        return ['%s.url must be an http:// or https:// URL without credentials (use basic_auth or bearer_token), got %s'
                % (label, shown)]
    return []


def _auth_problems(label, entry):
    problems = []
    if 'basic_auth' in entry and 'bearer_token' in entry:
        problems.append(label + ': basic_auth and bearer_token exclude each other, give one')
    if 'basic_auth' in entry:
        auth = entry['basic_auth']
        if not is_mapping(auth) or sorted(auth) != ['password', 'username']:
            problems.append(label + '.basic_auth must be {username: ..., password: ...} and nothing else')
        elif not is_string(auth['username']) or auth['username'] == '':
            problems.append(label + '.basic_auth.username must be a non-empty string')
        elif not is_string(auth['password']) or auth['password'] == '':
            problems.append(label + '.basic_auth.password must be a non-empty string (keep it in a vault)')
    if 'bearer_token' in entry and (not is_string(entry['bearer_token']) or entry['bearer_token'] == ''):
        problems.append(label + '.bearer_token must be a non-empty string (keep it in a vault)')
    return problems


def _headers_problems(label, headers):
    if not is_mapping(headers):
        return [label + '.headers must be a mapping of header name to value']
    problems = []
    for header, value in headers.items():
        if not is_string(header) or not HEADER_NAME.fullmatch(header):
            problems.append('%s.headers: %s is not an HTTP header name' % (label, as_json(header)))
        elif header.lower() in RESERVED_HEADERS:
            problems.append('%s.headers.%s: Prometheus sets this header itself%s'
                            % (label, header, ' (use basic_auth or bearer_token)' if header.lower() == 'authorization' else ''))
        elif not is_string(value):
            problems.append('%s.headers.%s must be a string' % (label, header))
    return problems


def _queue_problems(label, queue):
    if not is_mapping(queue):
        return ['%s.queue_config must be a mapping, got %s' % (label, as_json(queue))]
    problems = []
    for field, value in queue.items():
        if field in QUEUE_COUNTS:
            if not is_integer(value) or value < 1:
                problems.append('%s.queue_config.%s must be a positive integer, got %s' % (label, field, as_json(value)))
        elif field in QUEUE_DURATIONS:
            if not is_duration(value) or parse_duration(value) == 0:
                problems.append('%s.queue_config.%s must be a positive Prometheus duration such as 5s, got %s'
                                % (label, field, as_json(value)))
        else:
            problems.append('%s.queue_config.%s: unknown field (known: %s)' % (label, field, ', '.join(QUEUE_COUNTS + QUEUE_DURATIONS)))
    if is_integer(queue.get('min_shards')) and is_integer(queue.get('max_shards')) and queue['min_shards'] > queue['max_shards']:
        problems.append('%s.queue_config.min_shards (%s) must not exceed max_shards (%s)' % (label, queue['min_shards'], queue['max_shards']))
    return problems


def _relabel_problems(label, relabels):
    if not is_list(relabels):
        return ['%s.write_relabel_configs must be a list of relabel configs, got %s' % (label, as_json(relabels))]
    problems = []
    for index, relabel in enumerate(relabels):
        relabel_label = '%s.write_relabel_configs[%d]' % (label, index)
        if not is_mapping(relabel):
            problems.append('%s must be a mapping such as {action: labeldrop, regex: replica}, got %s' % (relabel_label, as_json(relabel)))
            continue
        problems += ['%s.%s: unknown field (known: %s)' % (relabel_label, field, ', '.join(RELABEL_FIELDS))
                     for field in relabel if field not in RELABEL_FIELDS]
        if 'action' in relabel and relabel['action'] not in RELABEL_ACTIONS:
            problems.append('%s.action must be one of %s, got %s' % (relabel_label, ', '.join(RELABEL_ACTIONS), as_json(relabel['action'])))
    return problems


def endpoint_problems(var, label, entry, names):
    """One remote storage endpoint; names: the names of every endpoint of var."""
    if not is_mapping(entry):
        return ['%s must be a mapping such as {url: https://...}, got %s' % (label, as_json(entry))]
    problems = ['%s.%s: unknown field (known: %s)' % (label, field, ', '.join(ENDPOINT_FIELDS[var]))
                for field in entry if field not in ENDPOINT_FIELDS[var]]
    problems += [label + '.url is required'] if 'url' not in entry else _url_problems(label, entry['url'])
    if 'name' in entry:
        if not is_string(entry['name']) or not ENDPOINT_NAME.fullmatch(entry['name']):
            problems.append('%s.name must be letters, digits, _ . - (it labels the remote storage metrics), got %s'
                            % (label, as_json(entry['name'])))
        elif names.count(entry['name']) > 1:
            problems.append('%s.name: %s is used by more than one entry of %s (names must be unique)' % (label, entry['name'], var))
    if 'remote_timeout' in entry and not is_duration(entry['remote_timeout']):
        problems.append('%s.remote_timeout must be a Prometheus duration such as 30s, got %s' % (label, as_json(entry['remote_timeout'])))
    problems += _auth_problems(label, entry)
    if 'headers' in entry:
        problems += _headers_problems(label, entry['headers'])
    if 'read_recent' in entry and not is_boolean(entry['read_recent']):
        problems.append('%s.read_recent must be true or false, got %s' % (label, as_json(entry['read_recent'])))
    if 'queue_config' in entry:
        problems += _queue_problems(label, entry['queue_config'])
    if 'write_relabel_configs' in entry:
        problems += _relabel_problems(label, entry['write_relabel_configs'])
    return problems


def remote_storage_problems(var, entries, stack_entries=()):
    """prometheus_remote_write or _read; stack_entries: the endpoints the stack adds itself
    (VictoriaMetrics, labelled by victoria_metrics_remote_write_options)."""
    problems = []
    if not is_list(entries):
        problems.append('%s must be a list of endpoints ({url: ..., ...}), got %s' % (var, as_json(entries)))
        entries = []
    labelled = [('%s[%d]' % (var, index), entry) for index, entry in enumerate(entries)]
    labelled += [('victoria_metrics_remote_write_options', entry) for entry in stack_entries]
    names = [entry['name'] for _, entry in labelled if is_mapping(entry) and 'name' in entry]
    for label, entry in labelled:
        if label.startswith(var) and is_mapping(entry) and is_string(entry.get('name')):
            label += ' (name %s)' % entry['name']
        problems += endpoint_problems(var, label, entry, names)
    # Prometheus refuses two identical entries when it applies the config (promtool does not).
    mappings = [json.dumps(entry, sort_keys=True, default=str) for _, entry in labelled if is_mapping(entry)]
    if len(set(mappings)) != len(mappings):
        problems.append(var + ': two entries are identical (Prometheus refuses duplicate endpoints); give them different names or remove one')
    return problems


def prometheus_problems(inputs, hostvars):
    """Every problem of role prometheus's inputs: its variables by name (those of the alert rules
    too), plus stack (the merged component table), inventory_hostname, groups, monitoring_hosts
    and the size and mount point of the filesystem holding its data volume (when known)."""
    v = dict(inputs, hostvars=hostvars)
    problems = duration_problems(v)
    problems += scrape_timeout_problems(v['prometheus_scrape_timeout'], v['prometheus_scrape_interval'])
    filesystem_bytes = v.get('prometheus_data_filesystem_bytes')
    problems += retention_size_problems('prometheus_retention_size', v['prometheus_retention_size'],
                                        None if filesystem_bytes is None else int(filesystem_bytes),
                                        v.get('prometheus_data_filesystem_path'))
    problems += external_labels_problems(v['prometheus_external_labels'])
    problems += replica_problems(v['prometheus_replica_label'], v['prometheus_replica'], v['prometheus_external_labels'])
    problems += replica_twin_problems(v['prometheus_replica'], v['inventory_hostname'], v['monitoring_hosts'], v['hostvars'])
    jobs_problems = scrape_jobs_problems(v['prometheus_scrape_jobs'], v['stack'])
    problems += jobs_problems
    problems += scrape_configs_extra_problems(v['prometheus_scrape_configs_extra'],
                                              v['prometheus_scrape_jobs'] if is_mapping(v['prometheus_scrape_jobs']) else {})
    if not jobs_problems:
        problems += unreachable_problems(v['prometheus_scrape_jobs'], v['inventory_hostname'], v['groups'], v['hostvars'], v['stack'])
    problems += remote_storage_problems('prometheus_remote_write', v['prometheus_remote_write'],
                                        v['prometheus_remote_write_victoria_metrics'])
    problems += remote_storage_problems('prometheus_remote_read', v['prometheus_remote_read'])
    return problems + alert_rules_problems(v)
