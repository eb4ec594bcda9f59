"""Puts the collection's module_utils on the path, as the filters do when run from a checkout, and
reads the roles' YAML for the tests."""
import os
import pathlib
import sys

import yaml

REPO_ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / 'plugins' / 'module_utils'))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def role_defaults(role):
    """A role's defaults, merged from defaults/main.yml or the files of defaults/main/."""
    path = REPO_ROOT / 'roles' / role / 'defaults'
    files = [path / 'main.yml'] if (path / 'main.yml').exists() else sorted((path / 'main').glob('*.yml'))
    values = {}
    for file in files:
        with open(file) as stream:
            values.update(yaml.safe_load(stream) or {})
    return values


def ci_vars():
    """The variables inventory/ci gives every host (group_vars/all/*.yml)."""
    values = {}
    for file in sorted((REPO_ROOT / 'inventory' / 'ci' / 'group_vars' / 'all').glob('*.yml')):
        with open(file) as stream:
            values.update(yaml.safe_load(stream) or {})
    return values
