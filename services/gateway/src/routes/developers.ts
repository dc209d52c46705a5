import type { ServiceClient } from '@agentvault/grpc';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import { AgentSchema, DeveloperSchema } from './schemas.js';
import { agentJson } from './mappers.js';

export function developerRoutes(deps: RouteDeps, identity: ServiceClient): void {
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
    responses: { 200: { description: 'A page of agents', schema: pageEnvelope(AgentSchema, 'AgentPage') } },
    handler: async ({ principal, query }) => {
      const page = await identity.call<any>('ListDeveloperAgents', { developer_id: (principal as any).developerId, limit: query.limit, offset: query.offset });
      return { body: { items: page.items.map(agentJson), total: page.total, limit: query.limit, offset: query.offset } };
    },
  });
}
