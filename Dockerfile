# syntax=docker/dockerfile:1
#
# AgentVault: one program, one image. The entrypoint is the `agentvault` program; the argument
# picks what it runs:
#
#   docker build -t agentvault .
#   docker run --rm -p 8080:8080 agentvault                    # every service, embedded database
#   docker run --rm agentvault --target=identity               # one service (Kubernetes does this)
#   docker run --rm -e DATABASE_URL=... agentvault migrate     # apply every migration and exit
#
# The program runs its TypeScript sources through tsx (a production dependency), so the image
# holds the workspace sources and production node_modules; no compile step, no dev dependencies.
# Non-root (uid 10001), and nothing under /app is writable: tsx's cache and the embedded data
# go to /tmp and /data, so the root filesystem can be mounted read-only (the Helm chart does).

ARG NODE_VERSION=20.20.2
# Pin by digest in release builds: --build-arg NODE_IMAGE=node:20.20.2-bookworm-slim@sha256:...
ARG NODE_IMAGE=node:${NODE_VERSION}-bookworm-slim

# ── build: production dependencies from the lockfile ────────────────────────────────────────
FROM ${NODE_IMAGE} AS build
ARG PNPM_VERSION=10.34.9
ENV CI=true
RUN npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}"
WORKDIR /src
# The lockfile alone decides what is fetched: this layer is reused until it changes.
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
RUN --mount=type=cache,id=agentvault-pnpm-store,target=/pnpm-store \
    pnpm fetch --prod --store-dir /pnpm-store
COPY . .
# Then a smoke check: every module of every service resolves (the program imports them all
# before it parses its arguments).
RUN --mount=type=cache,id=agentvault-pnpm-store,target=/pnpm-store \
    pnpm install --offline --frozen-lockfile --prod --store-dir /pnpm-store \
 && chmod 0755 packages/cli/bin/agentvault.js \
 && node packages/cli/bin/agentvault.js --help >/dev/null \
 && rm -rf /tmp/tsx-*

# ── runtime ─────────────────────────────────────────────────────────────────────────────────
FROM ${NODE_IMAGE} AS runtime
# Only the node binary is needed: no npm, npx, corepack or yarn (smaller, fewer CVEs).
RUN rm -rf /usr/local/lib/node_modules /usr/local/bin/npm /usr/local/bin/npx \
      /usr/local/bin/corepack /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-* \
 && groupadd --system --gid 10001 agentvault \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin agentvault \
 && mkdir -p /data && chown 10001:10001 /data
WORKDIR /app
# Owned by root, read-only for the program's user.
COPY --from=build /src /app
RUN ln -s /app/packages/cli/bin/agentvault.js /usr/local/bin/agentvault
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=8080 \
    OPS_PORT=9090
USER 10001:10001
# The gateway's HTTP, the ops server, and the range of every service's conventional gRPC port
# (packages/contracts: defaultPort); a new service takes the next one, with no edit here.
EXPOSE 8080 9090 50051-50069
# node runs as PID 1 and handles SIGTERM itself (graceful shutdown); no init needed.
ENTRYPOINT ["agentvault"]
CMD ["--target=all"]
