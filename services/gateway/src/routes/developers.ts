import type { GatewayClients } from './clients.js';
import { AmountText, developerOf, ZERO } from './common.js';
import { notFound } from '@agentvault/errors';
import { DidParams } from './schemas.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import { z } from '../http/openapi.js';
import { AgentSchema, DeveloperSchema } from './schemas.js';
import { agentJson } from './mappers.js';


const BalanceResponse = z.object({ agent_id: z.string(), agent_did: z.string(), balance: AmountText, status: z.string() }).openapi('DeveloperAgentBalance');
const BalancesBody = z.object({ agent_dids: z.array(z.string().min(1).max(300)).min(1).max(100) }).openapi('AgentBalancesRequest');
const BalancesResponse = z.object({ balances: z.record(AmountText), not_found: z.array(z.string()) }).openapi('AgentBalances');
const TegSummaryResponse = z
  .object({
    total_liquid_balance: AmountText, total_staked_balance: AmountText, total_balance: AmountText,
    aggregate_reputation_score: z.number(), agent_count: z.number().int(), active_agent_count: z.number().int(),
  })
  .openapi('TegSummary');

/** An agent in its developer's list: identity's record with the ledger's figures. */
const DeveloperAgentSchema = AgentSchema.extend({
  liquid_balance: z.string().openapi({ description: 'AVT, 18 decimal places' }),
  staked_balance: z.string(),
  reputation_score: z.number().int(),
}).openapi('DeveloperAgent');

export function developerRoutes(deps: RouteDeps, { identity, ledger }: GatewayClients): void {
  route(deps, {
    method: 'get',
    path: '/api/v1/developers/me',
    summary: 'The calling developer',
    tags: ['Developers'],
    auth: ['developer'],
    responses: { 200: { description: 'The developer', schema: DeveloperSchema } },
    handler: async ({ principal }) => ({ body: await identity.call('GetDeveloper', { developer_id: developerOf(principal) }) }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/developers/me/agents',
    summary: "The calling developer's agents",
    tags: ['Developers'],
    auth: ['developer'],
    query: PaginationQuery,
    responses: { 200: { description: 'A page of agents, with their balances and reputation', schema: pageEnvelope(DeveloperAgentSchema, 'AgentPage') } },
    handler: async ({ principal, query }) => {
      const page = await identity.call('ListDeveloperAgents', { developer_id: developerOf(principal), limit: query.limit, offset: query.offset });
      const dids = page.items.map((a) => a.did);
      const [balances, reputations] = dids.length
        ? await Promise.all([ledger.call('GetBalances', { dids }), ledger.call('GetReputations', { dids })])
        : [{ items: [] }, { items: [] }];
      const balanceOf = new Map(balances.items.map((b) => [b.agent_id, b]));
      const scoreOf = new Map<string, number>(reputations.items.map((r) => [r.agent_id, r.reputation_score]));
      const items = page.items.map((a) => ({
        ...agentJson(a),
        liquid_balance: balanceOf.get(a.did)?.balance ?? ZERO,
        staked_balance: balanceOf.get(a.did)?.locked_balance ?? ZERO,
        reputation_score: scoreOf.get(a.did) ?? 0,
      }));
      return { body: { items, total: page.total, limit: query.limit, offset: query.offset } };
    },
  });

  // ── the developer's agents' money: the ledger decides what is theirs and adds it up ──

  route(deps, {
    method: 'get', path: '/api/v1/developers/me/agents/:did/balance', summary: "One of the developer's agents' balance", tags: ['Developers'],
    auth: ['developer'], params: DidParams,
    responses: { 200: { description: 'Balance', schema: BalanceResponse }, 404: { description: 'Not your agent' } },
    handler: async ({ principal, params }) => {
      const [b] = (await ledger.call('GetOwnedBalances', { developer_id: developerOf(principal), dids: [params.did] })).items;
      if (!b) throw notFound(`Agent with DID ${params.did} not found`);
      return { body: { agent_did: b.agent_id, agent_id: b.agent_id, balance: b.balance, status: b.status } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/developers/me/agents/balances', summary: "Balances of several of the developer's agents", tags: ['Developers'],
    auth: ['developer'], body: BalancesBody,
    responses: { 200: { description: 'Balances by DID', schema: BalancesResponse } },
    handler: async ({ principal, body }) => {
      const { items } = await ledger.call('GetOwnedBalances', { developer_id: developerOf(principal), dids: body.agent_dids });
      const balances = Object.fromEntries(items.map((b) => [b.agent_id, b.balance]));
      return { body: { balances, not_found: body.agent_dids.filter((d) => !(d in balances)) } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/developers/me/teg-summary', summary: "Totals over the developer's agents", tags: ['Developers'],
    auth: ['developer'], responses: { 200: { description: 'Summary', schema: TegSummaryResponse } },
    handler: async ({ principal }) => ({ body: await ledger.call('GetDeveloperSummary', { developer_id: developerOf(principal) }) }),
  });
}
