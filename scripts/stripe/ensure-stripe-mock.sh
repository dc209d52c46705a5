#!/usr/bin/env bash
# Makes sure the pinned stripe-mock (Stripe's official mock of its API) is available and prints
# the path of its binary (and nothing else on stdout). Built from its Go module once and cached,
# the way scripts/helm/ensure-helm.sh does for Helm:
#
#   1. $STRIPE_MOCK_BIN, if set and executable (its version is not checked);
#   2. .tools/stripe-mock-<version>/stripe-mock in this work tree;
#   3. ${AGENTVAULT_TOOLS_CACHE:-$XDG_CACHE_HOME/agentvault-tools}/stripe-mock-<version>/stripe-mock,
#      a cache outside the work tree that fresh clones on the same machine (CI) reuse; linked
#      into .tools/;
#   4. otherwise `go install github.com/stripe/stripe-mock@<version>` into that cache, then as in 3.
#
#   STRIPE_MOCK=$(bash scripts/stripe/ensure-stripe-mock.sh) && "$STRIPE_MOCK" -http-port 0
set -euo pipefail

STRIPE_MOCK_VERSION="${STRIPE_MOCK_VERSION:-v0.203.0}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
log() { echo "[ensure-stripe-mock] $*" >&2; }

if [[ -n "${STRIPE_MOCK_BIN:-}" && -x "${STRIPE_MOCK_BIN}" ]]; then
  echo "$STRIPE_MOCK_BIN"
  exit 0
fi

local_dir="$root/.tools/stripe-mock-$STRIPE_MOCK_VERSION"
if [[ -x "$local_dir/stripe-mock" ]]; then
  echo "$local_dir/stripe-mock"
  exit 0
fi

cache_root="${AGENTVAULT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/agentvault-tools}"
cache_dir="$cache_root/stripe-mock-$STRIPE_MOCK_VERSION"
if [[ ! -x "$cache_dir/stripe-mock" ]]; then
  go_bin="$(command -v go || true)"
  [[ -z "$go_bin" && -x /usr/local/go/bin/go ]] && go_bin=/usr/local/go/bin/go
  if [[ -z "$go_bin" ]]; then
    log "stripe-mock $STRIPE_MOCK_VERSION is not cached and no Go toolchain was found (PATH or /usr/local/go/bin)"
    exit 1
  fi
  mkdir -p "$cache_root"
  # One builder at a time (parallel test runs, CI and a developer on one machine).
  exec 9>"$cache_root/.stripe-mock-$STRIPE_MOCK_VERSION.lock"
  flock 9
  if [[ ! -x "$cache_dir/stripe-mock" ]]; then
    log "building stripe-mock $STRIPE_MOCK_VERSION with $("$go_bin" version | cut -d' ' -f3) (once; cached in $cache_dir)"
    started=$(date +%s)
    tmp="$(mktemp -d "$cache_root/.stripe-mock-build.XXXXXX")"
    if ! GOBIN="$tmp" GOFLAGS="-trimpath -buildvcs=false" CGO_ENABLED=0 \
      "$go_bin" install -ldflags "-s -w" "github.com/stripe/stripe-mock@$STRIPE_MOCK_VERSION" >&2; then
      rm -rf "$tmp"
      log "go install github.com/stripe/stripe-mock@$STRIPE_MOCK_VERSION failed"
      exit 1
    fi
    mkdir -p "$cache_dir"
    mv "$tmp/stripe-mock" "$cache_dir/stripe-mock"
    rm -rf "$tmp"
    log "built in $(( $(date +%s) - started ))s"
  fi
  flock -u 9
fi

mkdir -p "$root/.tools"
rm -rf "$local_dir"
ln -s "$cache_dir" "$local_dir"
echo "$local_dir/stripe-mock"
