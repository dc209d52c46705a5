import { randomUUID } from 'node:crypto';
import { DomainError, validationError } from '@agentvault/errors';
import { formatAmount, type Amount } from '@agentvault/ledger/amount';
import type { Actor, Usage } from './model.js';
import type { AgentDirectory, Forwarder, ForwardResult, LedgerPort, MarketplaceUnitOfWork } from './ports.js';
import { actingAgent, listingNotFound } from './rules.js';

export const PROXY_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Request headers passed on to the provider; credentials and hop-by-hop headers never are. */
const FORWARDED_REQUEST_HEADERS = new Set(['accept', 'accept-language', 'content-type', 'if-none-match', 'if-match', 'user-agent']);
/** Answer headers not passed back: hop-by-hop, cookies, and the ones we set ourselves. */
const DROPPED_ANSWER_HEADERS = new Set([
  'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade',
  'content-length', 'set-cookie', 'date', 'server', 'access-control-allow-origin', 'access-control-allow-credentials',
  'content-security-policy', 'x-content-type-options', 'strict-transport-security',
]);

export interface ProxyInput {
  serviceId: string;
  buyer: Actor;
  buyerDid?: string;
  method: string;
  path: string;
  query: string;
  headers: [string, string][];
  body: Buffer;
}

export interface ProxyAnswer {
  status: number;
  headers: [string, string][];
  body: Buffer;
  usageId: string;
  amount: Amount;
  freeTier: boolean;
  latencyMs: number;
}

export interface ProxySettings {
  timeoutMs: number;
  commissionBps: number;
}

export const holdReference = (usageId: string) => `marketplace:${usageId}`;

export function commissionOf(amount: Amount, bps: number): Amount {
  return (amount * BigInt(bps)) / 10_000n;
}

/** The path under the endpoint: no dot segments (they would climb out of it), no empty segments. */
export function targetUrl(endpoint: string, path: string, query: string): URL {
  const base = new URL(endpoint);
  const segments = path.split('/').filter((s) => s !== '');
  for (const segment of segments) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw validationError('path is not valid percent-encoding', 'path');
    }
    if (decoded === '.' || decoded === '..' || decoded.includes('/') || decoded.includes('\\')) throw validationError('path must not contain dot segments', 'path');
  }
  const joined = [base.pathname.replace(/\/+$/, ''), ...segments].join('/');
  base.pathname = segments.length === 0 && base.pathname !== '/' ? base.pathname : joined || '/';
  if (query) {
    const extra = new URLSearchParams(query);
    for (const [k, v] of extra) base.searchParams.append(k, v);
  }
  return base;
}

/**
 * The paying proxy. A paid call holds its price on the buyer's account (reference derived from
 * the usage id) before it is forwarded; an answer (< 500) is recorded as charged, with the hold
 * left for the provider's settlement to post; anything else voids it. The record is written
 * before the answer is returned, so a crash after it keeps the charge, and a crash before it
 * leaves an in-flight call that the recovery pass fails and whose hold it gives back.
 */
export class ProxyService {
  constructor(
    private readonly uow: MarketplaceUnitOfWork,
    private readonly agents: AgentDirectory,
    private readonly ledger: LedgerPort,
    private readonly forwarder: Forwarder,
    private readonly settings: ProxySettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async call(input: ProxyInput): Promise<ProxyAnswer> {
    const method = input.method.toUpperCase();
    if (!(PROXY_METHODS as readonly string[]).includes(method)) throw validationError(`method must be one of ${PROXY_METHODS.join(', ')}`, 'method');
    const listing = await this.uow.read.listings.get(input.serviceId);
    if (!listing || listing.status === 'removed') throw listingNotFound(input.serviceId);
    if (listing.status !== 'active') throw new DomainError('conflict', `Service ${listing.id} is paused`, { code: 'SERVICE_PAUSED' });
    const url = targetUrl(listing.endpoint, input.path, input.query);
    const buyerDid = await actingAgent(input.buyer, input.buyerDid, this.agents, 'buyer_did');
    if (buyerDid === listing.providerDid) throw new DomainError('validation_error', 'A provider cannot buy its own service', { code: 'SELF_TRANSFER', field: 'service_id' });

    const usageId = randomUUID();
    const freeTier = listing.freeTierCalls > 0 && (await this.uow.read.freeTier.claim(listing.id, buyerDid, listing.freeTierCalls));
    const amount = freeTier ? 0n : listing.pricePerCall;
    const commission = commissionOf(amount, this.settings.commissionBps);
    const usage: Usage = {
      id: usageId, serviceId: listing.id, buyerDid, providerDid: listing.providerDid, status: 'in_flight', freeTier, amount, commission,
      method, path: (url.pathname + url.search).slice(0, 2048), responseStatus: null, latencyMs: null, error: null, holdId: null,
      holdState: amount > 0n ? 'placing' : 'none', settlementId: null, createdAt: this.now(), finishedAt: null,
    };
    await this.uow.read.usage.insert(usage);

    if (amount > 0n) {
      try {
        const hold = await this.ledger.placeHold({
          payerDid: buyerDid, receiverDid: listing.providerDid, amount, reference: holdReference(usageId), purpose: `marketplace call to ${listing.id}`,
        });
        await this.uow.read.usage.setHold(usageId, hold.holdId);
        usage.holdId = hold.holdId;
      } catch (err) {
        // Refused (funds, suspension): nothing is held. A transport failure may have left one: the recovery pass looks.
        const refused = err instanceof DomainError && err.kind !== 'service_unavailable' && err.kind !== 'internal_server_error';
        await this.uow.read.usage.finish(usageId, {
          status: 'failed', amount: 0n, commission: 0n, responseStatus: null, latencyMs: 0, error: `hold refused: ${(err as Error).message}`.slice(0, 500),
          holdState: refused ? 'none' : 'releasing', at: this.now(),
        });
        throw err;
      }
    }

    const headers: Record<string, string> = {};
    for (const [name, value] of input.headers) if (FORWARDED_REQUEST_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
    headers['x-agentvault-buyer-did'] = buyerDid;
    headers['x-agentvault-usage-id'] = usageId;
    headers['x-agentvault-service-id'] = listing.id;
    const result = await this.forwarder.forward({ url, method, headers, body: input.body, timeoutMs: this.settings.timeoutMs });
    return this.finish(usage, result);
  }

  private async finish(usage: Usage, result: ForwardResult): Promise<ProxyAnswer> {
    const charged = result.kind === 'answered' && result.status < 500;
    const amount = charged ? usage.amount : 0n;
    const commission = charged ? usage.commission : 0n;
    const held = usage.holdState !== 'none';
    const ended = await this.uow.run(async (repos) => {
      const done = await repos.usage.finish(usage.id, {
        status: charged ? 'completed' : 'failed', amount, commission,
        responseStatus: result.kind === 'answered' ? result.status : null, latencyMs: result.latencyMs,
        error: result.kind === 'answered' ? (charged ? null : `provider answered ${result.status}`) : result.error.slice(0, 500),
        holdState: !held ? 'none' : charged ? 'held' : 'releasing', at: this.now(),
      });
      if (!done) return false;
      if (usage.freeTier && !charged) await repos.freeTier.release(usage.serviceId, usage.buyerDid);
      await repos.outbox.emit({
        type: 'service.called', subject: usage.providerDid,
        data: {
          usage_id: usage.id, service_id: usage.serviceId, agent_did: usage.providerDid, buyer_agent_did: usage.buyerDid,
          status: charged ? 'completed' : 'failed', response_status: result.kind === 'answered' ? result.status : null,
          free_tier: usage.freeTier, amount: formatAmount(amount), latency_ms: result.latencyMs,
        },
      });
      return true;
    });
    // The recovery pass gave this call up while it was still running (a very slow ledger): it was not charged.
    if (!ended) throw new DomainError('gateway_timeout', 'The call took too long and was abandoned; nothing was charged', { code: 'PROVIDER_TIMEOUT' });
    if (held && !charged) await this.release(usage.id, usage.holdId).catch(() => undefined);

    if (result.kind === 'answered') {
      return {
        status: result.status, headers: result.headers.filter(([name]) => !DROPPED_ANSWER_HEADERS.has(name.toLowerCase())), body: result.body,
        usageId: usage.id, amount, freeTier: usage.freeTier, latencyMs: result.latencyMs,
      };
    }
    const context = { usage_id: usage.id, latency_ms: result.latencyMs };
    if (result.kind === 'timeout') {
      throw new DomainError('gateway_timeout', `The provider did not answer within ${this.settings.timeoutMs} ms; nothing was charged`, { code: 'PROVIDER_TIMEOUT', context });
    }
    throw new DomainError('bad_gateway', `The provider could not be reached (${result.error}); nothing was charged`, { code: 'PROVIDER_UNREACHABLE', context });
  }

  async usageSummary(actor: Actor, buyerDid: string | undefined) {
    return this.uow.read.usage.summary(await actingAgent(actor, buyerDid, this.agents, 'buyer_did'));
  }

  async listUsage(actor: Actor, buyerDid: string | undefined, filter: { serviceId?: string; limit: number; offset: number }) {
    return this.uow.read.usage.list({ ...filter, buyerDid: await actingAgent(actor, buyerDid, this.agents, 'buyer_did') });
  }

  /** Gives a failed call's hold back; a hold whose id was never learnt is found again by its reference. */
  async release(usageId: string, holdId: string | null): Promise<void> {
    const usage = holdId ? null : await this.uow.read.usage.get(usageId);
    let id = holdId ?? usage?.holdId ?? null;
    if (!id && usage) {
      try {
        id = (await this.ledger.placeHold({
          payerDid: usage.buyerDid, receiverDid: usage.providerDid, amount: usage.amount, reference: holdReference(usage.id), purpose: 'marketplace call (recovered)',
        })).holdId;
      } catch (err) {
        // Never placed, and cannot be now: nothing to give back.
        if (!(err instanceof DomainError) || err.kind === 'service_unavailable' || err.kind === 'internal_server_error') throw err;
      }
    }
    if (id) await this.ledger.voidHold({ holdId: id, reason: 'marketplace call failed' });
    await this.uow.read.usage.setHoldState(usageId, ['releasing'], 'voided');
  }

  /** The recovery pass: calls interrupted by a crash are failed and their holds given back. */
  async recover(staleAfterMs: number, limit = 100): Promise<number> {
    const abandoned = await this.uow.run(async (repos) => {
      const rows = await repos.usage.abandonStale(new Date(this.now().getTime() - staleAfterMs), limit);
      for (const row of rows) if (row.freeTier) await repos.freeTier.release(row.serviceId, row.buyerDid);
      return rows.length;
    });
    const releasing = await this.uow.read.usage.releasing(limit);
    for (const usage of releasing) await this.release(usage.id, usage.holdId);
    return abandoned + releasing.length;
  }
}
