import type { Avt, Cents } from './money.js';

export type PurchaseStatus = 'pending' | 'completed' | 'expired' | 'refunded';

/** A backer pledge: a checkout session at the payment provider, with its AVT fixed when quoted. */
export interface Purchase {
  sessionId: string;
  provider: string;
  status: PurchaseStatus;
  /** The developer who started it, or null for an anonymous pledge. */
  developerId: string | null;
  /** The agent credited; for an anonymous pledge, the agent it was claimed for (or null). */
  agentDid: string | null;
  customerEmail: string | null;
  eurCents: Cents;
  avtAmount: Avt;
  tier: number;
  avtPerEur: Avt;
  checkoutUrl: string;
  expiresAt: Date | null;
  /** The provider's payment (a Stripe PaymentIntent), known once paid; refunds name it. */
  paymentReference: string | null;
  creditTransactionId: string | null;
  creditedAt: Date | null;
  /** An anonymous pledge waits in the ledger's pledge account until claimed. */
  claimedAt: Date | null;
  claimTransactionId: string | null;
  refundedCents: Cents;
  /** AVT a refund asked back, and what the holder no longer had of it. */
  reversalRequestedAvt: Avt;
  reversedAvt: Avt;
  shortfallAvt: Avt;
  /** Where the request came from: this registry, or a satellite's storefront through the proxy. */
  origin: string;
  createdAt: Date;
  updatedAt: Date;
}

/** What the payment provider tells us, once its signature checked out. */
export type ProviderEvent =
  | { kind: 'completed'; eventId: string; sessionId: string; paid: boolean; paymentReference: string | null; amountCents: Cents | null; currency: string | null }
  | { kind: 'expired'; eventId: string; sessionId: string }
  | { kind: 'refunded'; eventId: string; paymentReference: string; sessionId: string | null; amountCents: Cents; refundedCents: Cents }
  | { kind: 'ignored'; eventId: string; type: string };
