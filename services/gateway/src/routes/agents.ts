import type { GatewayClients } from './clients.js';
import { agentOf } from './common.js';
import { route, type RouteDeps } from '../http/route.js';
import { AgentSelfSchema, DidParams, PublicAgentSchema } from './schemas.js';
import { agentSelfJson, publicAgentJson } from './mappers.js';

export function agentRoutes(deps: RouteDeps, { identity }: GatewayClients): void {
  route(deps, {
    method: 'get',
    path: '/api/v1/agents/me',
    summary: 'The calling agent',
    tags: ['Agents'],
    auth: ['agent'],
    responses: { 200: { description: 'The agent', schema: AgentSelfSchema } },
    handler: async ({ principal }) => ({ body: agentSelfJson(await identity.call('GetAgent', { did: agentOf(principal) })) }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/agents/by-did/:did',
    summary: 'Look an agent up by its DID',
    tags: ['Agents'],
    params: DidParams,
    responses: { 200: { description: 'The agent', schema: PublicAgentSchema }, 404: { description: 'No agent has that DID' } },
    handler: async ({ params }) => ({ body: publicAgentJson(await identity.call('GetAgent', { did: params.did })) }),
  });
}
