/**
 * A2A payments to a receiver on another registry. The value travels as a cross-registry
 * transfer (federation's saga over the SF-3 bridge), one per payment token.
 */
export interface CrossRegistryPayments {
  /** Starts the token's transfer, or answers the one it already started (same payment reference). */
  transfer(input: { paymentRef: string; holdId: string; senderDid: string; receiverDid: string; registry: string; amount: string; message: string }): Promise<{
    transferId: string;
    status: 'pending' | 'completed' | 'compensated' | 'failed';
    reason: string | null;
  }>;
}

const base = (value: string) => value.trim().replace(/\/+$/, '').toLowerCase();

/** X-Payment-Issuer names the receiver's registry as the payment did: by the same name or base URL. */
export function issuerMatches(issuer: string, registry: string): boolean {
  return base(issuer) === base(registry);
}
