#!/usr/bin/python3
"""Checks the provisioning directory the grafana role rendered against what Grafana 12 reads.

Usage: check-provisioning.py CONFIG_DIR ROLE_DIR [EXTRA_FOLDER=FILE...]
  CONFIG_DIR  stack_config_root/grafana as rendered by the role
  ROLE_DIR    roles/grafana (its files/dashboards are the expected dashboards)
  EXTRA_FOLDER=FILE  an extra dashboard expected in that folder (grafana_dashboards_extra)

Checks: datasources (apiVersion 1, uids prometheus and alertmanager, URLs on the stack
network, Alertmanager's implementation), one file provider per folder whose path is the
folder's directory as the container sees it, every dashboard copied byte for byte into its
folder's directory and nothing else there, the first-boot password file, and modes: files 0640,
directories 0750, nothing readable by others. Prints every problem, exits 1 if any.
"""
import json
import os
import stat
import sys
from pathlib import Path

import yaml

CONTAINER_CONFIG_DIR = "/etc/grafana/provisioning"
BUILTIN_FOLDERS = {"service": "Service", "infrastructure": "Infrastructure", "monitoring": "Monitoring"}
EXPECTED_DATASOURCES = {
    "prometheus": {"type": "prometheus", "url": "http://prometheus:9090"},
    "alertmanager": {"type": "alertmanager", "url": "http://alertmanager:9093"},
}

problems = []


def problem(message):
    problems.append(message)
    print(f"problem: {message}")


def slug(folder):
    return "-".join("".join(c if c.isalnum() else " " for c in folder.lower()).split())


def check_datasources(config_dir):
    data = yaml.safe_load((config_dir / "datasources/stackwatch.yml").read_text())
    if data.get("apiVersion") != 1:
        problem(f"datasources: apiVersion must be 1, got {data.get('apiVersion')!r}")
    by_uid = {ds.get("uid"): ds for ds in data.get("datasources", [])}
    if set(by_uid) != set(EXPECTED_DATASOURCES):
        problem(f"datasources: uids {sorted(by_uid)} != {sorted(EXPECTED_DATASOURCES)}")
    for uid, expected in EXPECTED_DATASOURCES.items():
        ds = by_uid.get(uid, {})
        for field, value in expected.items():
            if ds.get(field) != value:
                problem(f"datasource {uid}: {field} is {ds.get(field)!r}, expected {value!r}")
        if ds.get("access") != "proxy":
            problem(f"datasource {uid}: access must be proxy (queried by Grafana's server)")
    if by_uid.get("prometheus", {}).get("isDefault") is not True:
        problem("datasource prometheus: must be the default datasource")
    if by_uid.get("alertmanager", {}).get("jsonData", {}).get("implementation") != "prometheus":
        problem("datasource alertmanager: jsonData.implementation must be prometheus")


def check_dashboards(config_dir, role_dir, extras):
    expected = {}  # directory slug -> {file name: source path}
    folders = {}
    for source in sorted((role_dir / "files/dashboards").glob("*/*.json")):
        folder = BUILTIN_FOLDERS[source.parent.name]
        expected.setdefault(slug(folder), {})[source.name] = source
        folders[slug(folder)] = folder
    for folder, source in extras:
        expected.setdefault(slug(folder), {})[Path(source).name] = Path(source)
        folders[slug(folder)] = folder

    providers = yaml.safe_load((config_dir / "dashboards/stackwatch.yml").read_text())
    if providers.get("apiVersion") != 1:
        problem(f"providers: apiVersion must be 1, got {providers.get('apiVersion')!r}")
    by_folder = {p.get("folder"): p for p in providers.get("providers", [])}
    if set(by_folder) != set(folders.values()):
        problem(f"providers: folders {sorted(by_folder)} != {sorted(folders.values())}")
    for directory, folder in folders.items():
        provider = by_folder.get(folder, {})
        path = provider.get("options", {}).get("path")
        if path != f"{CONTAINER_CONFIG_DIR}/dashboards/{directory}":
            problem(f"provider {folder}: path {path!r} is not {CONTAINER_CONFIG_DIR}/dashboards/{directory}")
        if provider.get("type") != "file" or provider.get("allowUiUpdates") is not False:
            problem(f"provider {folder}: must be type file with allowUiUpdates false")

    actual_dirs = {p.name for p in (config_dir / "dashboards").iterdir() if p.is_dir()}
    if actual_dirs != set(expected):
        problem(f"dashboard directories {sorted(actual_dirs)} != {sorted(expected)}")
    for directory, files in expected.items():
        present = {p.name for p in (config_dir / "dashboards" / directory).glob("*")}
        if present != set(files):
            problem(f"dashboards/{directory}: files {sorted(present)} != {sorted(files)}")
        for name, source in files.items():
            copy = config_dir / "dashboards" / directory / name
            if copy.exists() and copy.read_bytes() != source.read_bytes():
                problem(f"dashboards/{directory}/{name} differs from {source}")
            if copy.exists():
                json.loads(copy.read_text())


def check_modes(config_dir):
    for root, dirs, files in os.walk(config_dir):
        for name in dirs:
            mode = stat.S_IMODE(os.stat(Path(root) / name).st_mode)
            if mode != 0o750:
                problem(f"{Path(root) / name}: directory mode {mode:04o}, expected 0750")
        for name in files:
            path = Path(root) / name
            info = os.stat(path)
            if stat.S_IMODE(info.st_mode) != 0o640:
                problem(f"{path}: mode {stat.S_IMODE(info.st_mode):04o}, expected 0640")
            if info.st_uid != 0 or info.st_gid != 0:
                problem(f"{path}: owner {info.st_uid}:{info.st_gid}, expected root and the container's group 0")
    mode = stat.S_IMODE(os.stat(config_dir).st_mode)
    if mode != 0o750:
        problem(f"{config_dir}: directory mode {mode:04o}, expected 0750")


def main():
    config_dir, role_dir = Path(sys.argv[1]), Path(sys.argv[2])
    extras = [arg.split("=", 1) for arg in sys.argv[3:]]
    check_datasources(config_dir)
    check_dashboards(config_dir, role_dir, extras)
    if not (config_dir / "secrets/admin_password").is_file():
        problem("secrets/admin_password (first-boot password) is missing")
    for subdir in ("plugins", "alerting"):
        if not (config_dir / subdir).is_dir():
            problem(f"{subdir}/: Grafana's provisioning directory is missing")
    check_modes(config_dir)
    print(f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


main()
