import type { Handlers } from '@agentvault/grpc';
import type { PaymentsContract } from '@agentvault/contracts/payments';
import { formatAmount } from '@agentvault/ledger/amount';
import type { Contract, Dispute, PaymentToken } from '../domain/model.js';
import type { PaymentTokenService } from '../domain/tokens.js';
import type { ContractService } from '../domain/contracts.js';
import type { DisputeService } from '../domain/disputes.js';
import type { X402Facilitator, X402Input } from '../domain/x402.js';
import type { AuditMethods } from './audit-handlers.js';

/** proto ↔ domain for the PaymentsService; no rules here. */

const iso = (d: Date | null) => d?.toISOString() ?? '';

export function tokenMessage(t: PaymentToken, status = t.status, paymentToken = '') {
  return {
    token_id: t.id, payment_token: paymentToken, caller_agent_id: t.callerDid, receiver_agent_id: t.receiverDid, amount: formatAmount(t.amount),
    fee_amount: formatAmount(t.fee), purpose: t.purpose, status, hold_id: t.holdId, transaction_id: t.transactionId ?? '',
    created_at: iso(t.createdAt), expires_at: iso(t.expiresAt), settled_at: iso(t.settledAt), released_at: iso(t.releasedAt),
    receiver_registry: t.receiverRegistry ?? '',
  };
}

export function contractMessage(c: Contract) {
  return {
    contract_id: c.id, client_agent_did: c.clientDid, provider_agent_did: c.providerDid ?? '', description: c.description, price: formatAmount(c.price),
    deadline: iso(c.deadline), status: c.status, result_pointer: c.resultPointer ?? '', hold_id: c.holdId ?? '', transaction_id: c.transactionId ?? '',
    created_at: iso(c.createdAt), updated_at: iso(c.updatedAt), accepted_at: iso(c.acceptedAt), submitted_at: iso(c.submittedAt),
    completed_at: iso(c.completedAt), dispute_id: c.disputeId ?? '',
  };
}

export function disputeMessage(d: Dispute) {
  return {
    dispute_id: d.id, claimant_agent_id: d.claimantDid, defendant_agent_id: d.defendantDid, transaction_id: d.transactionId ?? '',
    contract_id: d.contractId ?? '', reason_code: d.reasonCode, description: d.description, status: d.status,
    evidence: d.evidence.map((e) => ({ pointer: e.pointer, submitted_by: e.submittedBy, description: e.description, submitted_at: iso(e.submittedAt) })),
    resolution_notes: d.resolutionNotes ?? '',
    penalties: { reputation_adjustment: d.reputationAdjustment, token_penalty: d.tokenPenalty === null ? '' : formatAmount(d.tokenPenalty) },
    penalized_agent_id: d.penalizedDid ?? '', penalty_recipient: d.penaltyRecipient ?? '', penalty_transaction_id: d.penaltyTransactionId ?? '',
    ruled_by: d.ruledBy ?? '', ruled_at: iso(d.ruledAt), created_at: iso(d.createdAt), updated_at: iso(d.updatedAt),
    defendant_registry: d.defendantRegistry ?? '', remote_slash_status: d.remoteSlashStatus, remote_slash_reason: d.remoteSlashReason ?? '',
    remote_penalty_transaction_id: d.remotePenaltyTransactionId ?? '',
  };
}

const pageOf = <T, M>(p: { items: T[]; total: number }, map: (t: T) => M) => ({ items: p.items.map(map), total: p.total });

type X402Message = Parameters<Handlers<PaymentsContract>['X402Verify']>[0];

const x402Input = (req: X402Message): X402Input => ({
  x402Version: req.x402_version, payloadX402Version: req.payload_x402_version, payloadScheme: req.payload_scheme, payloadNetwork: req.payload_network,
  paymentToken: req.payment_token, nonce: req.nonce, scheme: req.scheme, network: req.network, maxAmountRequired: req.max_amount_required,
  payTo: req.pay_to, asset: req.asset,
});

export function paymentsHandlers(tokens: PaymentTokenService, contracts: ContractService, disputes: DisputeService, x402: X402Facilitator): Omit<Handlers<PaymentsContract>, AuditMethods> {
  return {
    X402Supported: async () => ({ kinds: x402.supported().map((k) => ({ x402_version: k.x402Version, scheme: k.scheme, network: k.network })) }),
    X402Verify: async (req) => {
      const v = await x402.verify(x402Input(req));
      return { is_valid: v.isValid, invalid_reason: v.isValid ? '' : v.invalidReason, payer: v.payer };
    },
    X402Settle: async (req) => {
      const r = await x402.settle({ ...x402Input(req), agentDid: req.agent_did });
      return { success: r.success, error_reason: r.errorReason, payer: r.payer, transaction: r.transaction, network: r.network, replayed: r.replayed };
    },
    AuthorizePayment: async (req) => {
      const r = await tokens.authorize({
        callerDid: req.caller_did, receiverDid: req.receiver_did, amount: req.amount, purpose: req.purpose, ttlSeconds: req.ttl_seconds || undefined, receiverRegistry: req.receiver_registry || undefined,
      });
      return tokenMessage(r.token, r.token.status, r.paymentToken);
    },
    VerifyPayment: async (req) => {
      const v = await tokens.verify(req.payment_token);
      const t = v.token;
      return {
        valid: v.valid, token_id: t?.id ?? '', amount: t ? formatAmount(t.amount) : '', caller_agent_id: t?.callerDid ?? '', receiver_agent_id: t?.receiverDid ?? '',
        status: t ? v.status : '', expires_at: iso(t?.expiresAt ?? null), detail: v.detail, already_consumed: v.alreadyConsumed,
      };
    },
    SettlePayment: async (req) => {
      const r = await tokens.settle({ callerDid: req.caller_did, paymentToken: req.payment_token, paymentIssuer: req.payment_issuer || undefined });
      // Across registries the hold's fee is given back: the bridge charges none.
      const fee = r.token.receiverRegistry ? 0n : r.token.fee;
      return { token: tokenMessage(r.token), transaction_id: r.token.transactionId ?? '', amount: formatAmount(r.token.amount), fee_amount: formatAmount(fee), replayed: r.replayed };
    },
    ReleasePayment: async (req) => tokenMessage(await tokens.release({ callerDid: req.caller_did, paymentToken: req.payment_token || undefined, tokenId: req.token_id || undefined })),
    ListMyTokens: async (req) => {
      const page = await tokens.myTokens({ callerDid: req.caller_did, status: req.status || undefined, limit: req.limit || 50, offset: req.offset });
      return pageOf(page, (t) => tokenMessage(t));
    },

    CreateContract: async (req) =>
      contractMessage(await contracts.create({ clientDid: req.client_did, providerDid: req.provider_did || undefined, description: req.description, price: req.price, deadline: req.deadline })),
    ListOpenContracts: async (req) => pageOf(await contracts.listOpen(req.limit || 20, req.offset), contractMessage),
    GetContract: async (req) => contractMessage(await contracts.get(req.contract_id)),
    AcceptContract: async (req) => contractMessage(await contracts.accept({ contractId: req.contract_id, agentDid: req.agent_did })),
    SubmitContractWork: async (req) => contractMessage(await contracts.submit({ contractId: req.contract_id, agentDid: req.agent_did, resultPointer: req.result_pointer })),
    ApproveContract: async (req) => contractMessage(await contracts.approve({ contractId: req.contract_id, agentDid: req.agent_did })),
    CancelContract: async (req) => contractMessage(await contracts.cancel({ contractId: req.contract_id, agentDid: req.agent_did })),
    ListAgentContracts: async (req) => pageOf(await contracts.listForAgent(req.agent_did, req.status || undefined, req.limit || 50, req.offset), contractMessage),

    FileDispute: async (req) =>
      disputeMessage(await disputes.file({
        claimantDid: req.claimant_did, defendantDid: req.defendant_did, transactionId: req.transaction_id || undefined, contractId: req.contract_id || undefined,
        reasonCode: req.reason_code, description: req.description, evidencePointer: req.evidence_pointer || undefined, defendantRegistry: req.defendant_registry || undefined,
      })),
    GetDispute: async (req) => disputeMessage(await disputes.get({ disputeId: req.dispute_id, viewerDid: req.viewer_did || undefined, viewerIsAdmin: req.viewer_is_admin })),
    AddDisputeEvidence: async (req) =>
      disputeMessage(await disputes.addEvidence({ disputeId: req.dispute_id, agentDid: req.agent_did, pointer: req.evidence_pointer, description: req.description })),
    ListAgentDisputes: async (req) => pageOf(await disputes.listForAgent(req.agent_did, req.status || undefined, req.limit || 50, req.offset), disputeMessage),
    ListDisputes: async (req) => pageOf(await disputes.list(req.status || undefined, req.limit || 50, req.offset), disputeMessage),
    RuleDispute: async (req) =>
      disputeMessage(await disputes.rule({
        disputeId: req.dispute_id, adminId: req.admin_id, resolutionStatus: req.resolution_status, resolutionNotes: req.resolution_notes,
        reputationAdjustment: req.penalties?.reputation_adjustment ?? 0, tokenPenalty: req.penalties?.token_penalty || undefined,
      })),
  };
}
