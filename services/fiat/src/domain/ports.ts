import type { FiatEvent } from '@agentvault/contracts/fiat-events';
import type { Avt, Cents } from './money.js';
import type { Purchase, ProviderEvent } from './model.js';

export interface CheckoutRequest {
  /** Ours, sent as the client reference so the provider's records point back. */
  reference: string;
  cents: Cents;
  currency: 'eur';
  description: string;
  customerEmail: string | null;
  successUrl: string;
  cancelUrl: string;
  metadata: Record<string, string>;
  /** Makes a retried request come back with the same session at the provider. */
  idempotencyKey?: string;
}

export interface CheckoutSession {
  sessionId: string;
  url: string;
  expiresAt: Date | null;
}

/**
 * The seam for payment service providers. Only Stripe is implemented (provider/stripe.ts); another
 * PSP is another implementation of these two calls.
 */
export interface PaymentProvider {
  readonly name: string;
  createCheckout(request: CheckoutRequest): Promise<CheckoutSession>;
  /** Verifies the signature against the raw body and reads the event; throws a bad_request DomainError otherwise. */
  parseWebhook(rawBody: Buffer, signature: string): ProviderEvent;
}

/** The ledger's pledge movements (each once per pledge, by its emit key). */
export interface PledgeLedger {
  credit(pledgeId: string, agentDid: string | null, amount: Avt, reason: string): Promise<{ transactionId: string }>;
  claim(pledgeId: string, agentDid: string, amount: Avt): Promise<{ transactionId: string }>;
  reverse(pledgeId: string, agentDid: string | null, amount: Avt, step: string): Promise<{ transactionId: string; taken: Avt; shortfall: Avt }>;
}

export interface Directory {
  /** The developer who owns the agent, or null when identity does not know it. */
  agentOwner(did: string): Promise<string | null>;
  developerEmail(developerId: string): Promise<string | null>;
  /** Whether the developer has proved its account email (the verification link was followed). */
  hasVerifiedEmail(developerId: string): Promise<boolean>;
}

/** A satellite's way to its mainframe's checkout (HTTPS, with a deadline and a breaker). */
export interface ParentRegistry {
  createCheckout(body: Record<string, unknown>, idempotencyKey: string | undefined): Promise<{ status: number; body: unknown }>;
}

export interface PurchaseQuery {
  developerId: string;
  limit: number;
  offset: number;
}

export interface FiatRepositories {
  purchases: {
    insert(purchase: Purchase, idempotency: { key: string; requestHash: string } | null): Promise<void>;
    get(sessionId: string): Promise<Purchase | null>;
    /** Locks the row until commit, so that events about one purchase apply one at a time. */
    lock(sessionId: string): Promise<Purchase | null>;
    findByPaymentReference(reference: string): Promise<string | null>;
    findByIdempotencyKey(key: string): Promise<{ purchase: Purchase; requestHash: string } | null>;
    update(sessionId: string, changes: Partial<Purchase>): Promise<void>;
    listByDeveloper(query: PurchaseQuery): Promise<{ items: Purchase[]; total: number }>;
  };
  /** Events for other services, written in the same transaction. */
  outbox: { emit(event: FiatEvent): Promise<void> };
}

export interface FiatUnitOfWork {
  run<T>(work: (repos: FiatRepositories) => Promise<T>): Promise<T>;
  readonly read: FiatRepositories;
}
