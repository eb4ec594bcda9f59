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


class FilterModule:
    def filters(self):
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
