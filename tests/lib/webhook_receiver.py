#!/usr/bin/env python3
"""Records what Alertmanager POSTs, one JSON line per request, for the alerting tests.

Each line: {"received": <unix time>, "path": ..., "authorization": <header or null>,
"payload": <the parsed JSON body>}. GET answers 200 (readiness). The receiver exits by itself
after --lifetime seconds, so a test that dies cannot leave it behind for long.
Standard library only: it runs on any host with python3.
"""
import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY_BYTES = 4 * 1024 * 1024


def make_handler(record_path, lock):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            self._reply(200, b"ok\n")

        def do_POST(self):  # noqa: N802
            received = time.time()
            length = int(self.headers.get("Content-Length") or 0)
            if length <= 0 or length > MAX_BODY_BYTES:
                self._reply(413 if length > 0 else 400, b"bad length\n")
                return
            body = self.rfile.read(length)
            try:
                payload = json.loads(body)
            except ValueError:
                self._reply(400, b"not JSON\n")
                return
            line = json.dumps({
                "received": received,
                "path": self.path,
                "authorization": self.headers.get("Authorization"),
                "payload": payload,
            }, sort_keys=True)
            with lock, open(record_path, "a", encoding="utf-8") as record:
                record.write(line + "\n")
            self._reply(200, b"recorded\n")

        def _reply(self, status, text):
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(text)))
            self.end_headers()
            self.wfile.write(text)

        def log_message(self, *_):
            pass  # one JSON line per request is the log

    return Handler


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--address", required=True, help="address to bind, e.g. a Docker gateway IP")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--record", required=True, help="JSON-lines file to append to")
    parser.add_argument("--lifetime", type=float, default=900, help="seconds before exiting by itself")
    args = parser.parse_args()

    server = ThreadingHTTPServer((args.address, args.port), make_handler(args.record, threading.Lock()))
    server.daemon_threads = True
    timer = threading.Timer(args.lifetime, server.shutdown)
    timer.daemon = True
    timer.start()
    print(f"webhook receiver on {args.address}:{args.port}, recording to {args.record}, "
          f"exits after {args.lifetime:.0f}s", file=sys.stderr, flush=True)
    server.serve_forever()
    server.server_close()


if __name__ == "__main__":
    main()
