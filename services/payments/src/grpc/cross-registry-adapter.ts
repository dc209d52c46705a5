import type { FederationClient } from '@agentvault/contracts/federation';
import type { CrossRegistryPayments } from '../domain/cross-registry-settle.js';

const STATUSES = ['pending', 'completed', 'compensated', 'failed'] as const;
type Status = (typeof STATUSES)[number];

/** Payments to other registries ride federation's cross-registry transfer (purpose payment: TRUSTED_REGISTRIES applies). */
export function crossRegistryPayments(federation: FederationClient): CrossRegistryPayments {
  return {
    async transfer(input) {
      const t = await federation.call('StartCrossRegistryTransfer', {
        sender_did: input.senderDid, receiver_did: input.receiverDid, receiver_registry: input.registry, amount: input.amount,
        message: input.message.slice(0, 256), purpose: 'payment', payment_ref: input.paymentRef, hold_id: input.holdId,
      });
      const status: Status = (STATUSES as readonly string[]).includes(t.status) ? (t.status as Status) : 'pending';
      return { transferId: t.transfer_id, status, reason: t.failure_reason || null };
    },
  };
}
