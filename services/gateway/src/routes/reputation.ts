import type { GatewayClients } from './clients.js';
import { agentOf } from './common.js';
import type { Reputation__Output } from '@agentvault/contracts/generated/agentvault/ledger/v1/Reputation';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import type { Principal } from '../http/principal.js';
import { DidParams } from './schemas.js';

/** Reputation signals on transfers, agents' scores and tiers, their history and the rankings. */

const TAGS = ['TEG Reputation'];

const SignalBody = z
  .object({
    // int32 bounds here so that nothing wraps on its way through protobuf; the ledger accepts only 1 and -1.
    signal_value: z.number().int().min(-2_147_483_648).max(2_147_483_647).openapi({ description: '+1 or -1', example: 1 }),
  })
  .openapi('TEGReputationSignalRequest');
const SignalResponse = z
  .object({
    transaction_id: z.string(),
    sender_agent_id: z.string(),
    receiver_agent_id: z.string(),
    signal_value: z.number().int(),
    new_receiver_reputation: z.number().int(),
    status: z.literal('applied'),
  })
  .openapi('TEGReputationSignalResponse');
const Tier = z.enum(['probation', 'new', 'trusted', 'established', 'elite']).openapi({
  description: 'By score: below 0 probation, 0–9 new, 10–49 trusted, 50–199 established, 200 and above elite',
});
const ReputationSchema = z
  .object({
    agent_id: z.string(),
    reputation_score: z.number().int(),
    reputation_tier: Tier,
    last_updated: z.string().nullable(),
    total_transactions: z.number().int().openapi({ description: 'Transfers to this agent that their senders rated' }),
    positive_signals: z.number().int(),
    negative_signals: z.number().int(),
  })
  .openapi('TEGAgentReputationResponse');
const HistoryEntry = z
  .object({
    timestamp: z.string(),
    signal_value: z.number().int(),
    score_change: z.number().int(),
    new_score: z.number().int(),
    reason: z.string(),
    related_transaction_id: z.string(),
    signaled_by: z.string(),
  })
  .openapi('ReputationHistoryEntry');
const HistoryPage = pageEnvelope(HistoryEntry, 'ReputationHistoryPage').extend({ agent_id: z.string(), history: z.array(HistoryEntry) });
const RankingEntry = ReputationSchema.extend({ rank: z.number().int().openapi({ description: '1 is the best' }) }).openapi('ReputationRanking');
const TransactionParams = z.object({ transaction_id: z.string().min(1).max(100) });


function reputationBody(r: Reputation__Output) {
  return {
    agent_id: r.agent_id,
    reputation_score: r.reputation_score,
    reputation_tier: r.reputation_tier,
    last_updated: r.last_updated || null,
    total_transactions: r.total_signals,
    positive_signals: r.positive_signals,
    negative_signals: r.negative_signals,
  };
}

export function reputationRoutes(deps: RouteDeps, { ledger }: GatewayClients): void {
  route(deps, {
    method: 'post', path: '/api/v1/teg/transactions/:transaction_id/reputation-signal', summary: "Rate a transfer's receiver, +1 or -1", tags: TAGS,
    description: 'Only the sender of a completed transfer, and only once per transfer.',
    auth: ['agent'], params: TransactionParams, body: SignalBody,
    responses: {
      200: { description: 'Applied', schema: SignalResponse },
      403: { description: 'Not the sender of the transaction' },
      404: { description: 'Unknown transaction' },
      409: { description: 'A signal was already applied to this transaction' },
    },
    handler: async ({ principal, params, body }) => {
      const r = await ledger.call('ApplyReputationSignal', { transaction_id: params.transaction_id, sender_did: agentOf(principal), signal_value: body.signal_value });
      return {
        body: {
          transaction_id: r.transaction_id, sender_agent_id: r.sender_agent_id, receiver_agent_id: r.receiver_agent_id,
          signal_value: r.signal_value, new_receiver_reputation: r.new_receiver_reputation, status: 'applied',
        },
      };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teg/agents/:did/reputation', summary: "An agent's reputation score and tier", tags: TAGS,
    params: DidParams,
    responses: { 200: { description: 'Reputation', schema: ReputationSchema }, 404: { description: 'Unknown agent' } },
    handler: async ({ params }) => ({ body: reputationBody(await ledger.call('GetReputation', { did: params.did })) }),
  });

  route(deps, {
    method: 'get', path: '/api/v1/teg/agents/:did/reputation/history', summary: "The signals an agent has received, newest first", tags: TAGS,
    params: DidParams, query: PaginationQuery,
    responses: { 200: { description: 'A page of history', schema: HistoryPage }, 404: { description: 'Unknown agent' } },
    handler: async ({ params, query }) => {
      const page = await ledger.call('ListReputationHistory', { did: params.did, limit: query.limit, offset: query.offset });
      // `history` is the older name of the same list.
      return { body: { agent_id: params.did, items: page.items, history: page.items, total: page.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teg/reputation/rankings', summary: 'Rated agents, best first', tags: TAGS,
    query: PaginationQuery,
    responses: { 200: { description: 'A page of the rankings', schema: pageEnvelope(RankingEntry, 'ReputationRankingPage') } },
    handler: async ({ query }) => {
      const page = await ledger.call('ListReputationRankings', { limit: query.limit, offset: query.offset });
      const items = page.items.map((r) => ({ rank: r.rank, ...reputationBody(r) }));
      return { body: { items, total: page.total, limit: query.limit, offset: query.offset } };
    },
  });
}
