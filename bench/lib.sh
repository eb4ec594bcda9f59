# Helpers shared by the bench/ scripts (sourced). A bench prints its figures as lines
#   RESULT <key> <value>
# on stdout; bench/run collects them into one table. Everything here targets loopback only.
# shellcheck shell=bash

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$BENCH_DIR/.." && pwd)
BENCH_NAME=$(basename "$0")

bench_log() { printf '%s %s: %s\n' "$(date +%H:%M:%S)" "$BENCH_NAME" "$*" >&2; }
bench_die() { echo "$BENCH_NAME: $*" >&2; exit 2; }
result() { printf 'RESULT %s %s\n' "$1" "$2"; }

require_tools() {
  local tool
  for tool in "$@"; do command -v "$tool" >/dev/null || bench_die "$tool is not installed"; done
}

# require_count NAME VALUE: VALUE must be a whole number 1..9999 (NAME is the option, for the message).
require_count() { [[ $2 =~ ^[1-9][0-9]{0,3}$ ]] || bench_die "$1 must be 1..9999, got '$2'"; }

# calc EXPRESSION [FORMAT]: floating-point arithmetic (awk), printed with FORMAT (default %.2f).
calc() { awk "BEGIN {printf \"${2:-%.2f}\\n\", $1}"; }

# percentile P FILE [COLUMN]: the P-th percentile (nearest rank) of COLUMN (default 1) of FILE.
percentile() {
  awk -v c="${3:-1}" '{print $c}' "$2" | sort -g |
    awk -v p="$1" '{v[NR] = $1} END {i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; print v[i]}'
}
# median VALUE...: the median (nearest rank) of the arguments.
median() { printf '%s\n' "$@" | percentile 50 /dev/stdin; }

# ---- a local orders JVM (service/target/orders.jar) on loopback -------------------------------
SERVICE_JAR=$REPO_ROOT/service/target/orders.jar
APP_PORT=${BENCH_APP_PORT:-18188}
ADMIN_PORT=${BENCH_ADMIN_PORT:-18189}
JVM_PID=""

# bench_workdir: a private temporary directory, removed (with any JVM started here) on exit.
bench_workdir() {
  WORK=$(mktemp -d "/tmp/$BENCH_NAME.XXXXXX")
  trap 'stop_service; rm -rf "$WORK"' EXIT
}

# quiet_config: the shipped config.yml, whose request log must be off (its default), as $WORK/config.yml.
quiet_config() {
  [[ -f $SERVICE_JAR ]] || bench_die "$SERVICE_JAR is missing (run: mvn -B package)"
  cp "$REPO_ROOT/service/config.yml" "$WORK/config.yml"
  grep -Pzq '\n  requestLog:\n(    #[^\n]*\n)*    appenders: \[\]\n' "$WORK/config.yml" ||
    bench_die "service/config.yml's request log is not off (requestLog.appenders: [])"
}

# start_service [VAR=VALUE...] [-- JVM_OPTION...]: a fresh JVM with these environment variables and
# JVM options; waits (at most 60 s) until it answers.
start_service() {
  local env=() jvm=() i
  while (($#)) && [[ $1 != -- ]]; do env+=("$1"); shift; done
  (($#)) && shift
  jvm=("$@")
  if curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/" || curl -s -o /dev/null "http://127.0.0.1:$ADMIN_PORT/"; then
    bench_die "port $APP_PORT or $ADMIN_PORT is already in use"
  fi
  env ORDERS_APP_PORT="$APP_PORT" ORDERS_ADMIN_PORT="$ADMIN_PORT" ORDERS_LOG_LEVEL=WARN \
    PROMETHEUS_DISABLE_CREATED_SERIES=true "${env[@]}" \
    java -Xms256m -Xmx256m "${jvm[@]}" -jar "$SERVICE_JAR" server "$WORK/config.yml" >"$WORK/service.log" 2>&1 &
  JVM_PID=$!
  for ((i = 0; i < 60; i++)); do
    curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/api/ping" && return 0
    kill -0 "$JVM_PID" 2>/dev/null || break
    sleep 1
  done
  echo "$BENCH_NAME: the service did not start; its log:" >&2
  tail -n 20 "$WORK/service.log" >&2
  exit 1
}

stop_service() {
  if [[ -n $JVM_PID ]] && kill -0 "$JVM_PID" 2>/dev/null; then
    kill "$JVM_PID"
    wait "$JVM_PID" 2>/dev/null || true
  fi
  JVM_PID=""
}

# jvm_cpu_ticks: user + system CPU time the service's JVM has used so far, in clock ticks.
jvm_cpu_ticks() { awk '{print $14 + $15}' "/proc/$JVM_PID/stat"; }

WRK_THREADS=1 WRK_CONNECTIONS=16
# wrk_run SECONDS [PATH]: prints "req/s cpu-us-per-request" for GET PATH (default /api/ping);
# fails on socket errors or non-2xx. CPU per request is the JVM's own CPU time (JIT and GC
# included): it depends less than req/s on what else the machine runs at the same time.
wrk_run() {
  local out ticks_before ticks_after
  ticks_before=$(jvm_cpu_ticks)
  out=$(wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$1"s "http://127.0.0.1:$APP_PORT${2:-/api/ping}")
  ticks_after=$(jvm_cpu_ticks)
  if grep -qE 'Non-2xx|Socket errors' <<<"$out"; then
    echo "$BENCH_NAME: wrk saw errors:" >&2; echo "$out" >&2; exit 1
  fi
  awk -v ticks=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" \
    '/ requests in / {requests = $1} /^Requests\/sec:/ {rps = $2}
     END {printf "%s %.1f\n", rps, ticks / hz * 1e6 / requests}' <<<"$out"
}

# background_load SECONDS: wrk on GET /api/ping in the background; its pid in LOAD_PID.
background_load() {
  wrk -t"$WRK_THREADS" -c"$WRK_CONNECTIONS" -d"$1"s "http://127.0.0.1:$APP_PORT/api/ping" >/dev/null &
  LOAD_PID=$!
}

# scrape_series URL COUNT SPACING_S: COUNT scrapes of URL, one line "milliseconds bytes" each.
scrape_series() {
  local i
  for ((i = 0; i < $2; i++)); do
    curl -sf -o /dev/null -w '%{time_total} %{size_download}\n' "$1" | awk '{printf "%.3f %d\n", $1 * 1000, $2}'
    sleep "$3"
  done
}

# scrape_for URL SECONDS: scrapes URL once a second for SECONDS (so its code path gets compiled).
scrape_for() {
  local deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do curl -s -o /dev/null "$1"; sleep 1; done
}
