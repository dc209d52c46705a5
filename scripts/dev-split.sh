#!/usr/bin/env bash
# The microservices layout on one machine: every service in its own process on loopback,
# talking gRPC and NATS, against the local PostgreSQL, NATS and Redis. The services are the
# program's own list (agentvault --list-targets); each binds a port of its choosing and reports
# it, and the ones started after it are told where it is.
#
#   bash scripts/dev-split.sh            # gateway on http://127.0.0.1:8080
#
# Override DATABASE_URL, NATS_URL, REDIS_URL or PORT to point elsewhere. Ctrl-C stops all.
set -euo pipefail
cd "$(dirname "$0")/.."

export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/agentvault}"
export NATS_URL="${NATS_URL:-nats://127.0.0.1:4222}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export PORT="${PORT:-8080}"

bin=packages/cli/bin/agentvault.js
db_name="${DATABASE_URL##*/}"; db_name="${db_name%%\?*}"
admin_url="${DATABASE_URL%/*}/postgres"
if ! psql "$admin_url" -tAc "select 1 from pg_database where datname = '$db_name'" | grep -q 1; then
  echo "creating database $db_name"
  psql "$admin_url" -c "create database \"$db_name\"" >/dev/null
fi

node "$bin" migrate
run_dir=$(mktemp -d)
pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$run_dir"; }
trap stop EXIT INT TERM

# Waits for a process's ports file; prints it.
wait_report() {
  local file=$1 pid=$2
  until [ -s "$file" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "a service exited during start" >&2; exit 1; }
    sleep 0.2
  done
  cat "$file"
}
json() { node -e "const r = JSON.parse(process.argv[1]); const v = $2; if (v !== undefined) console.log(v)" "$1"; }

for service in $(node "$bin" --list-targets); do
  report_file="$run_dir/$service.json"
  prefix=$(echo "$service" | tr 'a-z-' 'A-Z_')
  if [ "$service" = gateway ]; then
    MIGRATE_ON_START=false PORTS_FILE="$report_file" node "$bin" --target=gateway &
  else
    MIGRATE_ON_START=false OPS_PORT=0 PORTS_FILE="$report_file" env "${prefix}_GRPC_BIND=127.0.0.1:0" node "$bin" --target="$service" &
  fi
  pids+=($!)
  report=$(wait_report "$report_file" $!)
  for pair in $(json "$report" "Object.entries(r.grpc).map(([s, a]) => s + '=' + a).join(' ')"); do
    name=${pair%%=*}; address=${pair#*=}
    export "$(echo "$name" | tr 'a-z-' 'A-Z_')_GRPC_ADDR=$address"
    echo "$name: gRPC on $address"
  done
  ops=$(json "$report" "r.ports.ops")
  [ -n "$ops" ] && until curl -fsS "http://127.0.0.1:$ops/ready" >/dev/null 2>&1; do sleep 0.3; done
done
until curl -fsS "http://127.0.0.1:$PORT/ready" >/dev/null 2>&1; do sleep 0.3; done
echo "gateway: http://127.0.0.1:$PORT (API docs at /docs)"
wait
