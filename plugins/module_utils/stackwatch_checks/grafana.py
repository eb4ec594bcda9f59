"""Checks of role grafana's variables (never quoting the password), and the plan of where each
dashboard goes, which the checks and the configure step both read."""

import json
import os
import re

from .parsers import is_url
from .values import as_json, is_integer, is_list, is_mapping, is_string

FOLDER_SLUG_GAPS = re.compile(r'[^a-z0-9]+')
DASHBOARD_UID = re.compile(r'[A-Za-z0-9_-]{1,40}')
GF_VARIABLE = re.compile(r'GF_[A-Z0-9_]+')
ADMIN_USER = re.compile(r'[A-Za-z0-9._@-]+')
DATASOURCE_URLS = ['grafana_prometheus_url', 'grafana_alertmanager_url', 'grafana_victoria_metrics_url']


def folder_slug(folder):
    """The directory of a folder's dashboards: its title in lower case, each run of other
    characters than letters and digits one -, none at either end."""
    return FOLDER_SLUG_GAPS.sub('-', folder.lower()).strip('-')


def dashboard_source(dashboard, role_path, playbook_dir):
    if dashboard.get('builtin'):
        return os.path.join(role_path, 'files', dashboard['src'])
    return os.path.join(playbook_dir, dashboard['src'])


def _read(path):
    with open(path, encoding='utf-8') as file:
        return file.read()


def dashboard_plan(builtin, extra, role_path, playbook_dir):
    """Every dashboard to provision: source file on the controller, folder title and slug, file
    path under dashboards/ (<folder slug>/<file name>), uid and title."""
    plan = []
    for dashboard in [dict(d, builtin=True) for d in builtin] + [dict(d, builtin=False) for d in extra]:
        src = dashboard_source(dashboard, role_path, playbook_dir)
        content = json.loads(_read(src))
        slug = folder_slug(dashboard['folder'])
        plan.append({'src': src, 'folder': dashboard['folder'], 'slug': slug, 'dest': slug + '/' + os.path.basename(src),
                     'uid': content.get('uid'), 'title': content.get('title'), 'builtin': dashboard['builtin']})
    return plan


def _extra_well_formed(extra):
    return (is_list(extra) and all(is_mapping(d) and 'src' in d and 'folder' in d for d in extra)
            and all(is_string(d['folder']) and folder_slug(d['folder']) != '' for d in extra))


def extra_dashboard_problems(extra, playbook_dir):
    problems = []
    for dashboard in extra:
        src = dashboard_source(dashboard, '', playbook_dir)
        try:
            text = _read(src)
            content = json.loads(text)
        except (OSError, ValueError):
            text, content = '', None
        if (not is_mapping(content) or not DASHBOARD_UID.fullmatch(str(content.get('uid', '')))
                or not is_string(content.get('title', '')) or len(content.get('title', '')) == 0 or '${DS_' in text):
            problems.append('grafana_dashboards_extra: %s must be a dashboard JSON object with a uid (1-40 letters, digits, - or _)'
                            ' and a title, its datasources referenced by uid (prometheus, alertmanager) rather than ${DS_...}'
                            ' import placeholders' % dashboard['src'])
    return problems


def _grouped(plan, key):
    groups = {}
    for dashboard in plan:
        groups.setdefault(dashboard[key], []).append(dashboard)
    return groups


def plan_problems(plan, home_uid):
    problems = []
    for uid, group in _grouped(plan, 'uid').items():
        if len(group) > 1:
            problems.append('grafana_dashboards_extra: dashboard uid "%s" is used by %s' % (uid, ' and '.join(d['src'] for d in group)))
    for title, group in _grouped(plan, 'title').items():
        if len(group) > 1:
            problems.append('grafana_dashboards_extra: dashboard title "%s" is used by %s' % (title, ' and '.join(d['src'] for d in group)))
    for dest, group in _grouped(plan, 'dest').items():
        if len(group) > 1:
            problems.append('grafana_dashboards_extra: %s would both be dashboards/%s: rename one' % (' and '.join(d['src'] for d in group), dest))
    for group in _grouped(plan, 'slug').values():
        folders = list(dict.fromkeys(d['folder'] for d in group))
        if len(folders) > 1:
            problems.append('grafana_dashboards_extra: folders %s differ only in case or punctuation: use one spelling' % ' and '.join(folders))
    uids = [d['uid'] for d in plan]
    if home_uid not in uids:
        problems.append('grafana_home_dashboard_uid "%s" is not the uid of a provisioned dashboard (%s)' % (home_uid, ', '.join(map(str, uids))))
    return problems


def settings_problems(v):
    problems = []
    interval = v['grafana_dashboards_scan_interval']
    if not is_integer(interval) or interval < 1:
        problems.append('grafana_dashboards_scan_interval must be a whole number of seconds >= 1, got ' + as_json(interval))
    env = v['grafana_env_extra']
    if not is_mapping(env):
        problems.append('grafana_env_extra must be a mapping of GF_* variable to string, got ' + as_json(env))
    else:
        problems += ['grafana_env_extra.%s: names must look like GF_SECTION_KEY and values be strings (quote "true", "10")' % name
                     for name, value in env.items() if not (is_string(name) and GF_VARIABLE.fullmatch(name)) or not is_string(value)]
    problems += ['%s must be an http:// or https:// URL, got %s' % (name, as_json(v[name])) for name in DATASOURCE_URLS if not is_url(v[name])]
    if v['grafana_root_url'] != '' and not is_url(v['grafana_root_url']):
        problems.append('grafana_root_url must be "" or an http(s) URL, got ' + as_json(v['grafana_root_url']))
    if not is_string(v['grafana_admin_user']) or not ADMIN_USER.fullmatch(v['grafana_admin_user']):
        problems.append('grafana_admin_user must be a login of letters, digits, ".", "_", "@" or "-", got ' + as_json(v['grafana_admin_user']))
    return problems


def grafana_problems(inputs):
    """Every problem of role grafana's inputs: its variables by name (grafana_admin_password None
    when undefined), role_path and playbook_dir (where the dashboards' files are read from)."""
    v = inputs
    problems = []
    password, min_length = v['grafana_admin_password'], int(v['grafana_admin_password_min_length'])
    if not is_string(password) or len(password) < min_length:
        problems.append('grafana_admin_password is required (no default) and must be a string of at least %d characters; keep it in'
                        ' a vault (ansible-vault encrypt_string).' % min_length)
    extra = v['grafana_dashboards_extra']
    if not _extra_well_formed(extra):
        problems.append('grafana_dashboards_extra must be a list of {src: dashboard JSON file on the controller, folder: folder title'
                        ' with at least one letter or digit}, got ' + as_json(extra))
    else:
        problems += extra_dashboard_problems(extra, v['playbook_dir'])
    if not problems:
        plan = dashboard_plan(v['grafana_dashboards_builtin'], extra, v['role_path'], v['playbook_dir'])
        problems += plan_problems(plan, v['grafana_home_dashboard_uid'])
    return problems + settings_problems(v)
