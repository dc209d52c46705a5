import { randomUUID } from 'node:crypto';
import { DomainError, type ErrorKind } from '@agentvault/errors';
import { trimBase, WELL_KNOWN } from './card.js';
import { PeerUnavailable } from './peer-service.js';
import type { PeerTransport } from './ports.js';
import { sha256Hex } from './canonical.js';
import { verifyRegistryResponse, type SignedResponse } from './request-signature.js';
import type { Jwks } from './signing-keys.js';

/** Where a parent takes its satellites' ledger calls (registry-authenticated). */
export const SATELLITE_LEDGER_PATH = '/api/v1/internal/federation/satellite/ledger';

export interface ParentLedgerLinkOptions {
  parentUrl: string;
  /** Deadline of one attempt. */
  attemptTimeoutMs: number;
  /** Attempts per call while the parent does not answer (each with the same idempotency key). */
  attempts: number;
  /** What a 503 tells the caller to wait before trying again. */
  retryAfterSeconds: number;
  /** The parent's registry keys, to check that an answer is its own; `refresh` after a key it does not know. */
  parentJwks(options: { refresh: boolean }): Promise<Jwks | null>;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** How long the parent's public facts (fee settings, ledger head) are reused. */
const PUBLIC_FACTS_TTL_MS = 5000;

/** The breaker key of the parent in the transport. */
const PARENT = 'parent';

const KIND_OF_STATUS: Record<number, ErrorKind> = {
  400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'payload_too_large',
  415: 'unsupported_media_type', 422: 'validation_error', 429: 'rate_limit_exceeded',
};

interface Problem {
  error?: { detail?: string; type?: string; code?: string; field?: string; context?: Record<string, unknown> };
  detail?: string;
}

/**
 * The satellite's end of the link: a ledger call becomes a signed POST to the parent. A call the
 * parent does not answer is tried again with the same idempotency key (the parent's ledger runs
 * a key once), and after the last attempt the caller gets a 503 with Retry-After: never a guess
 * at a balance.
 */
export class ParentLedgerLink {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;
  private readonly publicFacts = new Map<string, { value: unknown; at: number }>();

  constructor(
    private readonly transport: PeerTransport,
    private readonly options: ParentLedgerLinkOptions,
  ) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.now = options.now ?? Date.now;
  }

  get parentUrl(): string {
    return trimBase(this.options.parentUrl);
  }

  /** One ledger call on the parent; `key` names the movement on the link (a fresh one when the call carries none). */
  async call(method: string, request: Record<string, unknown>, key: string = linkKeyOf(method, request)): Promise<unknown> {
    const url = `${this.parentUrl}${SATELLITE_LEDGER_PATH}`;
    let last: PeerUnavailable | undefined;
    for (let attempt = 0; attempt < this.options.attempts; attempt++) {
      if (attempt > 0) await this.sleep(100 * attempt);
      try {
        const response = await this.transport.signedRequest<unknown>(PARENT, { method: 'POST', url, body: { method, request, idempotency_key: key }, timeoutMs: this.options.attemptTimeoutMs });
        if (response.status === 200 && response.body !== null) {
          if (!(await this.authentic({ status: response.status, headers: response.headers, body: response.rawBody }))) {
            throw this.unavailable('its answer does not carry the parent registry’s signature');
          }
          return response.body;
        }
        throw this.refusal(response.status, response.body as Problem | null);
      } catch (err) {
        if (!(err instanceof PeerUnavailable)) throw err;
        last = err;
        // An open circuit fails fast: no point waiting out the other attempts.
        if (err.outcome === 'circuit_open') break;
      }
    }
    throw this.unavailable(last?.message ?? 'no answer');
  }

  /** A public fact of the parent (no signature needed): its fee settings. */
  async feeConfig(): Promise<{ fee_active: boolean; transfer_fee_amount: string; fee_collection_address: string }> {
    const body = await this.publicJson<{ fee_active?: boolean; transfer_fee_amount?: string; fee_collection_address?: string }>('/api/v1/teg/fees/config');
    return { fee_active: body.fee_active === true, transfer_fee_amount: body.transfer_fee_amount ?? '0', fee_collection_address: body.fee_collection_address ?? '' };
  }

  /** The head of the parent's ledger chain, as its signed card shows it. */
  async chainHead(): Promise<{ seq: string; hash: string }> {
    const card = await this.publicJson<{ commitments?: { ledger_head?: { seq?: string; hash?: string } | null } }>(WELL_KNOWN.card);
    const head = card.commitments?.ledger_head;
    return { seq: head?.seq ?? '0', hash: head?.hash ?? '' };
  }

  /**
   * A public document of the parent, kept for a few seconds: every build of our card asks for
   * these, and a peer fetching our card should not wait on two round trips to the parent. While
   * the parent cannot be reached the last copy serves (they are commitments and settings, not
   * balances); without one, a 503.
   */
  private async publicJson<T>(path: string): Promise<T> {
    const kept = this.publicFacts.get(path) as { value: T; at: number } | undefined;
    if (kept && this.now() - kept.at < PUBLIC_FACTS_TTL_MS) return kept.value;
    try {
      const result = await this.transport.getJson<T>(`${this.parentUrl}${path}`, { timeoutMs: this.options.attemptTimeoutMs });
      if (result.status !== 200 || !result.body) throw new PeerUnavailable('refused', `${path} answered ${result.status}`);
      this.publicFacts.set(path, { value: result.body, at: this.now() });
      return result.body;
    } catch (err) {
      if (!(err instanceof PeerUnavailable)) throw err;
      if (kept) return kept.value;
      throw this.unavailable(err.message);
    }
  }

  /** An answer counts only if the parent signed it (RFC 9421 over @status and Content-Digest): a balance is never taken on trust. */
  private async authentic(response: SignedResponse): Promise<boolean> {
    const check = async (refresh: boolean) => {
      const jwks = await this.options.parentJwks({ refresh });
      return !!jwks && (await verifyRegistryResponse(response, jwks, this.parentUrl));
    };
    return (await check(false)) || check(true);
  }

  private refusal(status: number, problem: Problem | null): DomainError {
    const kind = KIND_OF_STATUS[status];
    const detail = problem?.error?.detail ?? problem?.detail ?? `the parent registry answered ${status}`;
    // Our own standing with the parent (not yet approved, a signature it cannot check) is not the caller's fault.
    if (!kind || status === 401) return this.unavailable(`the parent registry refused this satellite: ${detail}`);
    return new DomainError(kind, detail, { code: problem?.error?.code, field: problem?.error?.field, context: problem?.error?.context });
  }

  private unavailable(why: string): DomainError {
    return new DomainError('service_unavailable', `The parent registry's ledger cannot be reached (${why}); nothing was changed that a retry would repeat`, {
      code: 'SERVICE_UNAVAILABLE',
      context: { retry_after: this.options.retryAfterSeconds, parent_registry: this.parentUrl },
    });
  }
}

/**
 * The link key of a call: derived from what already names the movement (its Idempotency-Key, its
 * lock or hold reference, its penalty key), so a retry of the whole call reuses it; a fresh one
 * otherwise (then the satellite's own retries of this one call still share it).
 */
export function linkKeyOf(method: string, request: Record<string, unknown>): string {
  const idempotency = request.idempotency as { scope?: string; key?: string } | null | undefined;
  if (idempotency?.key) return sha256Hex(`${method}\n${idempotency.scope ?? ''}\n${idempotency.key}`);
  for (const field of ['reference', 'key', 'hold_id', 'pledge_id']) {
    const value = request[field];
    if (typeof value === 'string' && value) return sha256Hex(`${method}\n${field}\n${value}`);
  }
  return randomUUID();
}
