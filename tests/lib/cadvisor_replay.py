#!/usr/bin/env python3
"""Serves cAdvisor's reference /metrics output as a running cAdvisor would, for the cadvisor job.

cAdvisor cannot run here, so the tests scrape a replay of its own test data (the fixture, from
google/cadvisor v0.60.5): the same metric names, types and label sets, with current timestamps,
counters that advance (each by its fixture value a minute, at least 1, so ratios between
counters such as throttled/total CFS periods stay the fixture's) and container_last_seen at now.
The fixture's test container has no memory limit, so cAdvisor leaves out
container_spec_memory_limit_bytes; the replay adds it, with the labels of each
container_memory_working_set_bytes series, at LIMIT_OVER_WORKING_SET times the working set, as
cAdvisor writes it for a container that has one.
The server exits by itself after --lifetime seconds. Standard library only.
"""
import argparse
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SAMPLE = re.compile(r"^(?P<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?P<labels>\{.*\})?\s+(?P<value>\S+)(?:\s+-?\d+)?$")
TYPE = re.compile(r"^# TYPE (\S+) (\S+)$")
CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
LIMIT_OVER_WORKING_SET = 4
LIMIT_FAMILY = [
    "# HELP container_spec_memory_limit_bytes Memory limit for the container.",
    "# TYPE container_spec_memory_limit_bytes gauge",
]


def parse(path):
    """The fixture as (line, sample) pairs: sample is None for a comment, else (name, labels, value, type)."""
    types, lines = {}, []
    with open(path, encoding="utf-8") as fixture:
        for line in fixture.read().splitlines():
            declared = TYPE.match(line)
            if declared:
                types[declared.group(1)] = declared.group(2)
            sample = SAMPLE.match(line) if line and not line.startswith("#") else None
            if sample:
                name = sample.group("name")
                lines.append((line, (name, sample.group("labels") or "", float(sample.group("value")), types.get(name))))
            elif line:
                lines.append((line, None))
    return lines


def render(lines, started, now):
    """The exposition text at time `now` (seconds) for a replay started at `started`."""
    minutes = (now - started) / 60
    stamp = int(now * 1000)
    out, limits = [], []
    for line, sample in lines:
        if sample is None:
            out.append(line)
            continue
        name, labels, value, kind = sample
        if kind == "counter":
            value += (value or 1) * minutes
        elif name == "container_last_seen":
            value = now
        if name == "container_memory_working_set_bytes":
            limits.append(f"container_spec_memory_limit_bytes{labels} {value * LIMIT_OVER_WORKING_SET!r} {stamp}")
        out.append(f"{name}{labels} {value!r} {stamp}")
    return "\n".join(out + LIMIT_FAMILY + limits) + "\n"


def make_handler(lines, started):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            if self.path.split("?")[0] != "/metrics":
                self._reply(404, "text/plain", b"only /metrics\n")
                return
            self._reply(200, CONTENT_TYPE, render(lines, started, time.time()).encode())

        def _reply(self, status, content_type, body):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_):
            pass

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixture", required=True, help="cAdvisor's prometheus_metrics test data")
    parser.add_argument("--address", required=True, help="address to bind: loopback or a Docker gateway IP")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--lifetime", type=float, default=600, help="seconds before exiting by itself")
    args = parser.parse_args()
    lines = parse(args.fixture)
    server = ThreadingHTTPServer((args.address, args.port), make_handler(lines, time.time()))
    threading.Timer(args.lifetime, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
