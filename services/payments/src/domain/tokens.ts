import type { PaymentTokenEventData } from '@agentvault/contracts/payments-events';
import { createHash, randomBytes } from 'node:crypto';
import { DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount } from '@agentvault/ledger/amount';
import type { PaymentToken, TokenStatus } from './model.js';
import type { LedgerPort, PaymentsUnitOfWork } from './ports.js';
import { issuerMatches, type CrossRegistryPayments } from './cross-registry-settle.js';

/**
 * A2A payment tokens. Authorize places a ledger hold on the caller's funds (amount + fee) and
 * mints `apt_<64 hex>`; settle posts that hold to the receiver exactly once (the token row goes
 * AUTHORIZED → CONSUMED before the ledger call and CONSUMED → SETTLED after it; the ledger's post
 * is idempotent per hold, so any number of concurrent or repeated settles move money once);
 * release voids an unconsumed token's hold; a token past expiry has its hold returned by the sweep.
 */

export interface TokenSettings {
  defaultTtlSeconds: number;
  maxTtlSeconds: number;
  /** Carries a payment to a receiver on another registry (federation's cross-registry transfer). */
  crossRegistry?: CrossRegistryPayments;
}

export const TOKEN_STATUSES: TokenStatus[] = ['AUTHORIZED', 'CONSUMED', 'SETTLED', 'RELEASED', 'EXPIRED'];
const TOKEN_PATTERN = /^apt_[0-9a-f]{64}$/;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
/** The documented settle key: the token without its `apt_` prefix, 32 hex characters. */
export const settleKeyOf = (token: string) => token.slice(4, 36);

const tokenNotFound = () => new DomainError('not_found', 'Payment token not found', { code: 'PAYMENT_TOKEN_NOT_FOUND' });
const tokenExpired = (t: PaymentToken) =>
  new DomainError('validation_error', `Payment token expired at ${t.expiresAt.toISOString()}; its hold is released`, { code: 'PAYMENT_TOKEN_EXPIRED', context: { token_id: t.id } });
const notSettleable = (t: PaymentToken) =>
  new DomainError('conflict', `Payment token is ${t.status}`, { code: 'PAYMENT_TOKEN_NOT_SETTLEABLE', context: { token_id: t.id, status: t.status } });

function isLedgerCode(err: unknown, code: string): boolean {
  return err instanceof DomainError && err.code === code;
}

export class PaymentTokenService {
  constructor(
    private readonly uow: PaymentsUnitOfWork,
    private readonly ledger: LedgerPort,
    private readonly settings: TokenSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async authorize(input: { callerDid: string; receiverDid: string; amount: unknown; purpose?: string; ttlSeconds?: number; receiverRegistry?: string }) {
    const amount = parseAmount(input.amount);
    if (!input.receiverDid) throw validationError('receiver_agent_id is required', 'receiver_agent_id');
    if (input.receiverDid === input.callerDid) throw new DomainError('validation_error', 'Cannot pay yourself', { code: 'SELF_TRANSFER', field: 'receiver_agent_id' });
    const ttl = input.ttlSeconds || this.settings.defaultTtlSeconds;
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > this.settings.maxTtlSeconds) {
      throw validationError(`ttl_seconds must be between 1 and ${this.settings.maxTtlSeconds}`, 'ttl_seconds');
    }
    const purpose = (input.purpose ?? '').slice(0, 256) || 'a2a payment';
    const token = 'apt_' + randomBytes(32).toString('hex');
    const id = 'ptk_' + randomBytes(12).toString('hex');
    const createdAt = this.now();
    const expiresAt = new Date(createdAt.getTime() + ttl * 1000);
    // The hold first: a token exists only with the funds behind it.
    // A receiver on another registry has no account here: the hold names none, settle bridges the value.
    const receiverRegistry = input.receiverRegistry?.trim() || null;
    if (receiverRegistry && !this.settings.crossRegistry) throw validationError('this registry does not settle payments to other registries', 'receiver_registry');
    const hold = await this.ledger.placeHold({ payerDid: input.callerDid, ...(receiverRegistry ? {} : { receiverDid: input.receiverDid }), amount, reference: `apt:${id}`, purpose, expiresAt });
    const record: PaymentToken = {
      id, tokenHash: hashToken(token), settleKey: settleKeyOf(token), callerDid: input.callerDid, receiverDid: input.receiverDid, amount, fee: hold.fee,
      purpose, status: 'AUTHORIZED', holdId: hold.holdId, transactionId: null, holdSettled: false, createdAt, expiresAt,
      consumedAt: null, settledAt: null, releasedAt: null, receiverRegistry,
    };
    await this.uow.run(async (repos) => {
      await repos.tokens.insert(record);
      await repos.outbox.emit({ type: 'a2a_payment.authorized', subject: record.callerDid, data: tokenEventData(record) });
    });
    return { token: record, paymentToken: token };
  }

  /** No auth: a presence check. CONSUMED and SETTLED tokens still verify valid (P25-001). */
  async verify(paymentToken: string) {
    const token = TOKEN_PATTERN.test(paymentToken ?? '') ? await this.uow.read.tokens.byHash(hashToken(paymentToken)) : null;
    if (!token) return { valid: false, token: null, detail: 'unknown payment token', alreadyConsumed: false };
    const status = this.effectiveStatus(token);
    switch (status) {
      case 'AUTHORIZED':
        return { valid: true, token, status, detail: 'authorized: the funds are held for the receiver', alreadyConsumed: false };
      case 'CONSUMED':
      case 'SETTLED':
        return {
          valid: true, token, status, alreadyConsumed: true,
          detail: 'already consumed: verify is a presence check only (P25-001); funds move once, via settle — do not redo paid work',
        };
      default:
        return { valid: false, token, status, detail: `payment token is ${status}`, alreadyConsumed: false };
    }
  }

  /** The token behind a bearer string, or null. */
  async find(paymentToken: string): Promise<PaymentToken | null> {
    return TOKEN_PATTERN.test(paymentToken ?? '') ? this.uow.read.tokens.byHash(hashToken(paymentToken)) : null;
  }

  async settle(input: { callerDid: string; paymentToken: string; paymentIssuer?: string }) {
    const found = await this.find(input.paymentToken);
    if (!found) throw tokenNotFound();
    if (found.callerDid !== input.callerDid) throw forbidden('Only the caller that authorized a payment token can settle it');
    if (found.receiverRegistry) {
      // The receiver names its registry (X-Payment-Issuer); it must be the one the payment was authorized for.
      if (!input.paymentIssuer) {
        throw new DomainError('validation_error', "The receiver is on another registry: send its X-Payment-Issuer header", { code: 'PAYMENT_ISSUER_REQUIRED', field: 'X-Payment-Issuer' });
      }
      if (!issuerMatches(input.paymentIssuer, found.receiverRegistry)) {
        throw new DomainError('validation_error', `X-Payment-Issuer ${input.paymentIssuer} is not the registry this payment was authorized for`, { code: 'PAYMENT_ISSUER_MISMATCH', field: 'X-Payment-Issuer' });
      }
    }
    return this.settleToken(found);
  }

  /** Settles for the receiver presenting the token (x402): possession of the bearer token is the payer's consent. */
  async settleForReceiver(input: { receiverDid: string; paymentToken: string }) {
    const found = await this.find(input.paymentToken);
    if (!found) throw tokenNotFound();
    if (found.receiverDid !== input.receiverDid) throw forbidden('Only the receiver named by a payment token can collect it');
    return this.settleToken(found);
  }

  private async settleToken(found: PaymentToken) {
    const consumed = await this.uow.run(async (repos) => {
      const token = (await repos.tokens.lock(found.id))!;
      if (token.status === 'SETTLED' || token.status === 'CONSUMED') return token;
      if (token.status !== 'AUTHORIZED') throw notSettleable(token);
      if (token.expiresAt.getTime() <= this.now().getTime()) return token;
      const at = this.now();
      await repos.tokens.update(token.id, { status: 'CONSUMED', consumedAt: at });
      return { ...token, status: 'CONSUMED' as const, consumedAt: at };
    });
    if (consumed.status === 'SETTLED') return { token: consumed, replayed: true };
    if (consumed.status === 'AUTHORIZED') {
      await this.finishExpired(consumed);
      throw tokenExpired(consumed);
    }
    return this.completeSettlement(consumed);
  }

  /** Posts a consumed token's hold (again, harmlessly, if an earlier attempt did) and records SETTLED once. */
  private async completeSettlement(token: PaymentToken): Promise<{ token: PaymentToken; replayed: boolean }> {
    if (token.receiverRegistry) return this.completeCrossRegistry(token);
    let posted;
    try {
      posted = await this.ledger.postHold({ holdId: token.holdId, paymentTokenId: token.id });
    } catch (err) {
      if (isLedgerCode(err, 'HOLD_EXPIRED')) {
        await this.finishExpired(token);
        throw tokenExpired(token);
      }
      throw err;
    }
    return this.uow.run(async (repos) => {
      const current = (await repos.tokens.lock(token.id))!;
      if (current.status === 'SETTLED') return { token: current, replayed: true };
      const at = this.now();
      await repos.tokens.update(token.id, { status: 'SETTLED', transactionId: posted.transactionId, settledAt: at, holdSettled: true });
      const settled: PaymentToken = { ...current, status: 'SETTLED', transactionId: posted.transactionId, settledAt: at, holdSettled: true };
      await repos.outbox.emit({ type: 'a2a_payment.settled', subject: settled.callerDid, data: { ...tokenEventData(settled), transaction_id: posted.transactionId } });
      return { token: settled, replayed: false };
    });
  }

  /**
   * A receiver on another registry: a cross-registry transfer (one per token: its id is the
   * transfer's payment reference) whose lock the token's hold pays for (the ledger voids the hold
   * and locks the bridge escrow in one transaction), for the receiver's frame to mint. SETTLED
   * once that transfer completes; a refusal there leaves the funds with the payer (RELEASED).
   */
  private async completeCrossRegistry(token: PaymentToken): Promise<{ token: PaymentToken; replayed: boolean }> {
    const bridge = this.settings.crossRegistry!;
    let outcome: Awaited<ReturnType<CrossRegistryPayments['transfer']>>;
    try {
      outcome = await bridge.transfer({ paymentRef: token.id, holdId: token.holdId, senderDid: token.callerDid, receiverDid: token.receiverDid, registry: token.receiverRegistry!, amount: formatAmount(token.amount), message: token.purpose });
    } catch (err) {
      if (err instanceof DomainError && ['validation_error', 'forbidden', 'not_found'].includes(err.kind)) await this.endUndelivered(token);
      throw err;
    }
    if (outcome.status === 'pending') return { token: { ...token, status: 'CONSUMED', transactionId: outcome.transferId, holdSettled: true }, replayed: false };
    if (outcome.status !== 'completed') {
      await this.endUndelivered(token);
      throw new DomainError('conflict', `The receiver's registry did not take the payment (${outcome.reason ?? outcome.status}); the funds stay with the payer`, {
        code: 'CROSS_REGISTRY_SETTLE_FAILED', context: { token_id: token.id, transfer_id: outcome.transferId, transfer_status: outcome.status },
      });
    }
    return this.uow.run(async (repos) => {
      const current = (await repos.tokens.lock(token.id))!;
      if (current.status === 'SETTLED') return { token: current, replayed: true };
      const at = this.now();
      await repos.tokens.update(token.id, { status: 'SETTLED', transactionId: outcome.transferId, settledAt: at, holdSettled: true });
      const settled: PaymentToken = { ...current, status: 'SETTLED', transactionId: outcome.transferId, settledAt: at, holdSettled: true };
      await repos.outbox.emit({ type: 'a2a_payment.settled', subject: settled.callerDid, data: { ...tokenEventData(settled), transaction_id: outcome.transferId } });
      return { token: settled, replayed: false };
    });
  }

  /** A cross-registry payment that could not be delivered: RELEASED, the funds are the payer's again. */
  private async endUndelivered(token: PaymentToken): Promise<void> {
    // Voided already when the lock took it (and refunded since); otherwise it is voided now.
    await this.ledger.voidHold({ holdId: token.holdId, reason: 'not delivered to the other registry' });
    await this.uow.run(async (repos) => {
      const current = (await repos.tokens.lock(token.id))!;
      if (current.status !== 'CONSUMED') return;
      const at = this.now();
      await repos.tokens.update(token.id, { status: 'RELEASED', releasedAt: at, holdSettled: true });
      await repos.outbox.emit({ type: 'a2a_payment.released', subject: current.callerDid, data: tokenEventData({ ...current, status: 'RELEASED', releasedAt: at }) });
    });
  }

  async release(input: { callerDid: string; paymentToken?: string; tokenId?: string }) {
    let found: PaymentToken | null = null;
    if (input.tokenId) found = await this.uow.read.tokens.get(input.tokenId);
    else if (input.paymentToken && TOKEN_PATTERN.test(input.paymentToken)) found = await this.uow.read.tokens.byHash(hashToken(input.paymentToken));
    else if (!input.paymentToken) throw validationError('payment_token or token_id is required', 'payment_token');
    if (!found) throw tokenNotFound();
    if (found.callerDid !== input.callerDid) throw forbidden('Only the caller that authorized a payment token can release it');
    const released = await this.uow.run(async (repos) => {
      const token = (await repos.tokens.lock(found!.id))!;
      if (token.status === 'RELEASED') return token;
      if (token.status !== 'AUTHORIZED') {
        throw new DomainError('conflict', `Payment token is ${token.status}: only an unconsumed token can be released`, { code: 'PAYMENT_TOKEN_NOT_RELEASABLE', context: { status: token.status } });
      }
      const at = this.now();
      await repos.tokens.update(token.id, { status: 'RELEASED', releasedAt: at });
      const next = { ...token, status: 'RELEASED' as const, releasedAt: at };
      await repos.outbox.emit({ type: 'a2a_payment.released', subject: token.callerDid, data: tokenEventData(next) });
      return next;
    });
    if (!released.holdSettled) {
      await this.ledger.voidHold({ holdId: released.holdId, reason: 'payment token released' });
      await this.uow.run((repos) => repos.tokens.update(released.id, { holdSettled: true }));
    }
    return { ...released, holdSettled: true };
  }

  async myTokens(input: { callerDid: string; status?: string; limit: number; offset: number }) {
    if (input.status && !TOKEN_STATUSES.includes(input.status as TokenStatus)) {
      throw validationError(`status must be one of ${TOKEN_STATUSES.join(', ')}`, 'status');
    }
    const page = await this.uow.read.tokens.list({ callerDid: input.callerDid, status: (input.status || undefined) as TokenStatus | undefined, limit: input.limit, offset: input.offset });
    return { ...page, items: page.items.map((t) => ({ ...t, status: this.effectiveStatus(t) })) };
  }

  /**
   * The sweep: expired unconsumed tokens give their hold back, interrupted settlements and
   * releases are finished. Returns how many tokens it finished.
   */
  async sweep(limit = 100): Promise<number> {
    const due = await this.uow.read.tokens.unfinished(this.now(), limit);
    let finished = 0;
    for (const token of due) {
      try {
        if (token.status === 'CONSUMED' || token.status === 'SETTLED') await this.completeSettlement(token);
        else if (token.status === 'RELEASED') await this.release({ callerDid: token.callerDid, tokenId: token.id });
        else await this.finishExpired(token);
        finished++;
      } catch (err) {
        if (!isLedgerCode(err, 'PAYMENT_TOKEN_EXPIRED')) throw err;
        finished++;
      }
    }
    return finished;
  }

  /** An expired token: EXPIRED, and its hold back to the caller (the ledger checks the expiry). */
  private async finishExpired(token: PaymentToken): Promise<void> {
    await this.ledger.voidHold({ holdId: token.holdId, reason: 'payment token expired', expire: true });
    await this.uow.run(async (repos) => {
      const current = (await repos.tokens.lock(token.id))!;
      if (current.status === 'EXPIRED' && current.holdSettled) return;
      if (current.status === 'SETTLED') return;
      await repos.tokens.update(token.id, { status: 'EXPIRED', holdSettled: true, releasedAt: this.now() });
      if (current.status !== 'EXPIRED') {
        await repos.outbox.emit({ type: 'a2a_payment.expired', subject: current.callerDid, data: tokenEventData({ ...current, status: 'EXPIRED' }) });
      }
    });
  }

  /** What a reader sees: an AUTHORIZED token past its expiry is EXPIRED even before the sweep. */
  effectiveStatus(token: PaymentToken): TokenStatus {
    return token.status === 'AUTHORIZED' && token.expiresAt.getTime() <= this.now().getTime() ? 'EXPIRED' : token.status;
  }
}

export function tokenEventData(t: PaymentToken): PaymentTokenEventData {
  return {
    token_id: t.id,
    caller_agent_id: t.callerDid,
    receiver_agent_id: t.receiverDid,
    amount: formatAmount(t.amount),
    fee_amount: formatAmount(t.fee),
    status: t.status,
    hold_id: t.holdId,
    expires_at: t.expiresAt.toISOString(),
  };
}
