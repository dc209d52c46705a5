import type { GatewayClients } from './clients.js';
import { developerOf } from './common.js';
import { present } from '../http/grpc-result.js';
import { route, type RouteDeps } from '../http/route.js';
import { z } from '../http/openapi.js';
import { apiKeyJson } from './mappers.js';
import { ApiKeyInfoSchema } from './schemas.js';
import type { Organization__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/Organization';
import type { OrganizationApiKey__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/OrganizationApiKey';

/**
 * Organizations (§ Organizations & Teams): members with roles owner, admin and member; the agents
 * and API keys they hold, within quotas.
 */

const TAGS = ['Organizations'];
const Role = z.enum(['owner', 'admin', 'member']);
const quota = (what: string) => z.number().int().min(1).max(1_000_000).optional().openapi({ description: `${what}; absent: the registry's maximum` });
const QuotasBody = z.object({
  max_agents: quota('Active agents the organization may hold'),
  max_api_keys: quota('Active organization API keys'),
  requests_per_minute: quota('Requests per minute (recorded; not yet enforced by the gateway)'),
});
const QuotasSchema = z.object({ max_agents: z.number().int(), max_api_keys: z.number().int(), requests_per_minute: z.number().int() }).openapi('OrganizationQuotas');

const OrganizationSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    description: z.string(),
    owner_developer_id: z.string(),
    quotas: QuotasSchema,
    member_count: z.number().int(),
    active_agent_count: z.number().int(),
    active_api_key_count: z.number().int(),
    my_role: Role,
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('Organization');
const MemberSchema = z
  .object({ organization_id: z.string(), developer_id: z.string(), email: z.string(), name: z.string(), role: Role, added_at: z.string() })
  .openapi('OrganizationMember');
const OrgAgentSchema = z
  .object({ organization_id: z.string(), agent_did: z.string(), developer_id: z.string(), status: z.string(), added_at: z.string() })
  .openapi('OrganizationAgent');
const OrgApiKeySchema = ApiKeyInfoSchema.extend({ developer_id: z.string(), organization_id: z.string() }).openapi('OrganizationApiKey');

const CreateBody = z
  .object({ name: z.string().min(1).max(200), description: z.string().max(2000).optional(), quotas: QuotasBody.optional() })
  .openapi('OrganizationCreate');
const UpdateBody = z
  .object({ name: z.string().min(1).max(200).optional(), description: z.string().max(2000).optional(), quotas: QuotasBody.optional() })
  .openapi('OrganizationUpdate');
const AddMemberBody = z
  .object({
    email: z.string().max(254).optional().openapi({ description: 'The developer to add (or developer_id)' }),
    developer_id: z.string().regex(/^\d{1,18}$/, 'expected a developer id').optional(),
    role: Role.optional().openapi({ description: 'Default member; only owners grant owner, admins grant member' }),
  })
  .openapi('OrganizationMemberAdd');
const RoleBody = z.object({ role: Role }).openapi('OrganizationMemberRole');
const AgentBody = z.object({ agent_did: z.string().min(1).max(300) }).openapi('OrganizationAgentAdd');
const ApiKeyBody = z.object({ description: z.string().max(200).optional() }).optional().openapi('OrganizationApiKeyCreate');

const OrgParams = z.object({ organization_id: z.string().uuid() });
const MemberParams = OrgParams.extend({ developer_id: z.string().regex(/^\d{1,18}$/, 'expected a developer id') });
const AgentParams = OrgParams.extend({ did: z.string().min(1).max(300) });

const list = <T extends z.ZodTypeAny>(item: T, name: string) => z.object({ items: z.array(item), total: z.number().int() }).openapi(name);

function organizationJson(o: Organization__Output) {
  return { ...o, quotas: present(o.quotas, 'quotas') };
}
function orgKeyJson(k: OrganizationApiKey__Output) {
  return { ...apiKeyJson(present(k.api_key, 'api_key')), developer_id: k.developer_id, organization_id: k.organization_id };
}
const quotasMessage = (q: z.infer<typeof QuotasBody> | undefined) =>
  q ? { max_agents: q.max_agents ?? 0, max_api_keys: q.max_api_keys ?? 0, requests_per_minute: q.requests_per_minute ?? 0 } : undefined;

export function organizationRoutes(deps: RouteDeps, { identity }: GatewayClients): void {
  route(deps, {
    method: 'post', path: '/api/v1/organizations', summary: 'Create an organization (you become its owner)', tags: TAGS,
    auth: ['developer'], body: CreateBody,
    responses: { 201: { description: 'Created', schema: OrganizationSchema } },
    handler: async ({ principal, body }) => {
      const created = await identity.call('CreateOrganization', {
        developer_id: developerOf(principal), name: body.name, description: body.description ?? '', quotas: quotasMessage(body.quotas),
      });
      return { status: 201, body: organizationJson(created) };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/organizations', summary: 'The organizations you belong to', tags: TAGS,
    auth: ['developer'],
    responses: { 200: { description: 'Organizations, with your role in each', schema: list(OrganizationSchema, 'OrganizationList') } },
    handler: async ({ principal }) => {
      const { items } = await identity.call('ListMyOrganizations', { developer_id: developerOf(principal) });
      return { body: { items: items.map(organizationJson), total: items.length } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/organizations/:organization_id', summary: 'An organization (members only)', tags: TAGS,
    auth: ['developer'], params: OrgParams,
    responses: { 200: { description: 'The organization', schema: OrganizationSchema }, 404: { description: 'No such organization' } },
    handler: async ({ principal, params }) => ({
      body: organizationJson(await identity.call('GetOrganization', { developer_id: developerOf(principal), organization_id: params.organization_id })),
    }),
  });

  route(deps, {
    method: 'put', path: '/api/v1/organizations/:organization_id', summary: 'Change an organization (admins; quotas: owners)', tags: TAGS,
    auth: ['developer'], params: OrgParams, body: UpdateBody,
    responses: { 200: { description: 'The organization', schema: OrganizationSchema }, 404: { description: 'No such organization' } },
    handler: async ({ principal, params, body }) => {
      const saved = await identity.call('UpdateOrganization', {
        developer_id: developerOf(principal),
        organization_id: params.organization_id,
        name: body.name ?? '',
        set_description: body.description !== undefined,
        description: body.description ?? '',
        quotas: quotasMessage(body.quotas),
      });
      return { body: organizationJson(saved) };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/organizations/:organization_id/members', summary: "An organization's members", tags: TAGS,
    auth: ['developer'], params: OrgParams,
    responses: { 200: { description: 'Members and their roles', schema: list(MemberSchema, 'OrganizationMemberList') }, 404: { description: 'No such organization' } },
    handler: async ({ principal, params }) => {
      const { items } = await identity.call('ListOrganizationMembers', { developer_id: developerOf(principal), organization_id: params.organization_id });
      return { body: { items, total: items.length } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/organizations/:organization_id/members', summary: 'Add a registered developer to the organization', tags: TAGS,
    auth: ['developer'], params: OrgParams, body: AddMemberBody,
    responses: { 201: { description: 'Added', schema: MemberSchema }, 404: { description: 'No such organization or developer' }, 409: { description: 'Already a member' } },
    handler: async ({ principal, params, body }) => {
      const member = await identity.call('AddOrganizationMember', {
        developer_id: developerOf(principal), organization_id: params.organization_id,
        email: body.email ?? '', member_developer_id: body.developer_id ?? '', role: body.role ?? 'member',
      });
      return { status: 201, body: member };
    },
  });

  route(deps, {
    method: 'put', path: '/api/v1/organizations/:organization_id/members/:developer_id', summary: "Change a member's role", tags: TAGS,
    auth: ['developer'], params: MemberParams, body: RoleBody,
    responses: { 200: { description: 'The member', schema: MemberSchema }, 404: { description: 'Not a member' }, 409: { description: 'The last owner' } },
    handler: async ({ principal, params, body }) => ({
      body: await identity.call('ChangeOrganizationMemberRole', {
        developer_id: developerOf(principal), organization_id: params.organization_id, member_developer_id: params.developer_id, role: body.role,
      }),
    }),
  });

  route(deps, {
    method: 'delete', path: '/api/v1/organizations/:organization_id/members/:developer_id', summary: 'Remove a member, or leave', tags: TAGS,
    description: "The member's organization API keys are revoked; agents they added stay with the organization.",
    auth: ['developer'], params: MemberParams,
    responses: { 204: { description: 'Removed' }, 404: { description: 'Not a member' }, 409: { description: 'The last owner' } },
    handler: async ({ principal, params }) => {
      await identity.call('RemoveOrganizationMember', { developer_id: developerOf(principal), organization_id: params.organization_id, member_developer_id: params.developer_id });
      return { status: 204 };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/organizations/:organization_id/agents', summary: "The organization's agents", tags: TAGS,
    auth: ['developer'], params: OrgParams,
    responses: { 200: { description: 'Agents', schema: list(OrgAgentSchema, 'OrganizationAgentList') }, 404: { description: 'No such organization' } },
    handler: async ({ principal, params }) => {
      const { items } = await identity.call('ListOrganizationAgents', { developer_id: developerOf(principal), organization_id: params.organization_id });
      return { body: { items, total: items.length } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/organizations/:organization_id/agents', summary: 'Add one of your agents to the organization', tags: TAGS,
    description: 'Within the agent quota (and MAX_AGENTS_PER_ORGANIZATION); with REQUIRE_VERIFIED_EMAIL, a verified address.',
    auth: ['developer'], params: OrgParams, body: AgentBody,
    responses: { 201: { description: 'Added', schema: OrgAgentSchema }, 404: { description: 'No such organization or agent' }, 409: { description: 'Already in an organization' } },
    handler: async ({ principal, params, body }) => ({
      status: 201,
      body: await identity.call('AddOrganizationAgent', { developer_id: developerOf(principal), organization_id: params.organization_id, agent_did: body.agent_did }),
    }),
  });

  route(deps, {
    method: 'delete', path: '/api/v1/organizations/:organization_id/agents/:did', summary: 'Take an agent out of the organization', tags: TAGS,
    auth: ['developer'], params: AgentParams,
    responses: { 204: { description: 'Removed' }, 404: { description: 'Not an agent of this organization' } },
    handler: async ({ principal, params }) => {
      await identity.call('RemoveOrganizationAgent', { developer_id: developerOf(principal), organization_id: params.organization_id, agent_did: params.did });
      return { status: 204 };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/organizations/:organization_id/api-keys', summary: "The organization's active API keys (members: their own)", tags: TAGS,
    auth: ['developer'], params: OrgParams,
    responses: { 200: { description: 'Keys', schema: list(OrgApiKeySchema, 'OrganizationApiKeyList') }, 404: { description: 'No such organization' } },
    handler: async ({ principal, params }) => {
      const { items } = await identity.call('ListOrganizationApiKeys', { developer_id: developerOf(principal), organization_id: params.organization_id });
      return { body: { items: items.map(orgKeyJson), total: items.length } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/organizations/:organization_id/api-keys', summary: 'Create an API key of yours counted against the organization', tags: TAGS,
    description: 'Shown once. Revoke it with DELETE /api/v1/auth/api-keys/{id}; it is revoked when you leave the organization.',
    auth: ['developer'], params: OrgParams, body: ApiKeyBody,
    responses: {
      201: { description: 'The key, shown once', schema: z.object({ plain_api_key: z.string(), api_key_info: OrgApiKeySchema }).openapi('NewOrganizationApiKey') },
      404: { description: 'No such organization' },
    },
    handler: async ({ principal, params, body }) => {
      const created = await identity.call('CreateOrganizationApiKey', { developer_id: developerOf(principal), organization_id: params.organization_id, description: body?.description ?? '' });
      return { status: 201, body: { plain_api_key: created.plain_api_key, api_key_info: orgKeyJson(present(created.key, 'key')) } };
    },
  });
}
