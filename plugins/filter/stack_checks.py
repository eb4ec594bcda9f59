"""Filters that expose the stack's input checks (plugins/module_utils/stackwatch_checks) to the
roles' preflight: one per role, taking a mapping of the variables it checks and returning the list
of problems, each naming the variable to fix; [] means the input is valid."""

try:
    from ansible_collections.stackwatch.stack.plugins.module_utils.stackwatch_checks import (
        alert_rules, alertmanager, blackbox_exporter, components, docker, grafana, machine, node_exporter, orders,
        prometheus, victoria_metrics)
except ImportError:
    # Run from a checkout (ansible.cfg's filter_plugins), not from the installed collection: the
    # package sits beside this directory.
    import os
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'module_utils'))
    from stackwatch_checks import (alert_rules, alertmanager, blackbox_exporter, components, docker, grafana, machine,
                                   node_exporter, orders, prometheus, victoria_metrics)

from collections.abc import Mapping

# What ansible-vault encrypted values (encrypt_string, as README tells users to keep secrets) reach
# a filter as: an object that is not a str (ansible-core 2.14's AnsibleVaultEncryptedUnicode, 2.19's
# EncryptedString), which str() decrypts.
VAULT_TYPES = ('AnsibleVaultEncryptedUnicode', 'EncryptedString')


def decrypted(value):
    """value with every vault-encrypted string in it (nested in mappings and lists) decrypted, so a
    check sees a vaulted password as the string it is."""
    if type(value).__name__ in VAULT_TYPES:
        return str(value)
    if isinstance(value, Mapping):
        return {key: decrypted(item) for key, item in value.items()}
    if isinstance(value, list):
        return [decrypted(item) for item in value]
    return value


def on_decrypted(check):
    return lambda inputs, *args: check(decrypted(inputs), *args)


class FilterModule:
    def filters(self):
        return {name: on_decrypted(check) for name, check in self._checks().items()}

    @staticmethod
    def _checks():
        return {
            'stack_common_problems': components.stack_problems,
            'stack_machine_footprint': machine.footprint,
            'stack_machine_clashes': machine.machine_clashes,
            'docker_problems': docker.docker_problems,
            'node_exporter_problems': node_exporter.node_exporter_problems,
            'prometheus_problems': prometheus.prometheus_problems,
            'prometheus_alert_rules_problems': alert_rules.alert_rules_problems,
            'alertmanager_problems': alertmanager.alertmanager_problems,
            'grafana_problems': grafana.grafana_problems,
            'grafana_dashboard_plan': grafana.dashboard_plan,
            'blackbox_exporter_problems': blackbox_exporter.blackbox_exporter_problems,
            'orders_problems': orders.orders_problems,
            'victoria_metrics_problems': victoria_metrics.victoria_metrics_problems,
        }
