#!/usr/bin/env python3
"""Writes a promtool test file of the container rules on cAdvisor's own series.

Usage: cadvisor_fixture_test.py FIXTURE > containers-fixture.test.yml

The input series are the fixture's (cAdvisor v0.60.5's reference output): its metric names and
each series' full label set, plus the labels the stack's cadvisor job adds (job, host,
instance), starting from the fixture's values. Each rule goes through three phases: the
fixture's own state (silent), a fault (the alert must be firing), the fixture's state again
(the alert must have resolved). The checks read ALERTS, so they hold whatever the annotations say.
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
from cadvisor_replay import LIMIT_OVER_WORKING_SET, parse  # noqa: E402

STACK_LABELS = {"job": "cadvisor", "host": "mon1", "instance": "mon1:8080"}
MINUTES = 60  # one sample a minute for an hour


def series_of(lines, name):
    """(labels dict, value) of the fixture's first series of metric `name`."""
    for _, sample in lines:
        if sample and sample[0] == name:
            pairs = sample[1].strip("{}")
            labels = dict(pair.split("=", 1) for pair in split_labels(pairs))
            return {key: value.strip('"') for key, value in labels.items()}, sample[2]
    raise SystemExit(f"{name} is not in the fixture")


def split_labels(text):
    """key="value" pairs of a label set without braces (values hold no quotes here)."""
    parts, current, quoted = [], "", False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
    return parts + ([current] if current else [])


def selector(name, labels):
    return name + "{" + ",".join(f'{key}="{value}"' for key, value in sorted(labels.items())) + "}"


def counter(start, per_minute):
    """Counter values a minute apart: per_minute(m) is the increase during minute m."""
    values, value = [], start
    for minute in range(MINUTES + 1):
        values.append(value)
        value += per_minute(minute)
    return " ".join(f"{v:g}" for v in values)


def rule_test(alertname, labels, input_series, silent_at, firing_at, resolved_at):
    """A test that the alert is absent at silent_at, firing at firing_at, gone at resolved_at."""
    absent = f'ALERTS{{alertname="{alertname}"}}'
    firing = {"labels": selector("ALERTS", {**labels, "alertname": alertname, "alertstate": "firing",
                                            "severity": "warning"}), "value": 1}
    return {
        "name": f"{alertname} on cAdvisor v0.60.5's series: silent, firing, resolved",
        "interval": "1m",
        "input_series": input_series,
        "promql_expr_test": [
            {"expr": absent, "eval_time": silent_at, "exp_samples": []},
            {"expr": f'ALERTS{{alertname="{alertname}",alertstate="firing"}}', "eval_time": firing_at,
             "exp_samples": [firing]},
            {"expr": absent, "eval_time": resolved_at, "exp_samples": []},
        ],
    }


def main():
    lines = parse(sys.argv[1])
    cpu_labels, periods = series_of(lines, "container_cpu_cfs_periods_total")
    _, throttled = series_of(lines, "container_cpu_cfs_throttled_periods_total")
    memory_labels, working_set = series_of(lines, "container_memory_working_set_bytes")
    cpu_labels.update(STACK_LABELS)
    memory_labels.update(STACK_LABELS)
    limit = working_set * LIMIT_OVER_WORKING_SET

    # CPU: the fixture's ratio (throttled/periods, 2.5%) until 15m, half the periods throttled
    # (600 CFS periods a minute) from 15m to 40m, the fixture's ratio again after.
    def fault(minute):
        return 15 <= minute < 40
    cpu_test = rule_test("ContainerCpuThrottled", cpu_labels, [
        {"series": selector("container_cpu_cfs_periods_total", cpu_labels),
         "values": counter(periods, lambda m: 600 if fault(m) else periods)},
        {"series": selector("container_cpu_cfs_throttled_periods_total", cpu_labels),
         "values": counter(throttled, lambda m: 300 if fault(m) else throttled)},
    ], silent_at="14m", firing_at="38m", resolved_at="50m")

    # Memory: the fixture's working set until 20m, 95% of the limit from 20m to 35m, the
    # fixture's working set again after.
    working_sets = [limit * 0.95 if 20 <= minute < 35 else working_set for minute in range(MINUTES + 1)]
    memory_test = rule_test("ContainerMemoryNearLimit", memory_labels, [
        {"series": selector("container_memory_working_set_bytes", memory_labels),
         "values": " ".join(f"{v:g}" for v in working_sets)},
        {"series": selector("container_spec_memory_limit_bytes", memory_labels),
         "values": f"{limit:g}x{MINUTES}"},
    ], silent_at="19m", firing_at="30m", resolved_at="37m")
    yaml.safe_dump({"rule_files": ["rules/containers.yml"], "evaluation_interval": "1m",
                    "tests": [cpu_test, memory_test]}, sys.stdout, sort_keys=False, width=200)


if __name__ == "__main__":
    main()
