"""bench/run's table: the RESULT lines the benches printed ("BENCH KEY VALUE" per line in the
file given as argument), one row each, with the project's goal where it sets one.
Exit status 1 when a goal is missed."""
import operator
import sys

GOAL_OPS = {"<=": operator.le, ">=": operator.ge, "==": operator.eq}

# key: (what it is, goal or None). Rows print in this order; keys not listed print after them.
ROWS = {
    "service_overhead_quick_mode": ("service-overhead in quick mode (figures not meaningful)", None),
    "bridge_throughput_over_uninstrumented": ("req/s, Prometheus bridge / uninstrumented", ">= 0.97"),
    "jmx_agent_throughput_over_uninstrumented": ("req/s, JMX exporter agent / uninstrumented", None),
    "uninstrumented_rps_slowest_over_fastest_round": ("req/s, uninstrumented, slowest / fastest round (resolution)", None),
    "bridge_metrics_cpu_share": ("JVM CPU samples in the metrics code, bridge under load (JFR), share", "<= 0.03"),
    "bridge_cpu_per_request_over_uninstrumented": ("JVM CPU per request, bridge / uninstrumented", None),
    "jmx_agent_cpu_per_request_over_uninstrumented": ("JVM CPU per request, JMX agent / uninstrumented", None),
    "bridge_scrape_idle_p50_ms": ("bridge /metrics p50 idle, ms", None),
    "bridge_scrape_idle_p90_ms": ("bridge /metrics p90 idle, ms", None),
    "idle_ping_p50_ms": ("GET /api/ping p50 idle, ms (any request's floor here)", None),
    "bridge_scrape_idle_p50_over_ping": ("bridge /metrics p50 idle / GET /api/ping p50 idle", None),
    "bridge_scrape_load_p50_ms": ("bridge /metrics p50 under load, ms", None),
    "bridge_scrape_load_p90_ms": ("bridge /metrics p90 under load, ms", None),
    "bridge_scrape_bytes": ("bridge /metrics size, bytes", None),
    "jmx_agent_scrape_idle_p50_ms": ("JMX agent /metrics p50 idle, ms", None),
    "jmx_agent_scrape_idle_p90_ms": ("JMX agent /metrics p90 idle, ms", None),
    "jmx_agent_scrape_load_p50_ms": ("JMX agent /metrics p50 under load, ms", None),
    "jmx_agent_scrape_load_p90_ms": ("JMX agent /metrics p90 under load, ms", None),
    "jmx_agent_scrape_bytes": ("JMX agent /metrics size, bytes", None),
    "jmx_agent_over_bridge_scrape_idle_p50": ("scrape p50 idle, JMX agent / bridge", ">= 2"),
    "jmx_agent_over_bridge_scrape_load_p50": ("scrape p50 under load, JMX agent / bridge", ">= 2"),
    "jmx_agent_over_bridge_scrape_bytes": ("scrape bytes, JMX agent / bridge", ">= 2"),
    "scrape_series_quick_mode": ("scrape-series in quick mode (figures not meaningful)", None),
    "scrape_routes_smallest": ("known routes, smallest step", None),
    "scrape_routes_largest": ("known routes, largest step", None),
    "scrape_p50_ms_smallest": ("/metrics p50 idle at the smallest step, ms", None),
    "scrape_p50_ms_largest": ("/metrics p50 idle at the largest step, ms", None),
    "scrape_samples_per_route": ("/metrics sample lines per known route", None),
    "scrape_bytes_per_series": ("bytes per sample line, smallest to largest step", None),
    "scrape_us_per_series": ("scrape time per sample line, microseconds", None),
    "scrape_bytes_per_series_step1": ("bytes per sample line, first step (linear: = second step)", None),
    "scrape_bytes_per_series_step2": ("bytes per sample line, second step", None),
    "scrape_unknown_paths": ("distinct unknown paths requested", None),
    "scrape_series_added_by_unknown_paths": ("request-counter series those paths added (route=\"other\")", "<= 1"),
    "scrape_bytes_after_unknown_over_before": ("/metrics bytes after / before the unknown paths", "<= 1.01"),
    "scrape_p50_after_unknown_over_before": ("/metrics p50 after / before the unknown paths", None),
    "time_to_alert_target_down_median_over_bound": ("time to alert, target down: median / bound", "<= 1"),
    "time_to_alert_target_down_max_over_bound": ("time to alert, target down: max / bound", "<= 1"),
    "time_to_alert_error_ratio_median_over_bound": ("time to alert, error ratio: median / bound", "<= 1"),
    "time_to_alert_error_ratio_max_over_bound": ("time to alert, error ratio: max / bound", "<= 1"),
    "time_to_alert_latency_p99_median_over_bound": ("time to alert, latency p99: median / bound", "<= 1"),
    "time_to_alert_latency_p99_max_over_bound": ("time to alert, latency p99: max / bound", "<= 1"),
    "time_to_alert_health_median_over_bound": ("time to alert, health check: median / bound", "<= 1"),
    "time_to_alert_health_max_over_bound": ("time to alert, health check: max / bound", "<= 1"),
    "time_to_alert_trials_over_bound": ("time to alert, trials over their bound", "== 0"),
    "provisioning_first_run_seconds": ("playbook first run (images prebuilt), s", None),
    "provisioning_rerun_seconds": ("playbook idempotent re-run (median), s", "<= 60"),
    "provisioning_rerun_min_seconds": ("playbook idempotent re-run, fastest, s", None),
    "provisioning_rerun_max_seconds": ("playbook idempotent re-run, slowest, s", None),
    "provisioning_rerun_changed": ("re-run changed tasks", "== 0"),
    "provisioning_rerun_over_first": ("re-run / first run", None),
    "provisioning_curve_largest_over_one_host_rerun": ("re-run over SSH, most hosts / 1 host", "<= 2"),
    "footprint_containers": ("containers measured", None),
    "footprint_idle_total_mib": ("stack memory idle, MiB", None),
    "footprint_load_total_mib": ("stack memory under load, MiB", None),
    "footprint_load_over_idle": ("stack memory, under load / idle", None),
    "footprint_idle_cpu_percent": ("stack CPU idle, % of one core", None),
    "footprint_load_cpu_percent": ("stack CPU under load, % of one core", None),
    "footprint_idle_over_1gib": ("stack memory idle / 1 GiB", "<= 1"),
    "container_jar_rps": ("service jar on the host, req/s", None),
    "container_published_rps": ("service container as the role runs it, published port, req/s", None),
    "container_published_over_jar_throughput": ("req/s, container at its published port / jar on the host", ">= 0.9"),
}


def goal_met(value, goal):
    op, target = goal.split()
    if target in ("true", "false"):
        return GOAL_OPS[op](value, target)
    try:
        return GOAL_OPS[op](float(value), float(target))
    except ValueError:
        return False


def main(path):
    measured = {}
    for line in open(path):
        bench, key, value = line.split(maxsplit=2)
        measured[key] = (bench, value.strip())
    keys = [k for k in ROWS if k in measured] + [k for k in measured if k not in ROWS]
    missed = 0
    print(f"{'bench':<17} {'figure':<58} {'value':>10}  {'goal':<9} verdict")
    for key in keys:
        bench, value = measured[key]
        label, goal = ROWS.get(key, (key, None))
        verdict = ""
        if goal:
            met = goal_met(value, goal)
            missed += not met
            verdict = "met" if met else "MISSED"
        print(f"{bench:<17} {label:<58} {value:>10}  {goal or '':<9} {verdict}")
    if not measured:
        print("(no bench printed a result)")
    return 1 if missed or not measured else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
