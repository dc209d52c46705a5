#!/usr/bin/env bash
# The microservices layout on one machine: every service in its own process on loopback,
# talking gRPC and NATS, against the local PostgreSQL, NATS and Redis.
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
export IDENTITY_GRPC_ADDR="${IDENTITY_GRPC_ADDR:-127.0.0.1:50051}"

# Services other than the gateway, each with the port of its health and metrics server.
SERVICES=(identity ledger webhooks fiat)
OPS_BASE_PORT="${OPS_BASE_PORT:-9091}"

bin=packages/cli/bin/agentvault.js
db_name="${DATABASE_URL##*/}"; db_name="${db_name%%\?*}"
admin_url="${DATABASE_URL%/*}/postgres"
if ! psql "$admin_url" -tAc "select 1 from pg_database where datname = '$db_name'" | grep -q 1; then
  echo "creating database $db_name"
  psql "$admin_url" -c "create database \"$db_name\"" >/dev/null
fi

node "$bin" migrate
pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

ops_port=$OPS_BASE_PORT
for service in "${SERVICES[@]}"; do
  MIGRATE_ON_START=false OPS_PORT=$ops_port node "$bin" --target="$service" &
  pids+=($!)
  echo "$service: health on http://127.0.0.1:$ops_port/ready"
  until curl -fsS "http://127.0.0.1:$ops_port/ready" >/dev/null 2>&1; do sleep 0.3; done
  ops_port=$((ops_port + 1))
done
MIGRATE_ON_START=false node "$bin" --target=gateway &
pids+=($!)
until curl -fsS "http://127.0.0.1:$PORT/ready" >/dev/null 2>&1; do sleep 0.3; done
echo "gateway: http://127.0.0.1:$PORT (API docs at /docs)"
wait
