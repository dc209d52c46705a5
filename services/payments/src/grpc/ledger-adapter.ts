import type { ServiceClient } from '@agentvault/grpc';
import { formatAmount, parseAmount } from '@agentvault/ledger/amount';
import type { LedgerHold, LedgerPort } from '../domain/ports.js';

interface HoldMessage {
  hold_id: string;
  status: LedgerHold['status'];
  fee_amount: string;
  amount: string;
  posted_amount: string;
  transaction_id: string;
}

interface HoldResultMessage {
  hold: HoldMessage;
  transaction: { transaction_id: string } | null;
  replayed: boolean;
}

const toHold = (h: HoldMessage): LedgerHold => ({
  holdId: h.hold_id,
  status: h.status,
  fee: parseAmount(h.fee_amount, 'fee_amount', { allowZero: true }),
  transactionId: h.transaction_id || null,
});

/** The ledger's holds, penalties and reputation adjustments over gRPC. */
export function ledgerPort(ledger: ServiceClient): LedgerPort {
  return {
    async placeHold(input) {
      const r = await ledger.call<HoldResultMessage>('PlaceHold', {
        payer_did: input.payerDid,
        receiver_did: input.receiverDid ?? '',
        amount: formatAmount(input.amount),
        reference: input.reference,
        purpose: input.purpose,
        expires_at: input.expiresAt?.toISOString() ?? '',
      });
      return toHold(r.hold);
    },
    async postHold(input) {
      const r = await ledger.call<HoldResultMessage>('PostHold', { hold_id: input.holdId, receiver_did: input.receiverDid ?? '', payment_token_id: input.paymentTokenId ?? '' });
      return { ...toHold(r.hold), transactionId: r.hold.transaction_id, amount: parseAmount(r.hold.posted_amount) };
    },
    async voidHold(input) {
      const r = await ledger.call<HoldResultMessage>('VoidHold', { hold_id: input.holdId, reason: input.reason, expire: !!input.expire });
      return toHold(r.hold);
    },
    async applyPenalty(input) {
      const r = await ledger.call<{ transaction: { transaction_id: string } }>('ApplyPenalty', {
        from_did: input.fromDid, to_did: input.toDid ?? '', amount: formatAmount(input.amount), key: input.key, reason: input.reason,
      });
      return { transactionId: r.transaction.transaction_id };
    },
    async adjustReputation(input) {
      await ledger.call('AdjustReputation', { agent_did: input.agentDid, delta: input.delta, key: input.key, reason: input.reason });
    },
  };
}
