"""Puts the collection's module_utils on the path, as the filters do when run from a checkout, and
reads the roles' YAML for the tests."""
import copy
import functools
import os
import pathlib
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
    """A role's defaults, merged from defaults/main.yml or the files of defaults/main/."""
    path = REPO_ROOT / 'roles' / role / 'defaults'
    files = [path / 'main.yml'] if (path / 'main.yml').exists() else sorted((path / 'main').glob('*.yml'))
    values = {}
    for file in files:
        values.update(load_yaml(file))
    return values


def ci_vars():
    """The variables inventory/ci gives every host (group_vars/all/*.yml)."""
    values = {}
    for file in sorted((REPO_ROOT / 'inventory' / 'ci' / 'group_vars' / 'all').glob('*.yml')):
        values.update(load_yaml(file))
    return values


def role_vars(role):
    """A role's vars/main.yml."""
    return load_yaml(REPO_ROOT / 'roles' / role / 'vars' / 'main.yml')
