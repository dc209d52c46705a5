import http from 'node:http';
import https from 'node:https';
import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import CircuitBreaker from 'opossum';
import { RESPONSE_EXCERPT_BYTES, type AttemptResult } from '../domain/model.js';
import type { OutboundRequest, Transport } from '../domain/ports.js';
import { hostOf, resolveTarget, TargetRefused, type ResolvedAddress, type Resolver } from '../domain/targets.js';

/** Every address of a host, IPv4 and IPv6, as the system resolver gives them. */
export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

export interface HttpTransportOptions {
  allowPrivateTargets: boolean;
  resolver?: Resolver;
  /** Connections kept per receiver host; default 32. */
  maxSocketsPerHost?: number;
  /**
   * Per receiver host (scheme, host, port): after `volumeThreshold` attempts in `rollingWindowMs` of
   * which at least `errorThresholdPercentage` got no answer at all (timeout, refused, reset), attempts
   * to that host fail at once for `resetTimeoutMs`, then one is let through to probe. Answers of any
   * status count as healthy: a 500 is the receiver's business, a hang is everyone's (it holds a slot).
   */
  breaker?: { volumeThreshold?: number; errorThresholdPercentage?: number; resetTimeoutMs?: number; rollingWindowMs?: number };
}

type Post = (url: URL, target: ResolvedAddress, request: OutboundRequest, signal: AbortSignal) => Promise<RawResponse>;

/** Breakers are kept for this many hosts at most (the least recently used go first). */
const MAX_BREAKERS = 1000;

/** Connects to the address the guard approved, whatever the host resolves to by then (no DNS rebinding). */
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
}

interface RawResponse {
  status: number;
  excerpt: string;
}

class TimeoutError extends Error {}

/**
 * Webhook attempts over node:http(s): one POST of the exact body, the SSRF guard on every
 * attempt (each resolved address checked, the connection pinned to the checked address), no
 * redirects followed, one deadline over resolving, connecting, sending and the answer's head,
 * and only the first RESPONSE_EXCERPT_BYTES of the answer read.
 */
export class HttpTransport implements Transport {
  private readonly resolver: Resolver;
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;
  private readonly breakers = new Map<string, CircuitBreaker<Parameters<Post>, RawResponse>>();

  constructor(private readonly options: HttpTransportOptions) {
    this.resolver = options.resolver ?? systemResolver;
    const agentOptions = { keepAlive: true, maxSockets: options.maxSocketsPerHost ?? 32, timeout: 4000, scheduling: 'lifo' as const };
    this.httpAgent = new http.Agent(agentOptions);
    this.httpsAgent = new https.Agent(agentOptions);
  }

  close(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
    this.breakers.clear();
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  async send(request: OutboundRequest): Promise<AttemptResult> {
    const started = performance.now();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new TimeoutError(`timed out after ${request.timeoutMs} ms`)), request.timeoutMs);
    const onOuterAbort = () => controller.abort(new Error('aborted: the service is shutting down'));
    if (request.signal?.aborted) onOuterAbort();
    else request.signal?.addEventListener('abort', onOuterAbort, { once: true });
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const url = new URL(request.url);
      const addresses = await abortable(resolveTarget(url, this.resolver, this.options.allowPrivateTargets), controller.signal);
      const response = await this.breakerFor(url).fire(url, addresses[0]!, request, controller.signal);
      const redirect = response.status >= 300 && response.status < 400;
      return {
        responseStatus: response.status,
        responseExcerpt: response.excerpt,
        error: redirect ? `HTTP ${response.status}: redirects are not followed` : null,
        durationMs: elapsed(),
      };
    } catch (err) {
      return { responseStatus: null, responseExcerpt: null, error: describe(err, controller.signal), durationMs: elapsed() };
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onOuterAbort);
    }
  }

  private breakerFor(url: URL): CircuitBreaker<Parameters<Post>, RawResponse> {
    const key = `${url.protocol}//${url.host}`;
    let breaker = this.breakers.get(key);
    if (breaker) {
      this.breakers.delete(key); // most recently used last
      this.breakers.set(key, breaker);
      return breaker;
    }
    const settings = this.options.breaker ?? {};
    breaker = new CircuitBreaker<Parameters<Post>, RawResponse>((u, target, request, signal) => this.postOnce(u, target, request, signal), {
      name: key,
      timeout: false, // every attempt has its own deadline
      volumeThreshold: settings.volumeThreshold ?? 5,
      errorThresholdPercentage: settings.errorThresholdPercentage ?? 50,
      resetTimeout: settings.resetTimeoutMs ?? 30_000,
      rollingCountTimeout: settings.rollingWindowMs ?? 10_000,
      // An attempt abandoned because this process is stopping says nothing about the host.
      errorFilter: (err: { shutdown?: boolean }) => err?.shutdown === true,
    });
    this.breakers.set(key, breaker);
    if (this.breakers.size > MAX_BREAKERS) {
      const [oldestKey, oldest] = this.breakers.entries().next().value as [string, CircuitBreaker];
      oldest.shutdown();
      this.breakers.delete(oldestKey);
    }
    return breaker;
  }

  /** One POST; a kept-alive connection the receiver had already closed is retried once on a fresh one. */
  private async postOnce(url: URL, target: ResolvedAddress, request: OutboundRequest, signal: AbortSignal): Promise<RawResponse> {
    try {
      return await this.post(url, target, request, signal, false);
    } catch (err) {
      if ((err as { reusedSocket?: boolean }).reusedSocket && !signal.aborted) return this.post(url, target, request, signal, true);
      if (request.signal?.aborted) Object.assign(err as object, { shutdown: true });
      throw err;
    }
  }

  private post(url: URL, target: ResolvedAddress, request: OutboundRequest, signal: AbortSignal, fresh: boolean): Promise<RawResponse> {
    const secure = url.protocol === 'https:';
    const body = Buffer.from(request.body, 'utf8');
    return new Promise<RawResponse>((resolve, reject) => {
      const req = (secure ? https : http).request(
        {
          protocol: url.protocol,
          hostname: hostOf(url),
          port: url.port || (secure ? 443 : 80),
          path: `${url.pathname}${url.search}`,
          method: 'POST',
          headers: { ...request.headers, 'content-length': String(body.length) },
          agent: fresh ? false : secure ? this.httpsAgent : this.httpAgent,
          lookup: pinnedLookup(target),
          signal,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          let done = false;
          const finish = (cut: boolean) => {
            if (done) return;
            done = true;
            resolve({ status: res.statusCode ?? 0, excerpt: Buffer.concat(chunks).toString('utf8') });
            if (cut) res.destroy();
          };
          res.on('data', (chunk: Buffer) => {
            if (done) return;
            const room = RESPONSE_EXCERPT_BYTES - size;
            if (room > 0) {
              chunks.push(chunk.subarray(0, room));
              size += Math.min(room, chunk.length);
            }
            if (size >= RESPONSE_EXCERPT_BYTES) finish(true);
          });
          res.on('end', () => finish(false));
          // The status is what counts; a body cut short by the deadline does not undo it.
          res.on('error', () => finish(false));
          res.on('close', () => finish(false));
        },
      );
      req.on('error', (err) => reject(Object.assign(err, { reusedSocket: req.reusedSocket && (err as NodeJS.ErrnoException).code === 'ECONNRESET' })));
      req.end(body);
    });
  }
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

function describe(err: unknown, signal: AbortSignal): string {
  if (signal.aborted && signal.reason instanceof Error) return signal.reason.message;
  if (err instanceof TargetRefused) return `target refused: ${err.message}`;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EOPENBREAKER') return 'circuit open: recent attempts to this host got no answer; not trying it for a while';
  const message = err instanceof Error ? err.message : String(err);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}
