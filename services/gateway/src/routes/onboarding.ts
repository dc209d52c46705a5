import type { GatewayClients } from './clients.js';
import { bootstrapTokenOf, developerOf } from './common.js';
import { route, type RouteDeps } from '../http/route.js';
import { BootstrapTokenBody, BootstrapTokenSchema, CreateAgentBody, CreateAgentSchema } from './schemas.js';

export function onboardingRoutes(deps: RouteDeps, { identity }: GatewayClients): void {
  route(deps, {
    method: 'post',
    path: '/api/v1/onboard/bootstrap/request-token',
    summary: 'Request a single-use bootstrap token',
    tags: ['Onboarding'],
    auth: ['developer'],
    body: BootstrapTokenBody,
    responses: { 200: { description: 'The token, to pass to POST /onboard/create_agent', schema: BootstrapTokenSchema } },
    handler: async ({ principal, body }) => ({
      body: await identity.call('RequestBootstrapToken', {
        developer_id: developerOf(principal),
        agent_type_hint: body?.agent_type_hint ?? '',
        requested_by: body?.requested_by ?? '',
      }),
    }),
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/onboard/create_agent',
    summary: 'Create an agent with its card',
    description: 'Authenticated only by a bootstrap token (Bootstrap-Token header or Authorization: Bearer bst_…). The client secret is shown once.',
    tags: ['Onboarding'],
    auth: ['bootstrap'],
    body: CreateAgentBody,
    responses: {
      201: { description: 'The agent and its credentials', schema: CreateAgentSchema },
      409: { description: 'The bootstrap token has been used' },
    },
    handler: async ({ principal, body }) => ({
      status: 201,
      body: await identity.call('CreateAgent', {
        bootstrap_token: bootstrapTokenOf(principal),
        agent_card_json: JSON.stringify(body.agent_card),
        public_key_jwk_json: body.public_key_jwk ? JSON.stringify(body.public_key_jwk) : '',
      }),
    }),
  });
}
