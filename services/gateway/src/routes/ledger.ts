import type { ServiceClient } from '@agentvault/grpc';
import { notFound } from '@agentvault/errors';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import type { Principal } from '../http/principal.js';
import type { IdempotencyContext } from '../http/idempotency.js';
import { DidParams } from './schemas.js';

/** The TEG: balances, transfers, the treasury and the ledger's administration. */

const Amount = z
  .union([z.string().max(64), z.number()])
  .openapi({ description: 'AVT, a decimal with at most 18 places; send a string to keep it exact', example: '10.5' });
const AmountText = z.string().openapi({ description: 'AVT with 18 decimal places', example: '10.000000000000000000' });

const TransferBody = z
  .object({ receiver_agent_id: z.string().min(1).max(300), amount: Amount, message: z.string().max(256).nullish() })
  .openapi('TransferRequest');
const TransferResponse = z
  .object({
    transaction_id: z.string(), status: z.string(), sender_agent_id: z.string(), receiver_agent_id: z.string(),
    amount: AmountText, fee_amount: AmountText, new_sender_balance: AmountText, timestamp: z.string(), attached_message: z.string().nullable(),
  })
  .openapi('TransferResponse');
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
const BalancesBody = z.object({ agent_dids: z.array(z.string().min(1).max(300)).min(1).max(100) }).openapi('AgentBalancesRequest');
const BalancesResponse = z
  .object({ balances: z.record(AmountText), not_found: z.array(z.string()) })
  .openapi('AgentBalances');
const TegSummaryResponse = z
  .object({
    total_liquid_balance: AmountText, total_staked_balance: AmountText, total_balance: AmountText,
    aggregate_reputation_score: z.number(), agent_count: z.number().int(), active_agent_count: z.number().int(),
  })
  .openapi('TegSummary');

const ZERO = '0.000000000000000000';

const agentOf = (p: Principal | undefined) => (p as Extract<Principal, { tier: 'agent' }>).agentDid;
const developerOf = (p: Principal | undefined) => (p as Extract<Principal, { tier: 'developer' }>).developerId;
const idem = (i: IdempotencyContext | undefined) => (i ? { scope: i.scope, key: i.key, request_hash: i.requestHash } : undefined);
const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const replayHeader = (r: { replayed: boolean }) => (r.replayed ? { 'Idempotent-Replayed': 'true' } : undefined);

function transactionInfo(t: any) {
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

export function ledgerRoutes(deps: RouteDeps, ledger: ServiceClient, identity: ServiceClient): void {
  const TAGS = ['TEG'];

  route(deps, {
    method: 'post', path: '/api/v1/teg/transfer', summary: 'Transfer AVT to another agent', tags: TAGS,
    description: 'The sender pays the transfer fee on top of the amount. Accepts Idempotency-Key.',
    auth: ['agent'], idempotent: true, body: TransferBody,
    responses: { 200: { description: 'Completed', schema: TransferResponse }, 403: { description: 'The sender is suspended' }, 404: { description: 'Unknown receiver' } },
    handler: async ({ principal, body, idempotency }) => {
      const r = await ledger.call<any>('Transfer', {
        sender_did: agentOf(principal), receiver_did: body.receiver_agent_id, amount: text(body.amount), message: body.message ?? '', idempotency: idem(idempotency),
      });
      const t = r.transaction;
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
      const r = await ledger.call<any>('SystemTransfer', { sender_did: agentOf(principal), amount: text(body.amount), purpose: body.purpose ?? '', idempotency: idem(idempotency) });
      const t = r.transaction;
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
      const r = await ledger.call<any>('FundAgent', { agent_did: body.agent_did, amount: text(body.amount), reason: body.reason ?? '', idempotency: idem(idempotency) });
      const t = r.transaction;
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
      const b = await ledger.call<any>('GetBalance', { did: agentOf(principal) });
      return { body: { agent_id: b.agent_id, balance: b.balance } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teg/transactions', summary: "The calling agent's transactions, newest first", tags: TAGS,
    auth: ['agent'], query: TransactionsQuery,
    responses: { 200: { description: 'A page of transactions', schema: pageEnvelope(TransactionInfo, 'TransactionPage').extend({ transactions: z.array(TransactionInfo) }) } },
    handler: async ({ principal, query }) => {
      const page = await ledger.call<any>('ListTransactions', {
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
      const f = await ledger.call<any>('GetFeeConfig', {});
      return {
        body: {
          fee_active: f.fee_active, transfer_fee_amount: f.transfer_fee_amount, min_fee_amount: f.transfer_fee_amount, max_fee_amount: f.transfer_fee_amount,
          fee_percentage: 0, fee_collection_address: f.fee_collection_address,
        },
      };
    },
  });

  // ── a developer's view of its agents' money ─────────────────────────────────

  async function ownedBalances(developerId: string, dids: string[]) {
    const { items } = await ledger.call<any>('GetBalances', { dids });
    return (items as any[]).filter((b) => b.developer_id === developerId);
  }

  route(deps, {
    method: 'get', path: '/api/v1/developers/me/agents/:did/balance', summary: "One of the developer's agents' balance", tags: ['Developers'],
    auth: ['developer'], params: DidParams,
    responses: { 200: { description: 'Balance', schema: BalanceResponse.extend({ agent_did: z.string(), status: z.string() }) }, 404: { description: 'Not your agent' } },
    handler: async ({ principal, params }) => {
      const [b] = await ownedBalances(developerOf(principal), [params.did]);
      if (!b) throw notFound(`Agent with DID ${params.did} not found`);
      return { body: { agent_did: b.agent_id, agent_id: b.agent_id, balance: b.balance, status: b.status } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/developers/me/agents/balances', summary: "Balances of several of the developer's agents", tags: ['Developers'],
    auth: ['developer'], body: BalancesBody,
    responses: { 200: { description: 'Balances by DID', schema: BalancesResponse } },
    handler: async ({ principal, body }) => {
      const owned = await ownedBalances(developerOf(principal), body.agent_dids);
      const balances = Object.fromEntries(owned.map((b) => [b.agent_id, b.balance]));
      return { body: { balances, not_found: body.agent_dids.filter((d) => !(d in balances)) } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/developers/me/teg-summary', summary: "Totals over the developer's agents", tags: ['Developers'],
    auth: ['developer'], responses: { 200: { description: 'Summary', schema: TegSummaryResponse } },
    handler: async ({ principal }) => {
      const developerId = developerOf(principal);
      const agents: any[] = [];
      for (let offset = 0; ; offset += 100) {
        const page = await identity.call<any>('ListDeveloperAgents', { developer_id: developerId, limit: 100, offset });
        agents.push(...page.items);
        if (agents.length >= page.total || page.items.length === 0) break;
      }
      const balances = agents.length ? await ownedBalances(developerId, agents.map((a) => a.did)) : [];
      const liquid = addAmounts(balances.map((b) => b.balance));
      // Locked AVT (stakes, unbonding) is the agents' too: it is the staked part of the total.
      const { items: locked } = balances.length ? await ledger.call<any>('GetLockedBalances', { dids: balances.map((b) => b.agent_id) }) : { items: [] };
      const staked = addAmounts((locked as any[]).map((l) => l.locked_balance));
      const activeInLedger = new Set(balances.filter((b) => b.status === 'active').map((b) => b.agent_id));
      // The mean score over all the developer's agents; an agent never rated counts as 0.
      const { items: reputations } = agents.length ? await ledger.call<any>('GetReputations', { dids: agents.map((a) => a.did) }) : { items: [] };
      const scoreSum = (reputations as any[]).reduce((sum, r) => sum + r.reputation_score, 0);
      const aggregateReputation = agents.length ? Math.round((scoreSum / agents.length) * 100) / 100 : 0;
      return {
        body: {
          total_liquid_balance: liquid, total_staked_balance: staked, total_balance: addAmounts([liquid, staked]), aggregate_reputation_score: aggregateReputation,
          agent_count: agents.length,
          active_agent_count: agents.filter((a) => a.status === 'active' && (activeInLedger.has(a.did) || !balances.some((b) => b.agent_id === a.did))).length,
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
      const { transaction: t } = await ledger.call<any>('IssueTokens', { recipient_did: body.recipient_agent_id ?? '', amount: text(body.amount), reason: body.reason ?? '' });
      return { body: { transaction_id: t.transaction_id, transaction_type: t.transaction_type, recipient: t.receiver_agent_id, amount: t.amount, reason: t.message, timestamp: t.timestamp } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/admin/teg/burn', summary: 'Burn AVT from the treasury', tags: ['TEG Admin'],
    auth: ['developer'], admin: true, body: BurnBody,
    responses: { 200: { description: 'Burned', schema: IssuanceResponse } },
    handler: async ({ body }) => {
      const { transaction: t } = await ledger.call<any>('BurnTokens', { amount: text(body.amount), reason: body.reason ?? '' });
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
    auth: ['developer'], admin: true,
    responses: { 200: { description: 'Audit figures', schema: AuditResponse } },
    handler: async () => ({ body: await ledger.call('Audit', {}) }),
  });
}
