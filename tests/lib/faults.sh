#!/usr/bin/env bash
# Shared by the scenarios alerts_e2e, faults, ha and bad_input and by bench/time-to-alert (sourced,
# after tests/lib/scenario.sh or with REPO_ROOT set): the test webhook receiver, the service's fault tasks, bounded traffic, and a
# search of what the receiver recorded. Addresses come from the running containers.

# The component table's defaults: container names and ports (inventory/ci keeps them).
table_field() {
  /usr/bin/python3 -c 'import sys, yaml
table = yaml.safe_load(open(sys.argv[1]))
print(table["stack_components_default"][sys.argv[2]].get(sys.argv[3], "") if sys.argv[2] else table[sys.argv[3]])' \
    "$REPO_ROOT/roles/stack_common/defaults/main.yml" "$1" "$2"
}
stack_network=$(table_field "" stack_network)
alertmanager_container=$(table_field alertmanager container)
# E2E_ORDERS_CONTAINER / E2E_ORDERS_APP: another orders container (name, base URL) to provoke.
orders_container=${E2E_ORDERS_CONTAINER:-$(table_field orders container)}
orders_app=${E2E_ORDERS_APP:-"http://127.0.0.1:$(table_field orders port)"}
orders_admin_port=$(table_field orders admin_port)
# The CI receiver's URL (inventory/ci/group_vars/all/alerting.yml) names this port.
webhook_port=9095

container_ip() {
  docker inspect --format "{{(index .NetworkSettings.Networks \"$stack_network\").IPAddress}}" "$1"
}

# The address host.docker.internal resolves to inside the Alertmanager container: the receiver
# binds there, so only containers (and this host) reach it.
webhook_bind_address() {
  docker exec "$alertmanager_container" cat /etc/hosts | awk '$2 == "host.docker.internal" {print $1; exit}'
}

# start_webhook_receiver RECORD LIFETIME_SECONDS: sets webhook_pid; the receiver exits by itself.
start_webhook_receiver() {
  local record=$1 lifetime=$2 address
  address=$(webhook_bind_address)
  [[ -n "$address" ]] || { echo "host.docker.internal is not in $alertmanager_container's /etc/hosts" >&2; return 1; }
  : >"$record"
  /usr/bin/python3 "$REPO_ROOT/tests/lib/webhook_receiver.py" --address "$address" --port "$webhook_port" \
    --record "$record" --lifetime "$lifetime" 2>>"${record%.jsonl}.log" &
  webhook_pid=$!
  local i
  for ((i = 0; i < 50; i++)); do
    curl -fsS --max-time 1 "http://$address:$webhook_port/" >/dev/null 2>&1 && return 0
    kill -0 "$webhook_pid" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}
stop_webhook_receiver() {
  [[ -n "${webhook_pid:-}" ]] || return 0
  kill "$webhook_pid" 2>/dev/null || true
  wait "$webhook_pid" 2>/dev/null || true
  webhook_pid=""
}

# admin_task PATH?QUERY: POSTs to the service's admin port over the stack network (not published).
admin_task() {
  curl -fsS --max-time 10 -X POST "http://$(container_ip "$orders_container"):$orders_admin_port/tasks/$1" >/dev/null
}

# start_traffic SECONDS [LOOPS]: LOOPS background request loops against /api/ping, each ending by
# itself after SECONDS; sets traffic_pids.
start_traffic() {
  local seconds=$1 loops=${2:-3} i
  traffic_pids=()
  for ((i = 0; i < loops; i++)); do
    (
      end=$((SECONDS + seconds))
      while ((SECONDS < end)); do
        curl -s -o /dev/null --max-time 5 "$orders_app/api/ping" || true
        sleep 0.1
      done
    ) &
    traffic_pids+=($!)
  done
}
stop_traffic() {
  local pid
  for pid in "${traffic_pids[@]:-}"; do
    [[ -n "$pid" ]] || continue
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  traffic_pids=()
}

# find_alert RECORD ALERTNAME STATUS SINCE [LABEL=VALUE]: prints the first recorded alert (JSON,
# with the notification's receive time as .received and its Authorization header as
# .authorization) with that alertname, status (and label) received at or after SINCE (unix
# seconds); fails when there is none.
find_alert() {
  local label=${5:-alertname=$2}
  # first() inside jq, not `| head -n 1`: under pipefail, head closing the pipe early would make
  # jq fail with SIGPIPE whenever several alerts match.
  jq -cn --arg name "$2" --arg status "$3" --argjson since "$4" --arg key "${label%%=*}" --arg value "${label#*=}" '
    first(inputs | select(.received >= $since) | . as $n | .payload.alerts[]
      | select(.labels.alertname == $name and .status == $status and .labels[$key] == $value)
      | . + {received: $n.received, authorization: $n.authorization})' "$1" 2>/dev/null | grep .
}

# wait_alert RECORD ALERTNAME STATUS SINCE TIMEOUT_SECONDS [LABEL=VALUE]: find_alert, every 0.1 s.
wait_alert() {
  local deadline
  deadline=$(($(date +%s) + $5))
  while (($(date +%s) < deadline)); do
    find_alert "$1" "$2" "$3" "$4" "${6:-}" && return 0
    sleep 0.1
  done
  return 1
}

now() { date +%s.%N; }
