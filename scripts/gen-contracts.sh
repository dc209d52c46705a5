#!/usr/bin/env bash
# Generates the TypeScript types of every gRPC contract under proto/ into
# packages/contracts/src/generated (checked in; a test fails when they are stale).
#
#   bash scripts/gen-contracts.sh [out-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-packages/contracts/src/generated}"
protos=$(cd proto && find agentvault -name '*.proto' | sort)
rm -rf "$out"
# Same options as the runtime loader (packages/grpc/src/proto.ts), so the types match what arrives.
packages/contracts/node_modules/.bin/proto-loader-gen-types $protos \
  --keepCase --longs=String --enums=String --defaults --oneofs \
  --grpcLib=@grpc/grpc-js --importFileExtension=.js \
  --includeDirs=proto --outDir="$out" >/dev/null
