#!/usr/bin/env bash
# Sourced by every scenario: `check DESCRIPTION CMD...` runs one assertion and records it.
# The driver (tests/run) adds up the records and prints "N passed, N failed".
set -euo pipefail

TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPO_ROOT=$(cd "$TESTS_DIR/.." && pwd)
: "${TEST_RESULTS:=$(mktemp)}"
: "${TEST_LOG_DIR:=$(mktemp -d)}"
export TEST_RESULTS TEST_LOG_DIR TESTS_DIR REPO_ROOT
export ANSIBLE_CONFIG="$REPO_ROOT/ansible.cfg"

scenario=$(basename "$(cd "$(dirname "$0")" && pwd)")

# check DESCRIPTION CMD... : passes when CMD exits 0; its output goes to the scenario log and is
# shown only on failure.
check() {
  local description=$1; shift
  local log="$TEST_LOG_DIR/$scenario.log"
  if "$@" >>"$log" 2>&1; then
    echo "  ok    $scenario: $description"
    echo "pass $scenario: $description" >>"$TEST_RESULTS"
  else
    echo "  FAIL  $scenario: $description"
    echo "fail $scenario: $description" >>"$TEST_RESULTS"
    echo "  --- last lines of $log:"; tail -n 25 "$log" | sed 's/^/  | /'
  fi
}

# check_fails DESCRIPTION CMD... : passes when CMD runs and exits non-zero (bad input must be
# refused). Runs in this shell, so CMD may be a scenario's function; "command not found" (127)
# and "not executable" (126) fail the check instead of passing it.
check_fails() {
  local description=$1; shift
  check "$description" refused "$@"
}

refused() {
  local rc=0
  "$@" || rc=$?
  ((rc != 0 && rc != 126 && rc != 127))
}

# wait_until SECONDS CMD... : retries CMD once a second, at most SECONDS times.
wait_until() {
  local tries=$1; shift
  local i
  for ((i = 0; i < tries; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  "$@"
}

# play PLAYBOOK [ARGS...] : runs an ansible playbook against the CI inventory, logging its output.
play() {
  local playbook=$1; shift
  ansible-playbook -i "$REPO_ROOT/inventory/${STACK_INVENTORY:-ci}" "$REPO_ROOT/$playbook" "$@"
}

# play_json JSON PLAYBOOK [ARGS...] : `play` with the json stdout callback: its result (plays,
# tasks, per-host results, stats) goes to JSON, warnings to JSON.stderr.
play_json() {
  local out=$1; shift
  ANSIBLE_STDOUT_CALLBACK=json play "$@" >"$out" 2>"$out.stderr"
}

# run_stats JSON [changed|tasks] : reads what a run printed with the json callback. Without a
# second argument it passes when every host of its stats has failures=0 and unreachable=0, with
# "changed" also changed=0, printing the stats and each task (or handler) that changed something;
# with "tasks" it prints the names of the tasks that changed something, one a line.
run_stats() {
  /usr/bin/python3 - "$@" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))
want = sys.argv[2] if len(sys.argv) > 2 else ""
changed = [(host, task["task"]["name"]) for play in run["plays"] for task in play["tasks"]
           for host, result in task["hosts"].items() if result.get("changed")]
if want == "tasks":
    print("\n".join(name for _, name in changed))
    sys.exit(0)
print(json.dumps(run["stats"]))
for host, name in changed:
    print(f"changed on {host}: {name}")
stats = run["stats"].values()
bad = [s for s in stats if s["failures"] or s["unreachable"] or (want == "changed" and s["changed"])]
sys.exit(0 if stats and not bad else 1)
PY
}
# run_unchanged JSON : the run succeeded on every host and changed nothing.
run_unchanged() { run_stats "$1" changed; }

# prom_query PROMQL : prints the JSON result of an instant query against the CI Prometheus.
prom_query() {
  curl -fsS --max-time 10 "http://127.0.0.1:9090/api/v1/query" --data-urlencode "query=$1"
}
