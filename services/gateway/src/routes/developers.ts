import type { ServiceClient } from '@agentvault/grpc';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import { z } from '../http/openapi.js';
import { AgentSchema, DeveloperSchema } from './schemas.js';
import { agentJson } from './mappers.js';

const ZERO = '0.000000000000000000';

/** An agent in its developer's list: identity's record with the ledger's figures. */
const DeveloperAgentSchema = AgentSchema.extend({
  liquid_balance: z.string().openapi({ description: 'AVT, 18 decimal places' }),
  staked_balance: z.string(),
  reputation_score: z.number().int(),
}).openapi('DeveloperAgent');

export function developerRoutes(deps: RouteDeps, identity: ServiceClient, ledger: ServiceClient): void {
  route(deps, {
    method: 'get',
    path: '/api/v1/developers/me',
    summary: 'The calling developer',
    tags: ['Developers'],
    auth: ['developer'],
    responses: { 200: { description: 'The developer', schema: DeveloperSchema } },
    handler: async ({ principal }) => ({ body: await identity.call('GetDeveloper', { developer_id: (principal as any).developerId }) }),
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
      const page = await identity.call<any>('ListDeveloperAgents', { developer_id: (principal as any).developerId, limit: query.limit, offset: query.offset });
      const dids: string[] = page.items.map((a: any) => a.did);
      const [balances, reputations, locked] = dids.length
        ? await Promise.all([ledger.call<any>('GetBalances', { dids }), ledger.call<any>('GetReputations', { dids }), ledger.call<any>('GetLockedBalances', { dids })])
        : [{ items: [] }, { items: [] }, { items: [] }];
      const lockedOf = new Map<string, string>(locked.items.map((l: any) => [l.agent_id, l.locked_balance]));
      const balanceOf = new Map<string, string>(balances.items.map((b: any) => [b.agent_id, b.balance]));
      const scoreOf = new Map<string, number>(reputations.items.map((r: any) => [r.agent_id, r.reputation_score]));
      const items = page.items.map((a: any) => ({
        ...agentJson(a),
        liquid_balance: balanceOf.get(a.did) ?? ZERO,
        staked_balance: lockedOf.get(a.did) ?? ZERO,
        reputation_score: scoreOf.get(a.did) ?? 0,
      }));
      return { body: { items, total: page.total, limit: query.limit, offset: query.offset } };
    },
  });
}
