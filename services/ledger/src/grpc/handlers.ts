import type { Handlers } from '@agentvault/grpc';
import type { LedgerContract } from '@agentvault/contracts/ledger';
import { validationError } from '@agentvault/errors';
import { formatAmount } from '../domain/amount.js';
import { PUBLIC_ACCOUNT_NAMES, SYSTEM_ACCOUNTS } from '../domain/accounts.js';
import type { LedgerTransaction, TransactionType } from '../domain/model.js';
import type { LedgerService, TransferBatchResult, TransferResult } from '../domain/ledger-service.js';
import type { AgentReputation, FundingRequest, IdempotencyClaim, ReputationHistoryEntry } from '../domain/model.js';
import type { FundingService } from '../domain/funding.js';
import type { PledgeService } from '../domain/pledges.js';
import type { ChainWriter } from '../domain/chain-writer.js';
import { reputationTier, type ReputationService } from '../domain/reputation.js';
import { developerSummary } from '../domain/developer-summary.js';
import type { HoldService } from '../domain/holds.js';
import { holdHandlers } from './hold-handlers.js';
import type { LockService } from '../domain/locks.js';
import { lockHandlers } from './lock-handlers.js';
import type { BridgeService } from '../domain/bridge.js';
import { bridgeHandlers } from './bridge-handlers.js';

/** proto ↔ domain for the LedgerService; no rules here. */

const publicName = (id: string | null) => (id ? PUBLIC_ACCOUNT_NAMES[id] ?? id : '');

export function transactionMessage(t: LedgerTransaction) {
  return {
    transaction_id: t.id,
    transaction_type: t.type,
    status: t.status,
    sender_agent_id: publicName(t.senderId),
    receiver_agent_id: publicName(t.receiverId),
    amount: formatAmount(t.amount),
    fee_amount: formatAmount(t.fee),
    balance_after: formatAmount(t.balanceAfter),
    message: t.message ?? '',
    timestamp: t.createdAt.toISOString(),
    reputation_signal: t.reputationSignal ?? 0,
  };
}

const result = (r: TransferResult) => ({ transaction: transactionMessage(r.transaction), replayed: r.replayed });

function claimOf(req: { idempotency?: { scope: string; key: string; request_hash: string } | null }): IdempotencyClaim | undefined {
  const i = req.idempotency;
  return i && i.key ? { scope: i.scope, key: i.key, requestHash: i.request_hash } : undefined;
}

const TYPES: readonly TransactionType[] = [
  'transfer', 'system_transfer', 'funding', 'issuance', 'burn', 'pledge_credit', 'pledge_claim', 'pledge_reversal', 'lock', 'unlock', 'payout',
  'bridge_lock', 'bridge_refund', 'bridge_unlock',
];
const isTransactionType = (value: string): value is TransactionType => (TYPES as readonly string[]).includes(value);

function parseDate(value: string, field: string): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw validationError(`${field} is not a date`, field);
  return date;
}

type LedgerHandlers = Handlers<LedgerContract>;

/** Every method of the LedgerService. */
export function ledgerHandlers(
  ledger: LedgerService, funding: FundingService, reputation: ReputationService, holds: HoldService, pledges: PledgeService, locks: LockService, chain: ChainWriter, bridge: BridgeService,
): LedgerHandlers {
  return {
    ...transferHandlers(ledger), ...developerHandlers(ledger, reputation), ...fundingHandlers(funding), ...reputationHandlers(reputation), ...holdHandlers(holds),
    ...pledgeHandlers(pledges), ...lockHandlers(locks), ...chainHandlers(chain), ...batchHandlers(ledger), ...bridgeHandlers(bridge),
  };
}

// ── transfer batches ──────────────────────────────────────────────────────────

function batchResult({ batch, replayed }: TransferBatchResult) {
  return {
    results: batch.results.map((r) => ({
      index: r.index, status: r.status, transaction_id: r.transactionId ?? '', fee_amount: r.fee === undefined ? '' : formatAmount(r.fee),
      error_code: r.error?.code ?? '', error_detail: r.error?.detail ?? '',
    })),
    completed: batch.results.filter((r) => r.status === 'completed').length,
    failed: batch.results.filter((r) => r.status === 'failed').length,
    new_sender_balance: formatAmount(batch.newSenderBalance),
    replayed,
  };
}

function batchHandlers(ledger: LedgerService): Pick<LedgerHandlers, 'TransferBatch'> {
  return {
    TransferBatch: async (req, _metadata, call) =>
      batchResult(await ledger.transferBatch({
        senderDid: req.sender_did, atomic: req.atomic, idempotency: claimOf(req), abandoned: call.signal,
        transfers: req.transfers.map((t) => ({ receiverDid: t.receiver_did, amount: t.amount, message: t.message || undefined })),
      })),
  };
}

// ── the hash chain ────────────────────────────────────────────────────────────

function chainHandlers(chain: ChainWriter): Pick<LedgerHandlers, 'GetChainHead' | 'VerifyChain'> {
  return {
    GetChainHead: async () => {
      const { head, pending } = await chain.head();
      return { seq: head.seq.toString(), hash: head.hash, chained_at: head.chainedAt?.toISOString() ?? '', pending: pending.toString() };
    },
    VerifyChain: async () => {
      const result = await chain.verify();
      return {
        ok: result.ok,
        checked: String(result.checked),
        head_seq: result.head.seq.toString(),
        head_hash: result.head.hash,
        broken_at_seq: result.broken?.seq.toString() ?? '0',
        reason: result.broken?.reason ?? '',
        expected_hash: result.broken?.expectedHash ?? '',
        stored_hash: result.broken?.storedHash ?? '',
      };
    },
  };
}

function developerHandlers(ledger: LedgerService, reputation: ReputationService): Pick<LedgerHandlers, 'GetOwnedBalances' | 'GetDeveloperSummary'> {
  return {
    GetOwnedBalances: async (req) => ({ items: await ledger.ownedBalances(req.developer_id, req.dids) }),
    GetDeveloperSummary: async (req) => {
      const s = await developerSummary(ledger, reputation, req.developer_id);
      return {
        total_liquid_balance: s.totalLiquid, total_staked_balance: s.totalStaked, total_balance: s.total,
        aggregate_reputation_score: s.aggregateReputation, agent_count: s.agentCount, active_agent_count: s.activeAgentCount,
      };
    },
  };
}

function transferHandlers(ledger: LedgerService): Pick<LedgerHandlers, 'Transfer' | 'SystemTransfer' | 'FundAgent' | 'IssueTokens' | 'BurnTokens' | 'GetBalance' | 'GetBalances' | 'ListTransactions' | 'GetFeeConfig' | 'SetAgentSuspended' | 'Audit' | 'OpenAgentAccount'> {
  return {
    Transfer: async (req, _metadata, call) =>
      result(await ledger.transfer({ senderDid: req.sender_did, receiverDid: req.receiver_did, amount: req.amount, message: req.message || undefined, idempotency: claimOf(req), abandoned: call.signal })),
    SystemTransfer: async (req) =>
      result(await ledger.systemTransfer({ senderDid: req.sender_did, amount: req.amount, purpose: req.purpose || undefined, idempotency: claimOf(req) })),
    FundAgent: async (req) =>
      result(await ledger.fundAgent({ agentDid: req.agent_did, amount: req.amount, reason: req.reason || undefined, idempotency: claimOf(req) })),
    IssueTokens: async (req) =>
      ({ transaction: transactionMessage(await ledger.issue({ recipientDid: req.recipient_did || undefined, amount: req.amount, reason: req.reason || undefined })), replayed: false }),
    BurnTokens: async (req) => ({ transaction: transactionMessage(await ledger.burn({ amount: req.amount, reason: req.reason || undefined })), replayed: false }),

    GetBalance: async (req) => ({ agent_id: req.did, balance: formatAmount(await ledger.balance(req.did)) }),
    GetBalances: async (req) => ({ items: await ledger.balances(req.dids) }),
    ListTransactions: async (req) => {
      const type = req.transaction_type || undefined;
      if (type !== undefined && !isTransactionType(type)) {
        throw validationError(`transaction_type must be one of ${TYPES.join(', ')}`, 'transaction_type');
      }
      const page = await ledger.transactions({
        accountId: req.did,
        type,
        from: parseDate(req.start_date, 'start_date'),
        to: parseDate(req.end_date, 'end_date'),
        limit: req.limit,
        offset: req.offset,
      });
      return { items: page.items.map(transactionMessage), total: page.total };
    },
    GetFeeConfig: async () => ({
      fee_active: ledger.settings.transferFee > 0n,
      transfer_fee_amount: formatAmount(ledger.settings.transferFee),
      fee_collection_address: PUBLIC_ACCOUNT_NAMES[SYSTEM_ACCOUNTS.fees],
    }),
    SetAgentSuspended: async (req) => {
      const account = await ledger.setSuspended(req.did, req.suspended, req.reason || undefined);
      return { agent_did: account.id, status: account.status };
    },
    Audit: () => ledger.auditReport(),
    OpenAgentAccount: async (req) => {
      const account = await ledger.openVouchedAgentAccount(req.did, req.developer_id);
      return { agent_did: account.id, status: account.status };
    },
  };
}

// ── funding requests ──────────────────────────────────────────────────────────

export function fundingRequestMessage(r: FundingRequest) {
  return {
    request_id: r.id,
    agent_did: r.agentDid,
    amount: formatAmount(r.amount),
    reason: r.reason,
    status: r.status,
    created_at: r.createdAt.toISOString(),
    decided_at: r.decidedAt?.toISOString() ?? '',
    decided_by: r.decidedBy ?? '',
    decision_reason: r.decisionReason ?? '',
    transaction_id: r.transactionId ?? '',
  };
}

function fundingHandlers(funding: FundingService): Pick<LedgerHandlers, 'RequestFunding' | 'ListFundingRequests' | 'ApproveFundingRequest' | 'RejectFundingRequest'> {
  return {
    RequestFunding: async (req) => fundingRequestMessage(await funding.request({ agentDid: req.agent_did, amount: req.amount, reason: req.reason })),
    ListFundingRequests: async (req) => {
      const page = await funding.list({ agentDid: req.agent_did || undefined, status: req.status || undefined, limit: req.limit, offset: req.offset });
      return { items: page.items.map(fundingRequestMessage), total: page.total };
    },
    ApproveFundingRequest: async (req) => {
      const approval = await funding.approve({ requestId: req.request_id, adminId: req.admin_id });
      return { request: fundingRequestMessage(approval.request), transaction: transactionMessage(approval.transaction) };
    },
    RejectFundingRequest: async (req) =>
      fundingRequestMessage(await funding.reject({ requestId: req.request_id, adminId: req.admin_id, reason: req.reason || undefined })),
  };
}

// ── reputation ────────────────────────────────────────────────────────────────

export function reputationMessage(r: AgentReputation & { rank?: number }) {
  return {
    agent_id: r.agentDid,
    reputation_score: r.score,
    reputation_tier: reputationTier(r.score),
    last_updated: r.lastUpdated?.toISOString() ?? '',
    total_signals: r.totalSignals,
    positive_signals: r.positiveSignals,
    negative_signals: r.negativeSignals,
    rank: r.rank ?? 0,
  };
}

function historyEntryMessage(e: ReputationHistoryEntry) {
  return {
    timestamp: e.createdAt.toISOString(),
    signal_value: e.signalValue,
    score_change: e.scoreChange,
    new_score: e.newScore,
    reason: e.reason,
    related_transaction_id: e.transactionId,
    signaled_by: e.signaledBy,
  };
}

function reputationHandlers(reputation: ReputationService): Pick<LedgerHandlers, 'ApplyReputationSignal' | 'GetReputation' | 'GetReputations' | 'ListReputationHistory' | 'ListReputationRankings'> {
  return {
    ApplyReputationSignal: async (req) => {
      const r = await reputation.applySignal({ transactionId: req.transaction_id, senderDid: req.sender_did, signalValue: req.signal_value });
      return {
        transaction_id: r.transactionId,
        sender_agent_id: r.senderDid,
        receiver_agent_id: r.receiverDid,
        signal_value: r.signalValue,
        old_receiver_reputation: r.oldReceiverScore,
        new_receiver_reputation: r.newReceiverScore,
      };
    },
    GetReputation: async (req) => reputationMessage(await reputation.reputation(req.did)),
    GetReputations: async (req) => ({ items: (await reputation.reputations(req.dids)).map(reputationMessage) }),
    ListReputationHistory: async (req) => {
      const page = await reputation.history(req.did, req.limit, req.offset);
      return { items: page.items.map(historyEntryMessage), total: page.total };
    },
    ListReputationRankings: async (req) => {
      const page = await reputation.rankings(req.limit, req.offset);
      return { items: page.items.map(reputationMessage), total: page.total };
    },
  };
}

// ── fiat pledges ──────────────────────────────────────────────────────────────

function pledgeHandlers(pledges: PledgeService): Pick<LedgerHandlers, 'CreditPledge' | 'ClaimPledge' | 'ReversePledge'> {
  return {
    CreditPledge: async (req) => result(await pledges.credit({ pledgeId: req.pledge_id, agentDid: req.agent_did || undefined, amount: req.amount, reason: req.reason || undefined })),
    ClaimPledge: async (req) => result(await pledges.claim({ pledgeId: req.pledge_id, agentDid: req.agent_did, amount: req.amount })),
    ReversePledge: async (req) => {
      const r = await pledges.reverse({ pledgeId: req.pledge_id, agentDid: req.agent_did || undefined, amount: req.amount, step: req.step });
      return { transaction: transactionMessage(r.transaction), replayed: r.replayed, requested: formatAmount(r.requested), taken: formatAmount(r.taken), shortfall: formatAmount(r.shortfall) };
    },
  };
}
