import type { Handlers } from '@agentvault/grpc';
import type { LedgerContract } from '@agentvault/contracts/ledger';
import { validationError } from '@agentvault/errors';
import { formatAmount } from '../domain/amount.js';
import type { Hold } from '../domain/holds-model.js';
import type { HoldOutcome, HoldService } from '../domain/holds.js';
import { transactionMessage } from './handlers.js';

/** proto ↔ domain for holds, penalties and reputation adjustments; no rules here. */

export function holdMessage(h: Hold) {
  return {
    hold_id: h.id,
    reference: h.reference,
    payer_agent_id: h.payerId,
    receiver_agent_id: h.receiverId ?? '',
    amount: formatAmount(h.amount),
    fee_amount: formatAmount(h.fee),
    purpose: h.purpose,
    status: h.status,
    expires_at: h.expiresAt?.toISOString() ?? '',
    posted_amount: h.postedAmount === null ? '' : formatAmount(h.postedAmount),
    transaction_id: h.transactionId ?? '',
    end_reason: h.endReason ?? '',
    created_at: h.createdAt.toISOString(),
    ended_at: h.endedAt?.toISOString() ?? '',
  };
}

const outcome = (o: HoldOutcome) => ({ hold: holdMessage(o.hold), transaction: o.transaction ? transactionMessage(o.transaction) : null, replayed: o.replayed });

function parseTime(value: string, field: string): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw validationError(`${field} is not a date`, field);
  return date;
}

type HoldMethods = 'PlaceHold' | 'PostHold' | 'VoidHold' | 'GetHold' | 'AuditHolds' | 'ApplyPenalty' | 'AdjustReputation';

export function holdHandlers(holds: HoldService): Pick<Handlers<LedgerContract>, HoldMethods> {
  return {
    PlaceHold: async (req) => {
      const placed = await holds.place({
        payerDid: req.payer_did,
        receiverDid: req.receiver_did || undefined,
        amount: req.amount,
        reference: req.reference,
        purpose: req.purpose || undefined,
        expiresAt: parseTime(req.expires_at, 'expires_at'),
      });
      return { hold: holdMessage(placed.hold), transaction: null, replayed: placed.replayed };
    },
    PostHold: async (req) =>
      outcome(await holds.post({
        holdId: req.hold_id,
        amount: req.amount || undefined,
        receiverDid: req.receiver_did || undefined,
        auditEvent: req.payment_token_id ? { type: 'A2APaymentSettled', payload: { token_id: req.payment_token_id } } : undefined,
        commission: req.commission_amount || undefined,
      })),
    VoidHold: async (req) => outcome(await holds.void({ holdId: req.hold_id, reason: req.reason || undefined, expire: req.expire })),
    GetHold: async (req) => holdMessage(await (req.hold_id || !req.reference ? holds.get(req.hold_id) : holds.getByReference(req.reference))),
    AuditHolds: async () => {
      const a = await holds.audit();
      return { pending_holds: a.pendingHolds, held_total: formatAmount(a.heldTotal), escrow_balance: formatAmount(a.escrowBalance), consistent: a.consistent };
    },
    ApplyPenalty: async (req) => {
      const r = await holds.penalize({ fromDid: req.from_did, toDid: req.to_did || undefined, amount: req.amount, key: req.key, reason: req.reason || undefined });
      return { transaction: transactionMessage(r.transaction), replayed: r.replayed };
    },
    AdjustReputation: async (req) => {
      const r = await holds.adjustReputation({ agentDid: req.agent_did, delta: req.delta, key: req.key, reason: req.reason || undefined });
      return { agent_did: r.agentDid, delta: r.delta, old_score: r.oldScore, new_score: r.newScore, replayed: r.replayed };
    },
  };
}
