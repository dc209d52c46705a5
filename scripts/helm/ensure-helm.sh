#!/usr/bin/env bash
# Makes sure the pinned Helm is available and prints the path of its binary (and nothing else
# on stdout). Helm is built from its Go module with the Go toolchain, once, and cached:
#
#   1. $HELM_BIN, if set and executable (a pre-installed Helm; its version is not checked);
#   2. .tools/helm-<version>/helm in this work tree;
#   3. ${AGENTVAULT_TOOLS_CACHE:-$XDG_CACHE_HOME/agentvault-tools}/helm-<version>/helm, a cache
#      outside the work tree that fresh clones on the same machine (CI) reuse; linked into .tools/;
#   4. otherwise `go install helm.sh/helm/v3/cmd/helm@<version>` into that cache (a few minutes
#      on a cold Go module cache), then as in 3.
#
#   HELM=$(bash scripts/helm/ensure-helm.sh) && "$HELM" version
set -euo pipefail

HELM_VERSION="${HELM_VERSION:-v3.22.0}"
# Bumped when the way Helm is built here changes, so that caches of the old build are not used.
BUILD_RECIPE=r2
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
log() { echo "[ensure-helm] $*" >&2; }

if [[ -n "${HELM_BIN:-}" && -x "${HELM_BIN}" ]]; then
  echo "$HELM_BIN"
  exit 0
fi

local_dir="$root/.tools/helm-$HELM_VERSION-$BUILD_RECIPE"
if [[ -x "$local_dir/helm" ]]; then
  echo "$local_dir/helm"
  exit 0
fi

cache_root="${AGENTVAULT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/agentvault-tools}"
cache_dir="$cache_root/helm-$HELM_VERSION-$BUILD_RECIPE"
if [[ ! -x "$cache_dir/helm" ]]; then
  go_bin="$(command -v go || true)"
  [[ -z "$go_bin" && -x /usr/local/go/bin/go ]] && go_bin=/usr/local/go/bin/go
  if [[ -z "$go_bin" ]]; then
    log "Helm $HELM_VERSION is not cached and no Go toolchain was found (PATH or /usr/local/go/bin)"
    exit 1
  fi
  mkdir -p "$cache_root"
  # One builder at a time (parallel test runs, CI and a developer on one machine).
  exec 9>"$cache_root/.helm-$HELM_VERSION.lock"
  flock 9
  if [[ ! -x "$cache_dir/helm" ]]; then
    log "building Helm $HELM_VERSION with $("$go_bin" version | cut -d' ' -f3) (once; cached in $cache_dir)"
    started=$(date +%s)
    tmp="$(mktemp -d "$cache_root/.helm-build.XXXXXX")"
    # As Helm's Makefile does: its version, and the Kubernetes version `helm template` and
    # `helm lint` assume (.Capabilities.KubeVersion), taken from the client-go it is built with;
    # without these a `go install` build claims Kubernetes v1.20.
    gomod="$("$go_bin" mod download -json "helm.sh/helm/v3@$HELM_VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",*$/\1/p')"
    k8s_minor="$(sed -n 's/^[[:space:]]*k8s.io\/client-go v0\.\([0-9]*\)\..*/\1/p' "$gomod" | head -n1)"
    [[ -n "$k8s_minor" ]] || { log "cannot read the client-go version from $gomod"; exit 1; }
    ldflags="-s -w -X helm.sh/helm/v3/internal/version.version=$HELM_VERSION -X helm.sh/helm/v3/internal/version.gitTreeState=clean"
    for pkg in helm.sh/helm/v3/pkg/chartutil helm.sh/helm/v3/pkg/lint/rules; do
      ldflags+=" -X $pkg.k8sVersionMajor=1 -X $pkg.k8sVersionMinor=$k8s_minor"
    done
    if ! GOBIN="$tmp" GOFLAGS="-trimpath -buildvcs=false" CGO_ENABLED=0 \
      "$go_bin" install -ldflags "$ldflags" "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" >&2; then
      rm -rf "$tmp"
      log "go install helm.sh/helm/v3/cmd/helm@$HELM_VERSION failed"
      exit 1
    fi
    mkdir -p "$cache_dir"
    mv "$tmp/helm" "$cache_dir/helm"
    rm -rf "$tmp"
    log "built in $(( $(date +%s) - started ))s"
  fi
  flock -u 9
fi

mkdir -p "$root/.tools"
rm -rf "$local_dir"
ln -s "$cache_dir" "$local_dir"
echo "$local_dir/helm"
