"""The checks of role grafana and the plan of its dashboards: the defaults pass, each message is
given for the input it names, and no message shows the password."""
import json

import pytest

from stackwatch_checks.grafana import dashboard_plan, grafana_problems

from conftest import REPO_ROOT, role_defaults, role_vars

ROLE_PATH = str(REPO_ROOT / 'roles' / 'grafana')
FIXTURES = REPO_ROOT / 'tests' / 'grafana' / 'fixtures'
PASSWORD = 'correct horse battery'


def inputs(**changes):
    # The datasource URLs default to the component table's containers (templates in the defaults).
    values = dict(role_defaults('grafana'), grafana_admin_password=PASSWORD, grafana_prometheus_url='http://prometheus:9090',
                  grafana_alertmanager_url='http://alertmanager:9093', grafana_victoria_metrics_url='http://victoria_metrics:8428', role_path=ROLE_PATH, playbook_dir=str(REPO_ROOT / 'ansible'),
                  grafana_dashboards_builtin=role_vars('grafana')['grafana_dashboards_builtin'])
    values.update(changes)
    return values


def test_the_defaults_pass():
    assert grafana_problems(inputs()) == []


def test_an_extra_dashboard_passes_and_is_planned_in_its_folder():
    extra = [{'src': str(FIXTURES / 'valid.json'), 'folder': 'Check Out!'}]
    assert grafana_problems(inputs(grafana_dashboards_extra=extra)) == []
    plan = dashboard_plan(role_vars('grafana')['grafana_dashboards_builtin'], extra, ROLE_PATH, '/')
    assert plan[-1]['dest'] == 'check-out/valid.json' and plan[-1]['builtin'] is False
    assert plan[0]['src'] == ROLE_PATH + '/files/dashboards/service/service.json' and plan[0]['uid'] == 'stackwatch-service'


def dashboard(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return str(path)


def test_the_password_is_required_and_never_shown():
    for password in (None, 'short', 12345678901234):
        problems = grafana_problems(inputs(grafana_admin_password=password))
        assert problems == ['grafana_admin_password is required (no default) and must be a string of at least 12 characters; keep it'
                            ' in a vault (ansible-vault encrypt_string).']
        assert str(password) not in problems[0]


@pytest.mark.parametrize('extra', ['x.json', [{'src': 'x.json'}], [{'src': 'x.json', 'folder': '!!'}], [{'src': 'x.json', 'folder': 3}]])
def test_extra_dashboards_must_be_well_formed(extra):
    problems = grafana_problems(inputs(grafana_dashboards_extra=extra))
    assert len(problems) == 1
    assert problems[0].startswith('grafana_dashboards_extra must be a list of {src: dashboard JSON file on the controller, folder:'
                                  ' folder title with at least one letter or digit}, got ')


@pytest.mark.parametrize('content', ['{', [], {'uid': 'x'}, {'uid': 'a b', 'title': 't'}, {'uid': 'u', 'title': 't', 'x': '${DS_PROM}'}])
def test_an_extra_dashboard_must_be_a_dashboard(tmp_path, content):
    src = dashboard(tmp_path, 'd.json', content)
    assert grafana_problems(inputs(grafana_dashboards_extra=[{'src': src, 'folder': 'Mine'}])) == [
        'grafana_dashboards_extra: %s must be a dashboard JSON object with a uid (1-40 letters, digits, - or _) and a title, its'
        ' datasources referenced by uid (prometheus, alertmanager) rather than ${DS_...} import placeholders' % src]


def test_a_missing_file_is_named(tmp_path):
    assert len(grafana_problems(inputs(grafana_dashboards_extra=[{'src': str(tmp_path / 'none.json'), 'folder': 'Mine'}]))) == 1


def test_clashing_dashboards_are_named(tmp_path):
    first = dashboard(tmp_path, 'service.json', {'uid': 'stackwatch-service', 'title': 'Service'})
    (tmp_path / 'b').mkdir()
    second = dashboard(tmp_path / 'b', 'service.json', {'uid': 'other', 'title': 'Orders service'})
    builtin = ROLE_PATH + '/files/dashboards/service/service.json'
    problems = grafana_problems(inputs(grafana_dashboards_extra=[{'src': first, 'folder': 'service'}, {'src': second, 'folder': 'Service!'}]))
    assert 'grafana_dashboards_extra: dashboard uid "stackwatch-service" is used by %s and %s' % (builtin, first) in problems
    assert 'grafana_dashboards_extra: dashboard title "Orders service" is used by %s and %s' % (builtin, second) in problems
    assert 'grafana_dashboards_extra: %s and %s and %s would both be dashboards/service/service.json: rename one' % (builtin, first, second) in problems
    assert 'grafana_dashboards_extra: folders Service and service and Service! differ only in case or punctuation: use one spelling' in problems


SETTINGS = {
    'home': ({'grafana_home_dashboard_uid': 'nope'}, 'grafana_home_dashboard_uid "nope" is not the uid of a provisioned dashboard ('),
    'scan interval': ({'grafana_dashboards_scan_interval': '30s'}, 'grafana_dashboards_scan_interval must be a whole number of seconds >= 1, got "30s"'),
    'env': ({'grafana_env_extra': ['GF_X']}, 'grafana_env_extra must be a mapping of GF_* variable to string, got ["GF_X"]'),
    'env name': ({'grafana_env_extra': {'GF_LOG_LEVEL': 10}},
                 'grafana_env_extra.GF_LOG_LEVEL: names must look like GF_SECTION_KEY and values be strings (quote "true", "10")'),
    'datasource url': ({'grafana_prometheus_url': 'prometheus:9090'},
                       'grafana_prometheus_url must be an http:// or https:// URL, got "prometheus:9090"'),
    'root url': ({'grafana_root_url': 'grafana.example.org'}, 'grafana_root_url must be "" or an http(s) URL, got "grafana.example.org"'),
    'admin user': ({'grafana_admin_user': 'ad min'}, 'grafana_admin_user must be a login of letters, digits, ".", "_", "@" or "-", got "ad min"'),
}


@pytest.mark.parametrize('changes, message', SETTINGS.values(), ids=SETTINGS.keys())
def test_each_setting_problem_is_named(changes, message):
    problems = grafana_problems(inputs(**changes))
    assert len(problems) == 1 and problems[0].startswith(message), problems
