#!/usr/bin/env bash
# Generates the TypeScript types of every gRPC contract under proto/ into
# packages/contracts/src/generated (checked in; a test fails when they are stale).
#
#   bash scripts/gen-contracts.sh [out-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-packages/contracts/src/generated}"
fixtures_out="${2:-packages/runtime/test/fixtures/generated}"

# generate <proto root> <out dir>: every .proto under the root.
generate() {
  local root=$1 dir=$2 protos
  protos=$(cd "$root" && find . -name '*.proto' | sed 's|^\./||' | sort)
  rm -rf "$dir"
  # Same options as the runtime loader (packages/grpc/src/proto.ts), so the types match what arrives.
  packages/contracts/node_modules/.bin/proto-loader-gen-types $protos \
    --keepCase --longs=String --enums=String --defaults --oneofs \
    --grpcLib=@grpc/grpc-js --importFileExtension=.js \
    --includeDirs="$root" --outDir="$dir" >/dev/null
}

generate proto "$out"
# The runtime's tests define a service of their own (the recipe of docs/adding-a-service.md).
generate packages/runtime/test/fixtures/proto "$fixtures_out"
