import http from 'node:http';
import https from 'node:https';
import { lookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import CircuitBreaker from 'opossum';
import { validationError } from '@agentvault/errors';
import { hostOf, resolveTarget, TargetRefused, type ResolvedAddress, type Resolver } from '@agentvault/webhooks/targets';
import type { ForwardRequest, ForwardResult, Forwarder } from '../domain/ports.js';

export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

export interface HttpForwarderOptions {
  allowPrivateEndpoints: boolean;
  maxResponseBytes: number;
  resolver?: Resolver;
  /** Per provider host: opens after `volumeThreshold` calls in the window, `errorThresholdPercentage` of them unanswered. */
  breaker?: { volumeThreshold?: number; errorThresholdPercentage?: number; resetTimeoutMs?: number; rollingWindowMs?: number };
}

interface Answer {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

class Unanswered extends Error {
  constructor(readonly kind: 'unreachable' | 'timeout', message: string) {
    super(message);
  }
}

/** Breakers are kept for this many hosts at most (the least recently used go first). */
const MAX_BREAKERS = 1000;

function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as LookupFunction;
}

/**
 * Proxied calls over node:http(s), with the webhooks' endpoint guard: every address the host
 * resolves to must be public (unless private endpoints are allowed), and the connection is pinned
 * to the address that was checked (no DNS rebinding). One deadline covers resolving, connecting,
 * sending and the whole answer; no redirect is followed; an answer larger than the limit is
 * refused. An opossum breaker per provider host opens on calls that got no answer at all.
 */
export class HttpForwarder implements Forwarder {
  private readonly resolver: Resolver;
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;
  private readonly breakers = new Map<string, CircuitBreaker<[URL, ResolvedAddress, ForwardRequest, AbortSignal], Answer>>();

  constructor(private readonly options: HttpForwarderOptions) {
    this.resolver = options.resolver ?? systemResolver;
    const agentOptions = { keepAlive: true, maxSockets: 64, timeout: 4000, scheduling: 'lifo' as const };
    this.httpAgent = new http.Agent(agentOptions);
    this.httpsAgent = new https.Agent(agentOptions);
  }

  async checkEndpoint(url: URL): Promise<void> {
    try {
      await resolveTarget(url, this.resolver, this.options.allowPrivateEndpoints);
    } catch (err) {
      if (err instanceof TargetRefused) throw validationError(`endpoint refused: ${err.message}`, 'endpoint');
      throw validationError(`endpoint host could not be resolved: ${(err as Error).message}`, 'endpoint');
    }
  }

  async forward(request: ForwardRequest): Promise<ForwardResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Unanswered('timeout', `no answer within ${request.timeoutMs} ms`)), request.timeoutMs);
    try {
      let addresses: ResolvedAddress[];
      try {
        addresses = await resolveTarget(request.url, this.resolver, this.options.allowPrivateEndpoints);
      } catch (err) {
        return { kind: 'refused', error: err instanceof TargetRefused ? `endpoint refused: ${err.message}` : `cannot resolve the endpoint: ${(err as Error).message}`, latencyMs: elapsed() };
      }
      const answer = await this.breakerFor(request.url).fire(request.url, addresses[0]!, request, controller.signal);
      return { kind: 'answered', ...answer, latencyMs: elapsed() };
    } catch (err) {
      if (controller.signal.aborted) return { kind: 'timeout', error: `no answer within ${request.timeoutMs} ms`, latencyMs: elapsed() };
      const code = (err as NodeJS.ErrnoException)?.code;
      if (code === 'EOPENBREAKER') return { kind: 'unreachable', error: 'circuit open: recent calls to this provider got no answer', latencyMs: elapsed() };
      const message = err instanceof Error ? err.message : String(err);
      return { kind: err instanceof Unanswered ? err.kind : 'unreachable', error: code && !message.includes(code) ? `${message} (${code})` : message, latencyMs: elapsed() };
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
    this.breakers.clear();
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }

  private breakerFor(url: URL) {
    const key = `${url.protocol}//${url.host}`;
    let breaker = this.breakers.get(key);
    if (breaker) {
      this.breakers.delete(key); // most recently used last
      this.breakers.set(key, breaker);
      return breaker;
    }
    const settings = this.options.breaker ?? {};
    breaker = new CircuitBreaker<[URL, ResolvedAddress, ForwardRequest, AbortSignal], Answer>((u, target, request, signal) => this.send(u, target, request, signal), {
      name: key,
      timeout: false, // every call has its own deadline
      volumeThreshold: settings.volumeThreshold ?? 10,
      errorThresholdPercentage: settings.errorThresholdPercentage ?? 50,
      resetTimeout: settings.resetTimeoutMs ?? 30_000,
      rollingCountTimeout: settings.rollingWindowMs ?? 10_000,
    });
    this.breakers.set(key, breaker);
    if (this.breakers.size > MAX_BREAKERS) {
      const [oldestKey, oldest] = this.breakers.entries().next().value as [string, CircuitBreaker];
      oldest.shutdown();
      this.breakers.delete(oldestKey);
    }
    return breaker;
  }

  private send(url: URL, target: ResolvedAddress, request: ForwardRequest, signal: AbortSignal): Promise<Answer> {
    const secure = url.protocol === 'https:';
    const limit = this.options.maxResponseBytes;
    return new Promise<Answer>((resolve, reject) => {
      const req = (secure ? https : http).request(
        {
          protocol: url.protocol,
          hostname: hostOf(url),
          port: url.port || (secure ? 443 : 80),
          path: `${url.pathname}${url.search}`,
          method: request.method,
          headers: { ...request.headers, 'content-length': String(request.body.length) },
          agent: secure ? this.httpsAgent : this.httpAgent,
          lookup: pinnedLookup(target),
          signal,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > limit) {
              res.destroy();
              reject(new Unanswered('unreachable', `the provider's answer exceeds ${limit} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          res.on('end', () => {
            const headers: [string, string][] = [];
            for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
            resolve({ status: res.statusCode ?? 502, headers, body: Buffer.concat(chunks) });
          });
          res.on('error', (err) => reject(err));
          res.on('aborted', () => reject(new Unanswered('unreachable', 'the provider closed the connection mid-answer')));
        },
      );
      req.on('error', (err) => reject(err));
      req.end(request.body);
    });
  }
}
