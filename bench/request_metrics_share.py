"""Share of a JVM's CPU samples spent in its own request metrics, from a JFR recording.

Usage: request_metrics_share.py RECORDING.jfr
Prints "SHARE SAMPLES" on stdout, and on stderr where the counted samples were (their innermost
frames, most frequent first). SAMPLES is every Java execution sample of the recording; SHARE is the
part of them whose innermost frame of our metrics code (the bundle dev.stackwatch.dropwizard.prometheus,
dev.stackwatch.orders.metrics,
io.prometheus) is that code's own work: the request filter's timing, route lookup, histogram and
counters, a collector. A sample inside the rest of the request, which the filter only passes on to
the filter chain, is not counted. JFR samples threads running Java code only, so native and kernel
time is in neither count: the share is an upper bound of the metrics' part of the JVM's CPU time.
"""
import collections
import json
import subprocess
import sys

METRICS_CODE = ("dev/stackwatch/dropwizard/prometheus/", "dev/stackwatch/orders/metrics/", "io/prometheus/")
REQUEST_FILTER = "dev/stackwatch/dropwizard/prometheus/RequestMetricsFilter"


def frame_name(frame):
    method = frame["method"]
    return method["type"]["name"], method["name"]


def short_name(frame):
    """Class.method without the package, for the listing."""
    cls, method = frame_name(frame)
    return f"{cls.rsplit('/', 1)[-1]}.{method}"


def spent_in_metrics(frames):
    """frames: innermost first. True when the innermost metrics frame is doing its own work."""
    for depth, frame in enumerate(frames):
        cls = frame_name(frame)[0]
        if cls.startswith(METRICS_CODE):
            # RequestMetricsFilter.doFilter calling chain.doFilter is the request itself.
            passes_on = cls == REQUEST_FILTER and depth > 0 and frame_name(frames[depth - 1])[1] == "doFilter"
            return not passes_on
    return False


def main(path):
    printed = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", path],
                             check=True, capture_output=True, text=True).stdout
    samples = [event["values"]["stackTrace"] for event in json.loads(printed)["recording"]["events"]]
    samples = [trace["frames"] for trace in samples if trace]
    if not samples:
        sys.exit(f"{path}: no execution samples")
    counted = [frames for frames in samples if spent_in_metrics(frames)]
    where = collections.Counter(" < ".join(short_name(frame) for frame in frames[:4]) for frames in counted)
    for stack, count in where.most_common(8):
        print(f"  {count:4d} samples in {stack}", file=sys.stderr)
    print(f"{len(counted) / len(samples):.4f} {len(samples)}")


if __name__ == "__main__":
    main(sys.argv[1])
