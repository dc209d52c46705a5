import type { GatewayClients } from './clients.js';
import { Amount, AmountText, agentOf, idempotencyOf as idem, replayHeader, text } from './common.js';
import type { Transaction__Output } from '@agentvault/contracts/generated/agentvault/ledger/v1/Transaction';
import { notFound } from '@agentvault/errors';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import type { Principal } from '../http/principal.js';
import type { IdempotencyContext } from '../http/idempotency.js';
import { DidParams } from './schemas.js';
import { present } from '../http/grpc-result.js';

/** The TEG: balances, transfers, the treasury and the ledger's administration. */


const TransferBody = z
  .object({ receiver_agent_id: z.string().min(1).max(300), amount: Amount, message: z.string().max(256).nullish() })
  .openapi('TransferRequest');
const TransferResponse = z
  .object({
    transaction_id: z.string(), status: z.string(), sender_agent_id: z.string(), receiver_agent_id: z.string(),
    amount: AmountText, fee_amount: AmountText, new_sender_balance: AmountText, timestamp: z.string(), attached_message: z.string().nullable(),
  })
  .openapi('TransferResponse');
const MAX_BATCH = 1000;
const BATCH_DEADLINE_MS = 30_000;
const TransferBatchBody = z
  .object({
    transfers: z.array(TransferBody).min(1).max(MAX_BATCH).openapi({ description: `1 to ${MAX_BATCH} transfers, applied in order` }),
    atomic: z.boolean().optional().openapi({ description: 'All or nothing: one failure applies none' }),
  })
  .openapi('TransferBatchRequest');
const TransferBatchResponse = z
  .object({
    results: z.array(z.object({
      index: z.number().int(), status: z.enum(['completed', 'failed']), transaction_id: z.string().optional(), fee_amount: AmountText.optional(),
      error: z.object({ code: z.string(), detail: z.string() }).optional(),
    })),
    completed: z.number().int(), failed: z.number().int(), new_sender_balance: AmountText,
  })
  .openapi('TransferBatchResponse');
const SystemTransferBody = z.object({ amount: Amount, purpose: z.string().max(256).nullish() }).openapi('SystemTransferRequest');
const SystemTransferResponse = z
  .object({
    transaction_id: z.string(), status: z.string(), sender_agent_id: z.string(), system_receiver_id: z.string(),
    amount: AmountText, purpose: z.string(), new_sender_balance: AmountText, timestamp: z.string(),
  })
  .openapi('SystemTransferResponse');
const FundAgentBody = z.object({ agent_did: z.string().min(1).max(300), amount: Amount, reason: z.string().max(256).nullish() }).openapi('FundAgentRequest');
const FundingResponse = z
  .object({ transaction_id: z.string(), status: z.string(), agent_did: z.string(), amount: AmountText, new_balance: AmountText, reason: z.string(), timestamp: z.string() })
  .openapi('FundAgentResponse');
const BalanceResponse = z.object({ agent_id: z.string(), balance: AmountText }).openapi('Balance');
const TransactionInfo = z
  .object({
    transaction_id: z.string(), transaction_type: z.string(), status: z.string(), sender_agent_id: z.string().nullable(), receiver_agent_id: z.string(),
    amount: AmountText, fee_amount: AmountText, timestamp: z.string(), attached_message: z.string().nullable(), reputation_signal_applied: z.boolean(),
  })
  .openapi('TransactionInfo');
const TransactionsQuery = PaginationQuery.extend({
  transaction_type: z.enum(['transfer', 'system_transfer', 'funding', 'issuance', 'burn', 'lock', 'unlock', 'payout']).optional(),
  start_date: z.string().datetime({ offset: true }).optional().openapi({ description: 'ISO 8601, inclusive' }),
  end_date: z.string().datetime({ offset: true }).optional().openapi({ description: 'ISO 8601, inclusive' }),
});
const FeeConfigResponse = z
  .object({ fee_active: z.boolean(), transfer_fee_amount: AmountText, min_fee_amount: AmountText, max_fee_amount: AmountText, fee_percentage: z.number(), fee_collection_address: z.string() })
  .openapi('FeeConfig');
const IssueBody = z.object({ recipient_agent_id: z.string().max(300).nullish(), amount: Amount, reason: z.string().max(256).nullish() }).openapi('IssueTokensRequest');
const BurnBody = z.object({ amount: Amount, reason: z.string().max(256).nullish() }).openapi('BurnTokensRequest');
const IssuanceResponse = z
  .object({ transaction_id: z.string(), transaction_type: z.string(), recipient: z.string(), amount: AmountText, reason: z.string(), timestamp: z.string() })
  .openapi('IssuanceResponse');
const SuspendBody = z.object({ reason: z.string().max(256).nullish() }).optional().openapi('SuspendAgentRequest');
const AccountStatusResponse = z.object({ agent_did: z.string(), status: z.enum(['active', 'suspended']) }).openapi('AgentAccountStatus');
const AuditResponse = z
  .object({
    total_minted: AmountText, total_burned: AmountText, circulating_supply: AmountText, sum_of_balances: AmountText, issuance_balance: AmountText,
    unbalanced_transactions: z.number().int(), negative_balances: z.number().int(), consistent: z.boolean(),
  })
  .openapi('LedgerAudit');
const ChainVerificationResponse = z
  .object({
    ok: z.boolean(),
    checked: z.number().int().openapi({ description: 'Links recomputed' }),
    head: z.object({ seq: z.string(), hash: z.string() }),
    broken: z
      .object({ seq: z.string(), reason: z.string(), expected_hash: z.string(), stored_hash: z.string() })
      .nullable()
      .openapi({ description: 'The first link that does not hold' }),
  })
  .openapi('LedgerChainVerification');


function transactionInfo(t: Transaction__Output) {
  return {
    transaction_id: t.transaction_id, transaction_type: t.transaction_type, status: t.status,
    sender_agent_id: t.sender_agent_id || null, receiver_agent_id: t.receiver_agent_id,
    amount: t.amount, fee_amount: t.fee_amount, timestamp: t.timestamp, attached_message: t.message || null,
    reputation_signal_applied: t.reputation_signal !== 0,
  };
}

function addAmounts(values: string[]): string {
  const total = values.reduce((sum, v) => {
    const [w, f = ''] = v.split('.');
    return sum + BigInt(w!) * 10n ** 18n + BigInt(f.padEnd(18, '0'));
  }, 0n);
  return `${total / 10n ** 18n}.${(total % 10n ** 18n).toString().padStart(18, '0')}`;
}

export function ledgerRoutes(deps: RouteDeps, { ledger }: GatewayClients): void {
  const TAGS = ['TEG'];

  route(deps, {
    method: 'post', path: '/api/v1/teg/transfer', summary: 'Transfer AVT to another agent', tags: TAGS,
    description: 'The sender pays the transfer fee on top of the amount. Accepts Idempotency-Key.',
    auth: ['agent'], idempotent: true, body: TransferBody,
    responses: { 200: { description: 'Completed', schema: TransferResponse }, 403: { description: 'The sender is suspended' }, 404: { description: 'Unknown receiver' } },
    handler: async ({ principal, body, idempotency }) => {
      const r = await ledger.call('Transfer', {
        sender_did: agentOf(principal), receiver_did: body.receiver_agent_id, amount: text(body.amount), message: body.message ?? '', idempotency: idem(idempotency),
      });
      const t = present(r.transaction, 'transaction');
      return {
        headers: replayHeader(r),
        body: {
          transaction_id: t.transaction_id, status: t.status, sender_agent_id: t.sender_agent_id, receiver_agent_id: t.receiver_agent_id,
          amount: t.amount, fee_amount: t.fee_amount, new_sender_balance: t.balance_after, timestamp: t.timestamp, attached_message: t.message || null,
        },
      };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/teg/system-transfer', summary: 'Pay AVT to the treasury', tags: TAGS,
    auth: ['agent'], idempotent: true, body: SystemTransferBody,
    responses: { 200: { description: 'Completed', schema: SystemTransferResponse } },
    handler: async ({ principal, body, idempotency }) => {
      const r = await ledger.call('SystemTransfer', { sender_did: agentOf(principal), amount: text(body.amount), purpose: body.purpose ?? '', idempotency: idem(idempotency) });
      const t = present(r.transaction, 'transaction');
      return {
        headers: replayHeader(r),
        body: {
          transaction_id: t.transaction_id, status: t.status, sender_agent_id: t.sender_agent_id, system_receiver_id: t.receiver_agent_id,
          amount: t.amount, purpose: t.message, new_sender_balance: t.balance_after, timestamp: t.timestamp,
        },
      };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/teg/treasury/fund-agent', summary: 'Fund an agent from the treasury', tags: ['TEG Admin'],
    auth: ['developer'], admin: true, idempotent: true, body: FundAgentBody,
    responses: { 200: { description: 'Funded', schema: FundingResponse }, 404: { description: 'Unknown agent' } },
    handler: async ({ body, idempotency }) => {
      const r = await ledger.call('FundAgent', { agent_did: body.agent_did, amount: text(body.amount), reason: body.reason ?? '', idempotency: idem(idempotency) });
      const t = present(r.transaction, 'transaction');
      return {
        headers: replayHeader(r),
        body: { transaction_id: t.transaction_id, status: t.status, agent_did: t.receiver_agent_id, amount: t.amount, new_balance: t.balance_after, reason: t.message, timestamp: t.timestamp },
      };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teg/balance', summary: "The calling agent's balance", tags: TAGS,
    auth: ['agent'], responses: { 200: { description: 'Balance', schema: BalanceResponse } },
    handler: async ({ principal }) => {
      const b = await ledger.call('GetBalance', { did: agentOf(principal) });
      return { body: { agent_id: b.agent_id, balance: b.balance } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teg/transactions', summary: "The calling agent's transactions, newest first", tags: TAGS,
    auth: ['agent'], query: TransactionsQuery,
    responses: { 200: { description: 'A page of transactions', schema: pageEnvelope(TransactionInfo, 'TransactionPage').extend({ transactions: z.array(TransactionInfo) }) } },
    handler: async ({ principal, query }) => {
      const page = await ledger.call('ListTransactions', {
        did: agentOf(principal), transaction_type: query.transaction_type ?? '', start_date: query.start_date ?? '', end_date: query.end_date ?? '', limit: query.limit, offset: query.offset,
      });
      const items = page.items.map(transactionInfo);
      // `transactions` is the older name of the same list.
      return { body: { items, transactions: items, total: page.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teg/fees/config', summary: 'The transfer fee', tags: TAGS,
    responses: { 200: { description: 'Fee settings', schema: FeeConfigResponse } },
    handler: async () => {
      const f = await ledger.call('GetFeeConfig', {});
      return {
        body: {
          fee_active: f.fee_active, transfer_fee_amount: f.transfer_fee_amount, min_fee_amount: f.transfer_fee_amount, max_fee_amount: f.transfer_fee_amount,
          fee_percentage: 0, fee_collection_address: f.fee_collection_address,
        },
      };
    },
  });

  // ── administration ──────────────────────────────────────────────────────────

  route(deps, {
    method: 'post', path: '/api/v1/admin/teg/issue', summary: 'Mint AVT (to the treasury, or to an agent)', tags: ['TEG Admin'],
    description: 'Refused with 403 on a registry whose minting is disabled (satellites).',
    auth: ['developer'], admin: true, body: IssueBody,
    responses: { 200: { description: 'Minted', schema: IssuanceResponse }, 403: { description: 'Minting disabled, or not an admin' } },
    handler: async ({ body }) => {
      const t = present((await ledger.call('IssueTokens', { recipient_did: body.recipient_agent_id ?? '', amount: text(body.amount), reason: body.reason ?? '' })).transaction, 'transaction');
      return { body: { transaction_id: t.transaction_id, transaction_type: t.transaction_type, recipient: t.receiver_agent_id, amount: t.amount, reason: t.message, timestamp: t.timestamp } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/admin/teg/burn', summary: 'Burn AVT from the treasury', tags: ['TEG Admin'],
    auth: ['developer'], admin: true, body: BurnBody,
    responses: { 200: { description: 'Burned', schema: IssuanceResponse } },
    handler: async ({ body }) => {
      const t = present((await ledger.call('BurnTokens', { amount: text(body.amount), reason: body.reason ?? '' })).transaction, 'transaction');
      return { body: { transaction_id: t.transaction_id, transaction_type: t.transaction_type, recipient: t.receiver_agent_id, amount: t.amount, reason: t.message, timestamp: t.timestamp } };
    },
  });

  for (const [action, suspended] of [['suspend', true], ['reinstate', false]] as const) {
    route(deps, {
      method: 'post', path: `/api/v1/admin/agents/:did/${action}`, summary: `${suspended ? 'Suspend' : 'Reinstate'} an agent's account`, tags: ['TEG Admin'],
      auth: ['developer'], admin: true, params: DidParams, body: SuspendBody,
      responses: { 200: { description: 'The account status', schema: AccountStatusResponse }, 404: { description: 'Unknown agent' } },
      handler: async ({ params, body }) => ({ body: await ledger.call('SetAgentSuspended', { did: params.did, suspended, reason: body?.reason ?? '' }) }),
    });
  }

  route(deps, {
    method: 'get', path: '/api/v1/admin/teg/audit', summary: 'Do minted, burned and all balances agree?', tags: ['TEG Admin'],
    auth: ['developer', 'svid'], svidScope: 'teg:audit', admin: true,
    responses: { 200: { description: 'Audit figures', schema: AuditResponse } },
    handler: async () => ({ body: await ledger.call('Audit', {}) }),
  });
  route(deps, {
    method: 'get', path: '/api/v1/admin/teg/verify-chain', summary: 'Recompute the hash chain over the event store', tags: ['TEG Admin'],
    description: 'Every event is hashed (SHA-256) over the one before; this recomputes each link from the first and names the first that no longer holds. What `agentvault verify-ledger` does from the database.',
    auth: ['developer', 'svid'], svidScope: 'teg:audit', admin: true,
    responses: { 200: { description: 'The verdict (ok false with the broken link when tampered)', schema: ChainVerificationResponse } },
    handler: async () => {
      const v = await ledger.call('VerifyChain', {});
      return {
        body: {
          ok: v.ok,
          checked: Number(v.checked),
          head: { seq: v.head_seq, hash: v.head_hash },
          broken: v.ok ? null : { seq: v.broken_at_seq, reason: v.reason, expected_hash: v.expected_hash, stored_hash: v.stored_hash },
        },
      };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/teg/transfers/batch', summary: 'Transfer AVT to many agents at once', tags: TAGS,
    description: `Up to ${MAX_BATCH} transfers from the caller, each with its own result in request order. By default one transfer's failure (insufficient funds, unknown or suspended receiver) leaves the others alone; with atomic true the batch is all or nothing, and the transfers that did not fail themselves fail with LINKED_FAILURE. Accepts Idempotency-Key for the whole batch.`,
    auth: ['agent'], idempotent: true, body: TransferBatchBody,
    responses: {
      200: { description: 'Every transfer\'s outcome', schema: TransferBatchResponse },
      403: { description: 'The sender is suspended' },
      503: { description: 'The ledger did not finish within 30 s and rolled the batch back; retry it, with the same Idempotency-Key to be safe' },
    },
    handler: async ({ principal, body, idempotency }) => {
      const r = await ledger.call('TransferBatch', {
        sender_did: agentOf(principal), atomic: body.atomic ?? false, idempotency: idem(idempotency),
        transfers: body.transfers.map((t) => ({ receiver_did: t.receiver_agent_id, amount: text(t.amount), message: t.message ?? '' })),
        // A thousand transfers may queue behind other batches on the same accounts; past this the ledger rolls back.
      }, { deadlineMs: BATCH_DEADLINE_MS });
      return {
        headers: replayHeader(r),
        body: {
          results: r.results.map((o) => (o.status === 'completed'
            ? { index: o.index, status: 'completed' as const, transaction_id: o.transaction_id, fee_amount: o.fee_amount }
            : { index: o.index, status: 'failed' as const, error: { code: o.error_code, detail: o.error_detail } })),
          completed: r.completed, failed: r.failed, new_sender_balance: r.new_sender_balance,
        },
      };
    },
  });
}
