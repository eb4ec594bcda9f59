"""Checks of role docker's variables."""

import re

from .parsers import is_url
from .values import as_json, is_boolean, is_mapping, is_string

DOCKER_CE_VERSION = re.compile(r'[0-9]+:[0-9]+\.[0-9]+\.[0-9]+-[0-9]+~debian\.[0-9]+~[a-z]+')
CONTAINERD_VERSION = re.compile(r'[0-9]+\.[0-9]+\.[0-9]+-[0-9]+(~debian\.[0-9]+~[a-z]+)?')
APT_KEY_CHECKSUM = re.compile(r'sha256:[0-9a-f]{64}')


def _matches(pattern, value):
    return is_string(value) and bool(pattern.fullmatch(value))


def docker_problems(inputs):
    """Every problem of role docker's inputs, its variables by name (docker_daemon_config: the
    options merged over the defaults)."""
    v = inputs
    problems = []
    if v['docker_package_source'] == 'upstream':
        if not _matches(DOCKER_CE_VERSION, v['docker_version']) or not _matches(CONTAINERD_VERSION, v['docker_containerd_version']):
            problems.append('docker_version must be a docker-ce apt version such as "5:28.5.1-1~debian.12~bookworm" (got %s) and'
                            ' docker_containerd_version a containerd.io one such as "1.7.28-1~debian.12~bookworm" (got %s).'
                            % (as_json(v['docker_version']), as_json(v['docker_containerd_version'])))
        if not is_url(v['docker_apt_repository_url']):
            problems.append('docker_apt_repository_url must be an http:// or https:// URL, got ' + as_json(v['docker_apt_repository_url']))
        # get_url also reads a key copied onto the host (file:///...).
        if not is_url(v['docker_apt_key_url'], schemes=('http', 'https', 'file')):
            problems.append('docker_apt_key_url must be an http://, https:// or file:/// URL, got ' + as_json(v['docker_apt_key_url']))
        if not _matches(APT_KEY_CHECKSUM, v['docker_apt_key_checksum']):
            problems.append('docker_apt_key_checksum must be sha256:<64 hex digits>, got ' + as_json(v['docker_apt_key_checksum']))
    config = v['docker_daemon_config'] if is_mapping(v['docker_daemon_config']) else {}
    log_opts = config.get('log-opts', {})
    if (not is_mapping(v['docker_daemon_options']) or not is_mapping(log_opts)
            or not all(is_string(value) for value in log_opts.values())
            or not all(is_boolean(config.get(flag, False)) for flag in ('live-restore', 'userland-proxy'))):
        problems.append('docker_daemon_options must be a mapping of daemon.json options whose log-opts values are strings (quote'
                        ' numbers: max-file: "3") and whose live-restore and userland-proxy are true or false; merged over the'
                        ' defaults it gives %s.'
                        % as_json(v['docker_daemon_config']))
    return problems
