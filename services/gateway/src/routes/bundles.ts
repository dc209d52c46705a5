import type { GatewayClients } from './clients.js';
import { developerOf, idempotencyOf } from './common.js';
import { route, type RouteDeps } from '../http/route.js';
import { z } from '../http/openapi.js';
import type { Bundle__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/Bundle';

/**
 * Bundles (§ Organizations & Teams): an organization's agents, cards and team configuration saved
 * as numbered versions and restored once per Idempotency-Key; and ACF § Templates.
 */

const TAGS = ['Organizations'];

const BundleSummarySchema = z
  .object({
    id: z.string().uuid(),
    organization_id: z.string(),
    version: z.number().int(),
    name: z.string(),
    description: z.string(),
    created_by: z.string(),
    created_at: z.string(),
    agent_count: z.number().int(),
    team_count: z.number().int(),
  })
  .openapi('BundleSummary');
const BundleSchema = BundleSummarySchema.extend({
  content: z.record(z.unknown()).openapi({ description: 'format, agents (did, card, is_active), teams (members, routing rules, quality gates)' }),
}).openapi('Bundle');
const RestoreSchema = z
  .object({
    id: z.string(),
    bundle_id: z.string(),
    organization_id: z.string(),
    version: z.number().int(),
    restored_agents: z.array(z.string()),
    skipped_agents: z.array(z.string()).openapi({ description: 'Agents that have left the organization since' }),
    restored_teams: z.array(z.string()),
    restored_at: z.string(),
  })
  .openapi('BundleRestore');
const CreateBody = z.object({ name: z.string().min(1).max(200).optional(), description: z.string().max(2000).optional() }).optional().openapi('BundleCreate');
const OrgParams = z.object({ organization_id: z.string().uuid() });
const BundleParams = z.object({ id: z.string().uuid() });

const TeamTemplateSchema = z
  .object({
    name: z.string(),
    agents: z.number().int(),
    quality_gates: z.array(z.object({ type: z.string(), threshold: z.number() })),
    description: z.string(),
    routing: z.enum(['none', 'keyword', 'skill']),
  })
  .openapi('TeamTemplate');
function summary(b: Bundle__Output) {
  const { content_json: _content, ...rest } = b;
  return rest;
}
const full = (b: Bundle__Output) => ({ ...summary(b), content: JSON.parse(b.content_json || '{}') as Record<string, unknown> });

export function bundleRoutes(deps: RouteDeps, { identity }: GatewayClients): void {
  route(deps, {
    method: 'post', path: '/api/v1/organizations/:organization_id/bundles', summary: "Save the organization's agents, cards and teams as a new bundle version", tags: TAGS,
    auth: ['developer'], params: OrgParams, body: CreateBody,
    responses: { 201: { description: 'The bundle', schema: BundleSchema }, 404: { description: 'No such organization' } },
    handler: async ({ principal, params, body }) => {
      const bundle = await identity.call('CreateBundle', { developer_id: developerOf(principal), organization_id: params.organization_id, name: body?.name ?? '', description: body?.description ?? '' });
      return { status: 201, body: full(bundle) };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/organizations/:organization_id/bundles', summary: "The organization's bundles, newest version first", tags: TAGS,
    auth: ['developer'], params: OrgParams,
    responses: { 200: { description: 'Bundles', schema: z.object({ items: z.array(BundleSummarySchema), total: z.number().int() }).openapi('BundleList') }, 404: { description: 'No such organization' } },
    handler: async ({ principal, params }) => {
      const { items } = await identity.call('ListBundles', { developer_id: developerOf(principal), organization_id: params.organization_id });
      return { body: { items: items.map(summary), total: items.length } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/bundles/:id', summary: 'A bundle with its content (members of its organization)', tags: TAGS,
    auth: ['developer'], params: BundleParams,
    responses: { 200: { description: 'The bundle', schema: BundleSchema }, 404: { description: 'No such bundle' } },
    handler: async ({ principal, params }) => ({ body: full(await identity.call('GetBundle', { developer_id: developerOf(principal), bundle_id: params.id })) }),
  });

  route(deps, {
    method: 'post', path: '/api/v1/bundles/:id/restore', summary: "Put the organization's cards and teams back as the bundle saved them", tags: TAGS,
    description: 'Needs an Idempotency-Key: a key restores once, and the same key again answers what that restore did. Teams of the organization not in the bundle are archived.',
    auth: ['developer'], idempotent: true, params: BundleParams,
    responses: { 200: { description: 'What was restored', schema: RestoreSchema }, 404: { description: 'No such bundle' }, 409: { description: 'A saved humanReadableId is taken' } },
    handler: async ({ principal, params, idempotency }) => {
      const { replayed, ...restore } = await identity.call('RestoreBundle', { developer_id: developerOf(principal), bundle_id: params.id, idempotency: idempotencyOf(idempotency) });
      return { body: restore, headers: replayed ? { 'Idempotent-Replayed': 'true' } : undefined };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/templates/teams', summary: 'Team templates to start from', tags: ['Teams'],
    description: 'Create a team from one with POST /api/v1/teams and `template`: it starts with the template’s quality gates.',
    responses: { 200: { description: 'Templates', schema: z.object({ templates: z.array(TeamTemplateSchema) }).openapi('TeamTemplateList') } },
    handler: async () => ({ body: { templates: (await identity.call('ListTemplates', {})).teams } }),
  });
  // Service templates are the marketplace's (routes/marketplace-views.ts).
}
