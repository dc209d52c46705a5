import { createHash, randomBytes } from 'node:crypto';
import type { PledgeEventData } from '@agentvault/contracts/fiat-events';
import { DomainError, forbidden, notFound, unauthorized, validationError } from '@agentvault/errors';
import { formatAvt, formatEur, parseEur, type Avt } from './money.js';
import { quote, type Quote, type TierTable } from './tiers.js';
import type { Purchase, ProviderEvent } from './model.js';
import type { Directory, FiatRepositories, FiatUnitOfWork, ParentRegistry, PaymentProvider, PledgeLedger } from './ports.js';

/**
 * Which fiat surface this registry serves. Only a mainframe with FIAT_GENESIS_REGISTRY and
 * FIAT_ONRAMP_ENABLED and Stripe credentials takes pledges; a satellite may forward its
 * storefront's checkouts to its parent; everything else is refused with the reason.
 */
export type FiatSurface =
  | { kind: 'onramp' }
  | { kind: 'satellite'; reason: string; parent: ParentRegistry | null; noParentReason: string }
  | { kind: 'off'; reason: string };

export interface FiatSettings {
  tiers: TierTable;
  successUrl: string;
  cancelUrl: string;
  /** Origins a caller's own success_url / cancel_url may point to. */
  returnOrigins: string[];
}

export interface CheckoutInput {
  eurAmount: unknown;
  developerId: string | null;
  agentDid: string | null;
  customerEmail: string | null;
  successUrl: string | null;
  cancelUrl: string | null;
  idempotencyKey: string | null;
  origin: string;
}

export interface CheckoutResult {
  purchase: Purchase;
  replayed: boolean;
}

export type WebhookOutcome = 'credited' | 'already_credited' | 'expired' | 'refunded' | 'ignored';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const SESSION_ID = /^[A-Za-z0-9_-]{1,255}$/;
const PAYMENT_REFERENCE = /^[A-Za-z0-9_-]{1,255}$/;

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export class FiatService {
  constructor(
    private readonly uow: FiatUnitOfWork,
    private readonly surface: FiatSurface,
    private readonly settings: FiatSettings,
    private readonly provider: PaymentProvider | null,
    private readonly ledger: PledgeLedger,
    private readonly directory: Directory,
  ) {}

  /** Every path but the proxy: refused unless this registry runs the on-ramp. */
  private requireOnramp(): PaymentProvider {
    if (this.surface.kind !== 'onramp' || !this.provider) throw forbidden(this.surface.kind === 'onramp' ? 'Fiat on-ramp has no provider' : this.surface.reason);
    return this.provider;
  }

  tiers(): TierTable {
    this.requireOnramp();
    return this.settings.tiers;
  }

  quote(eurAmount: unknown): Quote {
    this.requireOnramp();
    return quote(this.settings.tiers, parseEur(eurAmount));
  }

  async createCheckout(input: CheckoutInput): Promise<CheckoutResult> {
    const provider = this.requireOnramp();
    const offer = quote(this.settings.tiers, parseEur(input.eurAmount));
    let email = input.customerEmail ? normalizeEmail(input.customerEmail) : null;
    if (email !== null && !EMAIL.test(email)) throw validationError('customer_email is not an email address', 'customer_email');
    let agentDid: string | null = null;
    if (input.developerId) {
      if (!input.agentDid) throw validationError('agent_did is required: name the agent to credit', 'agent_did');
      const owner = await this.directory.agentOwner(input.agentDid);
      if (owner === null) throw notFound(`Agent ${input.agentDid} not found`);
      if (owner !== input.developerId) throw forbidden('agent_did is not one of your agents');
      agentDid = input.agentDid;
      email ??= await this.directory.developerEmail(input.developerId);
    } else {
      if (input.agentDid) throw unauthorized('agent_did needs a developer token; an anonymous pledge names customer_email instead');
      if (!email) throw validationError('customer_email is required for an anonymous pledge', 'customer_email');
    }
    const successUrl = this.returnUrl(input.successUrl, 'success_url') ?? this.settings.successUrl;
    const cancelUrl = this.returnUrl(input.cancelUrl, 'cancel_url') ?? this.settings.cancelUrl;

    // Layer two under the gateway's Idempotency-Key cache: the key is remembered with the purchase.
    const scope = input.developerId ? `dev:${input.developerId}` : `anon:${email}`;
    const idempotency = input.idempotencyKey
      ? { key: `${scope}:${input.idempotencyKey}`, requestHash: hashOf([offer.cents.toString(), agentDid, email, successUrl, cancelUrl]) }
      : null;
    if (idempotency) {
      const earlier = await this.uow.read.purchases.findByIdempotencyKey(idempotency.key);
      if (earlier) return this.replay(earlier, idempotency.requestHash);
    }

    const reference = `pl_${randomBytes(12).toString('hex')}`;
    const session = await provider.createCheckout({
      reference,
      cents: offer.cents,
      currency: 'eur',
      description: `AgentVault backer pledge: ${offer.tier.name} (${offer.tier.flare} flare, ${formatAvt(offer.avt).replace(/\.?0+$/, '')} AVT credit)`,
      customerEmail: email,
      successUrl,
      cancelUrl,
      metadata: { reference, tier: String(offer.tier.level), avt_amount: formatAvt(offer.avt), agent_did: agentDid ?? '' },
      idempotencyKey: idempotency ? `checkout-${createHash('sha256').update(idempotency.key).digest('hex').slice(0, 40)}` : undefined,
    });
    const now = new Date();
    const purchase: Purchase = {
      sessionId: session.sessionId, provider: provider.name, status: 'pending', developerId: input.developerId, agentDid, customerEmail: email,
      eurCents: offer.cents, avtAmount: offer.avt, tier: offer.tier.level, avtPerEur: offer.tier.avtPerEur, checkoutUrl: session.url,
      expiresAt: session.expiresAt, paymentReference: null, creditTransactionId: null, creditedAt: null, claimedAt: null, claimTransactionId: null,
      refundedCents: 0n, reversalRequestedAvt: 0n, reversedAvt: 0n, shortfallAvt: 0n, origin: input.origin, createdAt: now, updatedAt: now,
    };
    try {
      await this.uow.run(async (repos) => {
        await repos.purchases.insert(purchase, idempotency);
        await repos.outbox.emit({ type: 'fiat.pledge_started', subject: agentDid ?? undefined, data: this.eventData(purchase) });
      });
    } catch (err) {
      // A concurrent request with the same key got there first: answer with its purchase.
      const earlier = idempotency ? await this.uow.read.purchases.findByIdempotencyKey(idempotency.key) : null;
      if (earlier) return this.replay(earlier, idempotency!.requestHash);
      throw err;
    }
    return { purchase, replayed: false };
  }

  /** A satellite's storefront: the request goes to the parent mainframe as it is; its answer comes back. */
  async proxyCheckout(body: Record<string, unknown>, idempotencyKey: string | null): Promise<{ status: number; body: unknown }> {
    if (this.surface.kind === 'off') throw forbidden(this.surface.reason);
    if (this.surface.kind === 'onramp') {
      throw forbidden('This registry takes pledges itself: use POST /api/v1/fiat/checkout-session (the proxy is for satellites)');
    }
    if (!this.surface.parent) throw forbidden(this.surface.noParentReason);
    if (body.agent_did) throw validationError("agent_did cannot cross registries: a satellite's pledge is anonymous (customer_email) and claimed on the mainframe", 'agent_did');
    return this.surface.parent.createCheckout(body, idempotencyKey ?? undefined);
  }

  async purchase(sessionId: string): Promise<Purchase> {
    this.requireOnramp();
    if (!SESSION_ID.test(sessionId)) throw notFound(`Purchase ${sessionId} not found`);
    const purchase = await this.uow.read.purchases.get(sessionId);
    if (!purchase) throw notFound(`Purchase ${sessionId} not found`);
    return purchase;
  }

  async myPurchases(developerId: string, limit: number, offset: number) {
    this.requireOnramp();
    return this.uow.read.purchases.listByDeveloper({ developerId, limit: Math.min(Math.max(limit || 20, 1), 100), offset: Math.max(offset || 0, 0) });
  }

  /**
   * Claims an anonymous pledge for one of the caller's agents: the caller must have proved its
   * account email (the verification link) and it must be the pledge's customer_email. The AVT
   * moves from the pledge account to the agent, once.
   */
  async claim(sessionId: string, developerId: string, agentDid: string): Promise<Purchase> {
    this.requireOnramp();
    const owner = await this.directory.agentOwner(agentDid);
    if (owner === null) throw notFound(`Agent ${agentDid} not found`);
    if (owner !== developerId) throw forbidden('agent_did is not one of your agents');
    const [email, verified] = await Promise.all([this.directory.developerEmail(developerId), this.directory.hasVerifiedEmail(developerId)]);
    return this.uow.run(async (repos) => {
      const purchase = await repos.purchases.lock(sessionId);
      if (!purchase) throw notFound(`Purchase ${sessionId} not found`);
      if (purchase.claimedAt) {
        if (purchase.agentDid === agentDid && purchase.developerId === developerId) return purchase;
        throw new DomainError('conflict', 'This pledge has already been claimed', { code: 'ALREADY_CLAIMED' });
      }
      if (purchase.developerId !== null) throw new DomainError('conflict', 'This pledge was made for an agent; there is nothing to claim', { code: 'NOT_CLAIMABLE' });
      if (!email || normalizeEmail(email) !== purchase.customerEmail) throw forbidden("This pledge was made with another email than your account's");
      if (!verified) {
        throw new DomainError('forbidden', 'Prove your account email first: follow the link mailed at registration (POST /api/v1/auth/verify-email/resend sends a new one), then claim', {
          code: 'EMAIL_NOT_VERIFIED',
        });
      }
      if (purchase.status !== 'completed') throw new DomainError('conflict', `This pledge is ${purchase.status}; only a completed pledge can be claimed`, { code: 'NOT_CLAIMABLE' });
      const holding = purchase.avtAmount - purchase.reversedAvt;
      const moved = await this.ledger.claim(purchase.sessionId, agentDid, holding);
      const changes = { agentDid, developerId, claimedAt: new Date(), claimTransactionId: moved.transactionId };
      await repos.purchases.update(purchase.sessionId, changes);
      const claimed = { ...purchase, ...changes };
      await repos.outbox.emit({ type: 'fiat.pledge_claimed', subject: agentDid, data: this.eventData(claimed) });
      return claimed;
    });
  }

  /** A provider webhook, verified against its raw body; each effect happens once per purchase. */
  async handleWebhook(rawBody: Buffer, signature: string): Promise<{ outcome: WebhookOutcome; sessionId: string | null }> {
    const provider = this.requireOnramp();
    const event = provider.parseWebhook(rawBody, signature);
    switch (event.kind) {
      case 'ignored':
        return { outcome: 'ignored', sessionId: null };
      case 'completed':
        return { outcome: await this.complete(event), sessionId: event.sessionId };
      case 'expired':
        return { outcome: await this.expire(event.sessionId), sessionId: event.sessionId };
      case 'refunded': {
        // A reference no provider makes (NUL, odd characters) matches no pledge; the database is not asked.
        const reference = PAYMENT_REFERENCE.test(event.paymentReference) ? event.paymentReference : null;
        const sessionId = event.sessionId ?? (reference ? await this.uow.read.purchases.findByPaymentReference(reference) : null);
        if (!sessionId) throw new DomainError('bad_request', `No pledge was paid with ${event.paymentReference}`, { code: 'UNKNOWN_PAYMENT' });
        return { outcome: await this.refund(sessionId, event), sessionId };
      }
    }
  }

  private async complete(event: Extract<ProviderEvent, { kind: 'completed' }>): Promise<WebhookOutcome> {
    return this.withPurchase(event.sessionId, async (repos, purchase) => {
      if (purchase.creditTransactionId) return 'already_credited';
      if (!event.paid) return 'ignored'; // an asynchronous payment method: its own succeeded event follows
      if (event.amountCents !== null && event.amountCents !== purchase.eurCents) {
        throw new DomainError('bad_request', `Session ${purchase.sessionId} was paid ${formatEur(event.amountCents)}, not ${formatEur(purchase.eurCents)}`, { code: 'AMOUNT_MISMATCH' });
      }
      // The ledger's emit key (fiat-credit-{session}) makes this once, even past a crash before our commit.
      const credit = await this.ledger.credit(purchase.sessionId, purchase.agentDid, purchase.avtAmount, `backer pledge ${purchase.sessionId}`);
      const changes: Partial<Purchase> = {
        status: 'completed',
        paymentReference: event.paymentReference, creditTransactionId: credit.transactionId, creditedAt: new Date(),
      };
      await repos.purchases.update(purchase.sessionId, changes);
      const done = { ...purchase, ...changes };
      await repos.outbox.emit({ type: 'fiat.pledge_completed', subject: done.agentDid ?? undefined, data: this.eventData(done) });
      return 'credited';
    });
  }

  private async expire(sessionId: string): Promise<WebhookOutcome> {
    return this.withPurchase(sessionId, async (repos, purchase) => {
      if (purchase.status !== 'pending') return 'ignored';
      await repos.purchases.update(sessionId, { status: 'expired' });
      await repos.outbox.emit({ type: 'fiat.pledge_expired', subject: purchase.agentDid ?? undefined, data: this.eventData({ ...purchase, status: 'expired' }) });
      return 'expired';
    });
  }

  /**
   * A refund takes the refunded share of the pledge's AVT back from whoever holds it (the agent, or
   * the pledge account while unclaimed), never more than their balance; the rest is recorded as the
   * purchase's shortfall. Refunds are cumulative at the provider, so each event says how much of the
   * payment is refunded in all; only the increase is taken, under its own ledger step.
   */
  private async refund(sessionId: string, event: Extract<ProviderEvent, { kind: 'refunded' }>): Promise<WebhookOutcome> {
    return this.withPurchase(sessionId, async (repos, purchase) => {
      if (!purchase.creditTransactionId) return 'ignored';
      const refunded = event.refundedCents > purchase.eurCents ? purchase.eurCents : event.refundedCents;
      if (refunded <= purchase.refundedCents) return 'ignored';
      const target = (purchase.avtAmount * refunded) / purchase.eurCents;
      const asked = target - purchase.reversalRequestedAvt;
      const holder = purchase.developerId === null && !purchase.claimedAt ? null : purchase.agentDid;
      const reversal = asked > 0n ? await this.ledger.reverse(sessionId, holder, asked, `r${refunded}`) : { taken: 0n, shortfall: 0n, transactionId: '' };
      const changes: Partial<Purchase> = {
        refundedCents: refunded,
        reversalRequestedAvt: purchase.reversalRequestedAvt + asked,
        reversedAvt: purchase.reversedAvt + reversal.taken,
        shortfallAvt: purchase.shortfallAvt + reversal.shortfall,
        status: refunded >= purchase.eurCents ? 'refunded' : purchase.status,
      };
      await repos.purchases.update(sessionId, changes);
      const after = { ...purchase, ...changes };
      await repos.outbox.emit({ type: 'fiat.pledge_refunded', subject: after.agentDid ?? undefined, data: this.eventData(after) });
      if (reversal.shortfall > 0n) {
        // What could not be taken back: for the auditors (payments raises a flag where it runs).
        await repos.outbox.emit({
          type: 'fiat.refund_shortfall', subject: after.agentDid ?? undefined,
          data: { ...this.eventData(after), shortfall_this_refund: formatAvt(reversal.shortfall) },
        });
      }
      return 'refunded';
    });
  }

  private async withPurchase<T>(sessionId: string, work: (repos: FiatRepositories, purchase: Purchase) => Promise<T>): Promise<T> {
    // Even a signed event is input: an id no provider makes is unknown (and not echoed), not a query the database refuses.
    const wellFormed = SESSION_ID.test(sessionId);
    const unknown = () => new DomainError('bad_request', wellFormed ? `Unknown checkout session ${sessionId}` : 'Unknown checkout session', { code: 'UNKNOWN_SESSION' });
    if (!wellFormed) throw unknown();
    return this.uow.run(async (repos) => {
      const purchase = await repos.purchases.lock(sessionId);
      if (!purchase) throw unknown();
      return work(repos, purchase);
    });
  }

  private replay(earlier: { purchase: Purchase; requestHash: string }, requestHash: string): CheckoutResult {
    if (earlier.requestHash !== requestHash) {
      throw new DomainError('validation_error', 'Idempotency-Key was already used with a different request body', { code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    }
    return { purchase: earlier.purchase, replayed: true };
  }

  private returnUrl(value: string | null, field: string): string | null {
    if (!value) return null;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw validationError(`${field} is not a URL`, field);
    }
    if (!this.settings.returnOrigins.includes(url.origin)) throw validationError(`${field} must point to ${this.settings.returnOrigins.join(' or ')}`, field);
    return value;
  }

  private eventData(p: Purchase): PledgeEventData {
    return {
      session_id: p.sessionId, status: p.status, agent_did: p.agentDid, developer_id: p.developerId, eur_amount: formatEur(p.eurCents),
      avt_amount: formatAvt(p.avtAmount), tier: p.tier, refunded_eur: formatEur(p.refundedCents), reversed_avt: formatAvt(p.reversedAvt),
      shortfall_avt: formatAvt(p.shortfallAvt), origin: p.origin,
    };
  }
}

function hashOf(parts: Array<string | null>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

export type { Avt };
