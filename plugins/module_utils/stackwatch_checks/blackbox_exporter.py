"""Checks of role blackbox_exporter's probe modules and targets."""

import re

from .parsers import is_duration, is_host_port, is_url
from .values import as_json, is_list, is_mapping, is_string, merge

MODULE_NAME = re.compile(r'[A-Za-z0-9_-]+')
PROBE_PATH = re.compile(r'/\S*')


def modules_problems(modules, probers):
    problems = []
    for name, module in modules.items():
        var = 'blackbox_exporter_modules.%s' % name
        if not is_string(name) or not MODULE_NAME.fullmatch(name):
            problems.append(var + ': a module name must be letters, digits, _ and -')
        elif not is_mapping(module):
            problems.append('%s must be a mapping with prober (%s), got %s' % (var, ', '.join(probers), as_json(module)))
        else:
            if module.get('prober', '') not in probers:
                problems.append('%s.prober must be one of %s, got %s' % (var, ', '.join(probers), as_json(module.get('prober'))))
            if 'timeout' in module and not is_duration(str(module['timeout'])):
                problems.append('%s.timeout must be a duration such as 5s, got %s' % (var, as_json(module['timeout'])))
    return problems


def _prober(modules, name):
    module = modules[name]
    return module.get('prober', '') if is_mapping(module) else ''


def _unknown_module(modules, name):
    return ': unknown module %s (known: %s)' % (as_json(name), ', '.join(modules))


def service_probes_problems(probes, modules):
    if not is_list(probes):
        return ['blackbox_exporter_service_probes must be a list of {path, module}, got ' + as_json(probes)]
    problems = []
    for index, probe in enumerate(probes):
        var = 'blackbox_exporter_service_probes[%d]' % index
        if not is_mapping(probe) or sorted(probe) != ['module', 'path']:
            problems.append('%s must be a mapping of exactly path and module, got %s' % (var, as_json(probe)))
            continue
        if not is_string(probe['path']) or not PROBE_PATH.fullmatch(probe['path']):
            problems.append('%s.path must start with / and hold no space, got %s' % (var, as_json(probe['path'])))
        if probe['module'] not in modules:
            problems.append(var + '.module' + _unknown_module(modules, probe['module']))
        elif _prober(modules, probe['module']) != 'http':
            problems.append('%s.module: %s is a %s module; the service is probed over http'
                            % (var, probe['module'], _prober(modules, probe['module'])))
    return problems


def probe_urls_problems(probes, modules):
    if not is_list(probes):
        return ['blackbox_exporter_probe_urls must be a list of {url, module}, got ' + as_json(probes)]
    problems = []
    for index, probe in enumerate(probes):
        var = 'blackbox_exporter_probe_urls[%d]' % index
        if not is_mapping(probe) or sorted(probe) != ['module', 'url']:
            problems.append('%s must be a mapping of exactly url and module, got %s' % (var, as_json(probe)))
            continue
        module, url = probe['module'], probe['url']
        if module not in modules:
            problems.append(var + '.module' + _unknown_module(modules, module))
        elif _prober(modules, module) == 'http' and not is_url(url, credentials=True):
            problems.append('%s.url must be an http:// or https:// URL for the http module %s, got %s' % (var, module, as_json(url)))
        elif _prober(modules, module) in ('tcp', 'grpc') and not is_host_port(url):
            problems.append('%s.url must be host:port for the %s module %s, got %s' % (var, _prober(modules, module), module, as_json(url)))
        elif not is_string(url) or re.search(r'\s', url) or url == '':
            problems.append('%s.url must be a target without spaces, got %s' % (var, as_json(url)))
    return problems


def blackbox_exporter_problems(inputs):
    """Every problem of role blackbox_exporter's inputs, its variables by name."""
    v = inputs
    problems = []
    modules = v['blackbox_exporter_modules_default']
    if not is_mapping(v['blackbox_exporter_modules']):
        problems.append('blackbox_exporter_modules must be a mapping of module name to module, got ' + as_json(v['blackbox_exporter_modules']))
    else:
        modules = merge(modules, v['blackbox_exporter_modules'])
    problems += modules_problems(modules, v['blackbox_exporter_probers'])
    problems += service_probes_problems(v['blackbox_exporter_service_probes'], modules)
    return problems + probe_urls_problems(v['blackbox_exporter_probe_urls'], modules)
