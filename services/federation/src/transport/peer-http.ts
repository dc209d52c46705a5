import { lookup } from 'node:dns/promises';
import CircuitBreaker from 'opossum';
import { assertPeerReachable, type Resolver } from '../domain/peer-url.js';
import { PeerUnavailable } from '../domain/peer-service.js';
import type { PeerFetchResult, PeerTransport } from '../domain/ports.js';
import { signRegistryRequest } from '../domain/request-signature.js';
import type { RegistrySigningKey } from '../domain/signing-keys.js';

export const systemResolver: Resolver = async (host) => (await lookup(host, { all: true })).map((a) => a.address);

export interface PeerHttpOptions {
  allowPrivatePeers: boolean;
  ownBaseUrl: () => string;
  signingKey(): Promise<RegistrySigningKey>;
  resolve?: Resolver;
  /** Failures in a row (within the breaker's window) that open a peer's circuit. */
  breakerVolumeThreshold?: number;
  breakerResetMs?: number;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** HTTP to peer registries: each call has a deadline, passes the SSRF guard, and goes through the peer's circuit breaker. */
export class PeerHttpTransport implements PeerTransport {
  private readonly breakers = new Map<string, CircuitBreaker<[string, RequestInit, number], RawResponse>>();
  private readonly resolve: Resolver;

  constructor(private readonly options: PeerHttpOptions) {
    this.resolve = options.resolve ?? systemResolver;
  }

  async getJson<T>(url: string, options: { ifNoneMatch?: string | null; timeoutMs?: number } = {}): Promise<PeerFetchResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.ifNoneMatch) headers['if-none-match'] = options.ifNoneMatch;
    const response = await this.send(new URL(url).origin, url, { method: 'GET', headers }, options.timeoutMs ?? 5000);
    return { status: response.status, etag: response.headers['etag'] ?? null, body: response.status === 200 ? parseJson<T>(response.text) : null };
  }

  async signedRequest<T>(peerKey: string, request: { method: 'GET' | 'POST'; url: string; body?: unknown; timeoutMs: number }) {
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const signed = await signRegistryRequest(
      { method: request.method, url: request.url, headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' }, body },
      await this.options.signingKey(),
      this.options.ownBaseUrl(),
    );
    const response = await this.send(peerKey, request.url, { method: request.method, headers: signed.headers, body }, request.timeoutMs);
    return { status: response.status, body: parseJson<T>(response.text), rawBody: response.text, headers: response.headers };
  }

  private breaker(key: string) {
    let breaker = this.breakers.get(key);
    if (!breaker) {
      breaker = new CircuitBreaker((url: string, init: RequestInit, timeoutMs: number) => this.fetchOnce(url, init, timeoutMs), {
        // The deadline is the caller's; the breaker only counts failures.
        timeout: false,
        errorThresholdPercentage: 50,
        volumeThreshold: this.options.breakerVolumeThreshold ?? 3,
        resetTimeout: this.options.breakerResetMs ?? 30_000,
      });
      this.breakers.set(key, breaker);
    }
    return breaker;
  }

  private async send(key: string, url: string, init: RequestInit, timeoutMs: number): Promise<RawResponse> {
    await assertPeerReachable(new URL(url), this.resolve, this.options.allowPrivatePeers);
    const breaker = this.breaker(key);
    try {
      return await breaker.fire(url, init, timeoutMs);
    } catch (err) {
      if (breaker.opened && (err as { code?: string }).code === 'EOPENBREAKER') throw new PeerUnavailable('circuit_open', `the circuit to ${new URL(url).origin} is open`);
      if (err instanceof PeerUnavailable) throw err;
      throw new PeerUnavailable('unavailable', (err as Error).message);
    }
  }

  private async fetchOnce(url: string, init: RequestInit, timeoutMs: number): Promise<RawResponse> {
    let response: Response;
    try {
      response = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
    } catch (err) {
      const name = (err as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') throw new PeerUnavailable('timeout', `${new URL(url).origin} did not answer within ${timeoutMs} ms`);
      throw new PeerUnavailable('unavailable', `${new URL(url).origin}: ${(err as Error).message}`);
    }
    const text = await response.text();
    if (response.status >= 500) throw new PeerUnavailable('unavailable', `${new URL(url).origin} answered ${response.status}`);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    return { status: response.status, headers, text };
  }

  close() {
    for (const breaker of this.breakers.values()) breaker.shutdown();
  }
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}
