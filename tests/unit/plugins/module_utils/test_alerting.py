"""The checks of roles alertmanager and blackbox_exporter: their defaults, the CI inventory and
README's examples pass, and each message is given for the input it names."""
import copy

import pytest

from stackwatch_checks.alertmanager import alertmanager_problems
from stackwatch_checks.blackbox_exporter import blackbox_exporter_problems

from conftest import REPO_ROOT, ci_vars, load_yaml, role_defaults, role_vars


def alertmanager_inputs(**changes):
    """alertmanager's variables, with those vars/main.yml derives (the receivers, the peers)."""
    values = dict(role_defaults('alertmanager'), stack_scrape_address='10.0.0.1', alertmanager_cluster_peers=[])
    values.update(changes)
    enabled = (['email'] if values['alertmanager_email_enabled'] else []) + (['slack'] if values['alertmanager_slack_enabled'] else [])
    values['alertmanager_known_receivers'] = ['null'] + enabled + [webhook['name'] for webhook in values['alertmanager_webhooks']]
    return values


def blackbox_inputs(**changes):
    values = dict(role_defaults('blackbox_exporter'), blackbox_exporter_probers=role_vars('blackbox_exporter')['blackbox_exporter_probers'])
    values.update(changes)
    return values


def test_alertmanager_defaults_pass():
    assert alertmanager_problems(alertmanager_inputs()) == []


def test_alertmanager_ci_inventory_passes():
    ci = ci_vars()
    assert alertmanager_problems(alertmanager_inputs(**{k: v for k, v in ci.items() if k.startswith('alertmanager_')})) == []


def test_readme_routing_example_passes():
    example = load_yaml(REPO_ROOT / 'tests/alertmanager/critical-to-slack.yml')
    example = {k: v for k, v in example.items() if k.startswith('alertmanager_')}
    # Vault references stand for real secrets.
    example.update(alertmanager_email_auth_password='x' * 12, alertmanager_slack_api_url='https://hooks.slack.com/services/T/B/x')
    assert alertmanager_problems(alertmanager_inputs(**example)) == []


ROUTE = {'matchers': ['team="ops"'], 'receiver': 'null'}
HOOK = {'name': 'recorder', 'url': 'http://127.0.0.1:9999/hook'}
EMAIL = {'alertmanager_email_enabled': True, 'alertmanager_email_to': ['oncall@example.com'],
         'alertmanager_email_from': 'am@example.com', 'alertmanager_email_smarthost': 'smtp.example.com:587'}
ALERTMANAGER_CASES = {
    'timer': ({'alertmanager_group_wait': 'soon'}, 'alertmanager_group_wait must be a duration such as 30s, 5m or 4h (got soon)'),
    'retention': ({'alertmanager_data_retention': '5d'}, 'alertmanager_data_retention must be a duration in h/m/s such as 120h (got 5d)'),
    'route timer': ({'alertmanager_routes': [dict(ROUTE, group_wait='soon')]},
                    'alertmanager_routes[0].group_wait: not a duration such as 30s, 5m or 4h'),
    'webhook name': ({'alertmanager_webhooks': [dict(HOOK, name='email')]},
                     "alertmanager_webhooks: every name must be unique, made of letters, digits, '_', '.', '-', and not one of null,"
                     " email, slack (got email)"),
    'webhook url': ({'alertmanager_webhooks': [dict(HOOK, url='127.0.0.1:9999/hook')]},
                    'alertmanager_webhooks: the url of recorder is not an http(s) URL'),
    'email': (dict(EMAIL, alertmanager_email_smarthost='smtp.example.com'),
              'alertmanager_email_enabled is true: alertmanager_email_to needs at least one address, alertmanager_email_from an'
              ' address, alertmanager_email_smarthost host:port, and alertmanager_email_auth_password is required when'
              ' alertmanager_email_auth_username is set'),
    'external url': ({'alertmanager_web_external_url': 'alerts.example.org'},
                     'alertmanager_web_external_url must be "" or an http(s) URL, got "alerts.example.org"'),
    'slack': ({'alertmanager_slack_enabled': True, 'alertmanager_slack_api_url': 'hooks.slack.com'},
              'alertmanager_slack_enabled is true: alertmanager_slack_api_url must be the incoming-webhook URL (http(s)://...)'),
    'receiver': ({'alertmanager_routes': [dict(ROUTE, receiver='pager')]},
                 'alertmanager_routes[0].receiver=pager: unknown receiver; configured receivers are null (enable one with'
                 ' alertmanager_email_enabled, alertmanager_slack_enabled or alertmanager_webhooks)'),
    'matchers': ({'alertmanager_routes': [dict(ROUTE, matchers=[])]},
                 'alertmanager_routes: every route needs at least one matcher, e.g. [\'team="payments"\']'),
    'cluster address': ({'alertmanager_cluster_peers': ['10.0.0.2:9094'], 'stack_scrape_address': 'am1.example.org'},
                        'monitoring has several hosts, so Alertmanager forms a cluster and advertises stack_scrape_address to its'
                        ' peers: it must be an IPv4 address, got am1.example.org'),
}


@pytest.mark.parametrize('changes, message', ALERTMANAGER_CASES.values(), ids=ALERTMANAGER_CASES.keys())
def test_each_alertmanager_problem_is_named(changes, message):
    assert alertmanager_problems(alertmanager_inputs(**changes)) == [message]


def test_two_bad_variables_are_both_named():
    problems = alertmanager_problems(alertmanager_inputs(alertmanager_group_wait='soon', alertmanager_route_default_to='pager'))
    assert len(problems) == 2


def test_no_message_quotes_a_secret():
    problems = alertmanager_problems(alertmanager_inputs(**dict(EMAIL, alertmanager_email_auth_username='am',
                                                                alertmanager_email_auth_password='', alertmanager_slack_enabled=True,
                                                                alertmanager_slack_api_url='not a url TOPSECRET')))
    assert len(problems) == 2 and not any('TOPSECRET' in problem for problem in problems)


def test_blackbox_defaults_pass():
    assert blackbox_exporter_problems(blackbox_inputs()) == []


def test_blackbox_ci_inventory_passes():
    ci = ci_vars()
    assert blackbox_exporter_problems(blackbox_inputs(**{k: v for k, v in ci.items() if k.startswith('blackbox_exporter_')})) == []


BLACKBOX_CASES = {
    'modules': ({'blackbox_exporter_modules': []}, 'blackbox_exporter_modules must be a mapping of module name to module, got []'),
    'module name': ({'blackbox_exporter_modules': {'my module': {'prober': 'http'}}},
                    'blackbox_exporter_modules.my module: a module name must be letters, digits, _ and -'),
    'module shape': ({'blackbox_exporter_modules': {'mine': 'http'}},
                     'blackbox_exporter_modules.mine must be a mapping with prober (http, tcp, icmp, dns, grpc), got "http"'),
    'prober': ({'blackbox_exporter_modules': {'mine': {'prober': 'ftp'}}},
               'blackbox_exporter_modules.mine.prober must be one of http, tcp, icmp, dns, grpc, got "ftp"'),
    'timeout': ({'blackbox_exporter_modules': {'mine': {'prober': 'http', 'timeout': 'slow'}}},
                'blackbox_exporter_modules.mine.timeout must be a duration such as 5s, got "slow"'),
    'service probes': ({'blackbox_exporter_service_probes': {}}, 'blackbox_exporter_service_probes must be a list of {path, module}, got {}'),
    'service probe shape': ({'blackbox_exporter_service_probes': [{'path': '/'}]},
                            'blackbox_exporter_service_probes[0] must be a mapping of exactly path and module, got {"path": "/"}'),
    'service probe path': ({'blackbox_exporter_service_probes': [{'path': 'api/ping', 'module': 'http_2xx'}]},
                           'blackbox_exporter_service_probes[0].path must start with / and hold no space, got "api/ping"'),
    'service probe module': ({'blackbox_exporter_service_probes': [{'path': '/', 'module': 'http2xx'}]},
                             'blackbox_exporter_service_probes[0].module: unknown module "http2xx" (known: '),
    'service probe prober': ({'blackbox_exporter_service_probes': [{'path': '/', 'module': 'tcp_connect'}]},
                             'blackbox_exporter_service_probes[0].module: tcp_connect is a tcp module; the service is probed over http'),
    'probe urls': ({'blackbox_exporter_probe_urls': 'https://example.org'},
                   'blackbox_exporter_probe_urls must be a list of {url, module}, got "https://example.org"'),
    'probe url shape': ({'blackbox_exporter_probe_urls': [{'url': 'https://example.org'}]},
                        'blackbox_exporter_probe_urls[0] must be a mapping of exactly url and module, got {"url": "https://example.org"}'),
    'probe url module': ({'blackbox_exporter_probe_urls': [{'url': 'https://example.org', 'module': 'nope'}]},
                         'blackbox_exporter_probe_urls[0].module: unknown module "nope" (known: '),
    'probe http url': ({'blackbox_exporter_probe_urls': [{'url': 'example.org', 'module': 'http_2xx'}]},
                       'blackbox_exporter_probe_urls[0].url must be an http:// or https:// URL for the http module http_2xx, got "example.org"'),
    'probe tcp url': ({'blackbox_exporter_probe_urls': [{'url': 'https://example.org', 'module': 'tcp_connect'}]},
                      'blackbox_exporter_probe_urls[0].url must be host:port for the tcp module tcp_connect, got "https://example.org"'),
    'probe icmp url': ({'blackbox_exporter_probe_urls': [{'url': 'a b', 'module': 'icmp'}]},
                       'blackbox_exporter_probe_urls[0].url must be a target without spaces, got "a b"'),
}


@pytest.mark.parametrize('changes, message', BLACKBOX_CASES.values(), ids=BLACKBOX_CASES.keys())
def test_each_blackbox_problem_is_named(changes, message):
    values = blackbox_inputs(**copy.deepcopy(changes))
    if 'icmp' in str(changes):
        values['blackbox_exporter_modules'] = {'icmp': {'prober': 'icmp'}}
    problems = blackbox_exporter_problems(values)
    assert len(problems) == 1 and problems[0].startswith(message), problems
