import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { metricsRegistry } from './metrics.js';

/** One dependency `/ready` needs (the database, the bus, ...): resolves when it is reachable. */
export type ReadinessCheck = { name: string; check: () => Promise<void> };

export const DEFAULT_CHECK_TIMEOUT_MS = 2000;

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name || 'failed';
  const text = String(err);
  return text === '' ? 'failed' : text;
}

async function runCheck(check: ReadinessCheck, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs}ms`)), timeoutMs);
  });
  try {
    // Promise.resolve().then(...) also catches a check that throws before returning a promise.
    await Promise.race([Promise.resolve().then(() => check.check()), timeout]);
    return 'ok';
  } catch (err) {
    return errorMessage(err);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs every check at once, each bounded by `timeoutMs` (default 2 s), and answers what `/ready`
 * should: 200 `{status:"ready",checks:{name:"ok"}}` when all pass, else 503
 * `{status:"not_ready",checks:{name:"<error message>"}}`. No checks means ready.
 */
export async function readinessReport(
  checks: ReadinessCheck[],
  timeoutMs: number = DEFAULT_CHECK_TIMEOUT_MS,
): Promise<{ status: 200 | 503; body: { status: 'ready' | 'not_ready'; checks: Record<string, string> } }> {
  const results = await Promise.all(checks.map((c) => runCheck(c, timeoutMs)));
  const byName: Record<string, string> = {};
  checks.forEach((c, i) => {
    byName[c.name] = results[i];
  });
  const ready = results.every((r) => r === 'ok');
  return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'not_ready', checks: byName } };
}

export interface OpsHandlerOptions {
  checks: ReadinessCheck[];
  /** Per-check timeout for `/ready`; default 2 s. */
  timeoutMs?: number;
  logger?: Logger;
}

function send(res: ServerResponse, status: number, contentType: string, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown, extra?: Record<string, string>): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), extra);
}

const OPS_PATHS = new Set(['/health', '/ready', '/metrics']);

/**
 * A request handler for `/health`, `/ready` and `/metrics` that plain node:http servers and
 * express apps can share. Returns true if it took the request (and will answer it), false for
 * any other path, which the caller then handles:
 *
 * ```ts
 * const ops = createOpsHandler({ checks });
 * app.use((req, res, next) => { if (!ops(req, res)) next(); });
 * ```
 */
export function createOpsHandler(options: OpsHandlerOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { checks, logger } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
  let wasReady: boolean | undefined;

  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0].replace(/\/+$/, '') || '/';
    if (!OPS_PATHS.has(path)) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { status: 'method_not_allowed' }, { Allow: 'GET, HEAD' });
      return true;
    }
    switch (path) {
      case '/health':
        sendJson(res, 200, { status: 'ok' });
        break;
      case '/ready':
        readinessReport(checks, timeoutMs).then(
          ({ status, body }) => {
            const ready = status === 200;
            // Log transitions only: probes hit this every few seconds.
            if (ready !== wasReady) {
              if (ready) logger?.info({ checks: body.checks }, 'ready');
              else logger?.warn({ checks: body.checks }, 'not ready');
              wasReady = ready;
            }
            sendJson(res, status, body);
          },
          (err: unknown) => sendJson(res, 500, { status: 'error', message: errorMessage(err) }),
        );
        break;
      case '/metrics':
        metricsRegistry.metrics().then(
          (text) => send(res, 200, metricsRegistry.contentType, text),
          (err: unknown) => {
            logger?.error({ err }, 'collecting metrics failed');
            sendJson(res, 500, { status: 'error', message: errorMessage(err) });
          },
        );
        break;
    }
    return true;
  };
}

export interface OpsServerOptions {
  /** 0 picks a free port; the bound one is returned. */
  port: number;
  /** Interface to bind; default all interfaces (probes come from outside the pod). */
  host?: string;
  checks: ReadinessCheck[];
  /** Per-check timeout for `/ready`; default 2 s. */
  timeoutMs?: number;
  logger?: Logger;
}

/**
 * A small HTTP server for processes with no HTTP API of their own: GET `/health`, `/ready`
 * and `/metrics` (see {@link createOpsHandler}); 404 for anything else. Resolves once listening.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<{ port: number; close(): Promise<void> }> {
  const handle = createOpsHandler(options);
  const server = createServer((req, res) => {
    if (!handle(req, res)) sendJson(res, 404, { status: 'not_found' });
  });
  // Probes and scrapers hold keep-alive connections; don't let one idle socket pin the process.
  server.keepAliveTimeout = 5000;

  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  server.on('error', (err) => options.logger?.error({ err }, 'ops server error'));

  const port = (server.address() as AddressInfo).port;
  options.logger?.info({ port, host: options.host ?? '*' }, 'ops server listening');

  let closing: Promise<void> | undefined;
  return {
    port,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        // close() waits for open connections: drop the idle keep-alive ones now, and give a
        // request in flight (a /ready running its checks) until its checks would time out.
        const force = setTimeout(() => server.closeAllConnections(), (options.timeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS) + 500);
        force.unref();
        server.close((err) => {
          clearTimeout(force);
          if (err) reject(err);
          else resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
