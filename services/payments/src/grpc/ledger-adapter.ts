import { createHash } from 'node:crypto';
import type { ResponseOf } from '@agentvault/grpc';
import { DomainError } from '@agentvault/errors';
import type { LedgerClient, LedgerContract } from '@agentvault/contracts/ledger';
import { formatAmount, parseAmount } from '@agentvault/ledger/amount';
import type { LedgerHold, LedgerPort } from '../domain/ports.js';

const STATUSES: readonly LedgerHold['status'][] = ['pending', 'posted', 'voided', 'expired'];

/** proto3 message fields are always set by the ledger; a missing one is its bug, not ours. */
function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`ledger answered without ${what}`);
  return value;
}

function statusOf(value: string): LedgerHold['status'] {
  const status = STATUSES.find((s) => s === value);
  if (!status) throw new Error(`ledger answered an unknown hold status ${value}`);
  return status;
}

type HoldMessage = ResponseOf<LedgerContract, 'GetHold'>;

const toHold = (h: HoldMessage): LedgerHold => ({
  holdId: h.hold_id,
  status: statusOf(h.status),
  fee: parseAmount(h.fee_amount, 'fee_amount', { allowZero: true }),
  transactionId: h.transaction_id || null,
});

/** The ledger's holds, penalties and reputation adjustments over gRPC. */
export function ledgerPort(ledger: LedgerClient): LedgerPort {
  return {
    async placeHold(input) {
      const r = await ledger.call('PlaceHold', {
        payer_did: input.payerDid,
        receiver_did: input.receiverDid ?? '',
        amount: formatAmount(input.amount),
        reference: input.reference,
        purpose: input.purpose,
        expires_at: input.expiresAt?.toISOString() ?? '',
      });
      return toHold(present(r.hold, 'hold'));
    },
    async postHold(input) {
      const r = await ledger.call('PostHold', { hold_id: input.holdId, receiver_did: input.receiverDid ?? '', payment_token_id: input.paymentTokenId ?? '' });
      const hold = present(r.hold, 'hold');
      return { ...toHold(hold), transactionId: hold.transaction_id, amount: parseAmount(hold.posted_amount) };
    },
    async voidHold(input) {
      const r = await ledger.call('VoidHold', { hold_id: input.holdId, reason: input.reason, expire: !!input.expire });
      return toHold(present(r.hold, 'hold'));
    },
    async findHold(reference) {
      try {
        return toHold(await ledger.call('GetHold', { hold_id: '', reference }));
      } catch (err) {
        if (err instanceof DomainError && err.kind === 'not_found') return null;
        throw err;
      }
    },
    async applyPenalty(input) {
      const r = await ledger.call('ApplyPenalty', {
        from_did: input.fromDid, to_did: input.toDid ?? '', amount: formatAmount(input.amount), key: input.key, reason: input.reason,
      });
      return { transactionId: present(r.transaction, 'transaction').transaction_id };
    },
    async reward(input) {
      const requestHash = createHash('sha256').update(`${input.agentDid}|${formatAmount(input.amount)}`).digest('hex');
      const r = await ledger.call('FundAgent', {
        agent_did: input.agentDid, amount: formatAmount(input.amount), reason: input.reason,
        idempotency: { scope: 'payments', key: input.key, request_hash: requestHash },
      });
      return { transactionId: present(r.transaction, 'transaction').transaction_id };
    },
    async adjustReputation(input) {
      await ledger.call('AdjustReputation', { agent_did: input.agentDid, delta: input.delta, key: input.key, reason: input.reason });
    },
  };
}
