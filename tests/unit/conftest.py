"""Puts the collection's module_utils on the path, as the filters do when run from a checkout, and
reads the roles' YAML for the tests."""
import copy
import functools
import os
import pathlib
import re
import sys

import yaml

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / 'plugins' / 'module_utils'))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


class RoleLoader(getattr(yaml, 'CSafeLoader', yaml.SafeLoader)):
    """Reads the roles' YAML: !unsafe marks text Ansible must not template (Prometheus's own)."""


RoleLoader.add_constructor('!unsafe', lambda loader, node: loader.construct_scalar(node))


def load_yaml(path):
    """A YAML file's content, read once per test run; each caller gets its own copy to change."""
    return copy.deepcopy(_load_yaml(str(path)))


@functools.lru_cache(maxsize=None)
def _load_yaml(path):
    with open(path) as stream:
        return yaml.load(stream, Loader=RoleLoader) or {}


def role_defaults(role):
    """A role's defaults, merged from defaults/main.yml or the files of defaults/main/, with the
    references to stack_common's group map resolved as Ansible resolves them (default names)."""
    return _resolve_groups(_role_defaults(role))


def _role_defaults(role):
    path = REPO_ROOT / 'roles' / role / 'defaults'
    files = [path / 'main.yml'] if (path / 'main.yml').exists() else sorted((path / 'main').glob('*.yml'))
    values = {}
    for file in files:
        values.update(load_yaml(file))
    return values


def component_groups():
    """stack_common's stack_component_groups with its default group names: component -> group."""
    stack_common = _role_defaults('stack_common')
    return {component: stack_common[group[3:-3]] if group.startswith('{{ ') else group
            for component, group in stack_common['stack_component_groups'].items()}


GROUP_REFERENCE = re.compile(r'^\{\{ stack_component_groups\.([a-z_]+) \}\}$')


def _resolve_groups(value):
    """Every string of the form "{{ stack_component_groups.<component> }}", in lists and dicts too,
    replaced by that component's group; the whole map where a value is it."""
    if isinstance(value, dict):
        resolved = {key: _resolve_groups(item) for key, item in value.items()}
        if 'stack_component_groups' in resolved:
            resolved['stack_component_groups'] = component_groups()
        return resolved
    if isinstance(value, list):
        return [_resolve_groups(item) for item in value]
    match = GROUP_REFERENCE.match(value) if isinstance(value, str) else None
    return component_groups()[match.group(1)] if match else value


def ci_vars():
    """The variables inventory/ci gives every host (group_vars/all/*.yml)."""
    values = {}
    for file in sorted((REPO_ROOT / 'inventory' / 'ci' / 'group_vars' / 'all').glob('*.yml')):
        values.update(load_yaml(file))
    return values


def role_vars(role):
    """A role's vars/main.yml."""
    return load_yaml(REPO_ROOT / 'roles' / role / 'vars' / 'main.yml')
