import { validationError } from '@agentvault/errors';
import type { GatewayClients } from './clients.js';
import { developerOf, orNull } from './common.js';
import { route, PaginationQuery, type RouteDeps } from '../http/route.js';
import { z } from '../http/openapi.js';
import type { Team__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/Team';
import type { TeamMember__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/TeamMember';
import type { RoutingRule__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/RoutingRule';
import type { QualityGate__Output } from '@agentvault/contracts/generated/agentvault/identity/v1/QualityGate';

/**
 * Teams of agents (ACF § Team Management): members with roles and skills, keyword routing rules,
 * quality gates. Reads are public; changes are the owner's (or the admins' of its organization).
 */

const TAGS = ['Teams'];
const Config = z.record(z.unknown()).openapi({ description: 'Free-form team configuration (at most 16 KiB of JSON)' });
const MemberRole = z.enum(['leader', 'worker', 'reviewer', 'router']);
const GateType = z.enum(['min_reputation', 'min_success_rate', 'quality_score', 'error_rate', 'coverage', 'latency', 'custom']);
const Words = z.array(z.string().min(1).max(100)).max(50);

const MemberSchema = z
  .object({ id: z.string(), team_id: z.string(), agent_id: z.string().openapi({ description: 'The agent DID' }), role: MemberRole, skills: z.array(z.string()), joined_at: z.string() })
  .openapi('TeamMember');
const RuleSchema = z
  .object({ id: z.string(), team_id: z.string(), name: z.string(), keywords: z.array(z.string()), target_agent_id: z.string(), priority: z.number().int(), enabled: z.boolean(), created_at: z.string() })
  .openapi('RoutingRule');
const GateSchema = z
  .object({ id: z.string(), team_id: z.string(), gate_type: GateType, threshold: z.number(), gate_order: z.number().int(), config: z.record(z.unknown()), enabled: z.boolean(), created_at: z.string() })
  .openapi('QualityGate');
const TeamSchema = z
  .object({
    id: z.string().uuid(),
    name: z.string(),
    owner_id: z.string().openapi({ description: 'The owning developer' }),
    organization_id: z.string().nullable(),
    description: z.string(),
    config: z.record(z.unknown()),
    status: z.enum(['active', 'archived']),
    created_at: z.string(),
    updated_at: z.string(),
    members: z.array(MemberSchema),
    routing_rules: z.array(RuleSchema),
    quality_gates: z.array(GateSchema),
  })
  .openapi('Team');

const CreateBody = z
  .object({
    name: z.string().min(1).max(200),
    description: z.string().max(2000).optional(),
    config: Config.optional(),
    organization_id: z.string().uuid().optional(),
    template: z.string().max(100).optional().openapi({ description: 'A team template (GET /api/v1/templates/teams): the team starts with its quality gates' }),
  })
  .openapi('TeamCreate');
const UpdateBody = z.object({ name: z.string().min(1).max(200).optional(), description: z.string().max(2000).optional(), config: Config.optional() }).openapi('TeamUpdate');
const AddMemberBody = z
  .object({ agent_id: z.string().min(1).max(300).openapi({ description: 'The agent DID' }), role: MemberRole.optional(), skills: Words.optional() })
  .openapi('TeamMemberAdd');
const AddRuleBody = z
  .object({ name: z.string().min(1).max(200), keywords: Words.min(1), target_agent_id: z.string().min(1).max(300), priority: z.number().int().min(-1000).max(1000).optional() })
  .openapi('RoutingRuleCreate');
const AddGateBody = z
  .object({ gate_type: GateType, threshold: z.number(), gate_order: z.number().int().min(0).max(1000).optional(), config: Config.optional() })
  .openapi('QualityGateCreate');
const RouteBody = z
  .object({ task: z.string().min(1).max(10_000).openapi({ description: 'The task text matched against the rules’ keywords' }), skills: Words.optional() })
  .openapi('TeamRouteRequest');
const GateCheckSchema = z
  .object({
    gate_id: z.string(),
    gate_type: z.string(),
    threshold: z.number(),
    actual: z.number().nullable().openapi({ description: 'The reputation score, or the positive share of the signals; null: no signals yet' }),
    passed: z.boolean(),
  })
  .openapi('TeamGateCheck');

const gateCheckJson = (c: { gate_id: string; gate_type: string; threshold: number; has_actual: boolean; actual: number; passed: boolean }) => ({
  gate_id: c.gate_id,
  gate_type: c.gate_type,
  threshold: c.threshold,
  actual: c.has_actual ? c.actual : null,
  passed: c.passed,
});

const RouteSchema = z
  .object({
    team_id: z.string(),
    agent_id: z.string().nullable().openapi({ description: 'The member that gets the task; null when nothing matches' }),
    matched_by: z.enum(['rule', 'skill', 'none']),
    rule_id: z.string().nullable(),
    quality_gates: z.array(GateSchema).openapi({ description: 'What the answer must then pass, in order' }),
    gate_checks: z.array(GateCheckSchema).openapi({ description: "The chosen member against each reputation gate, on the ledger's live reputation" }),
    excluded: z
      .array(z.object({ agent_id: z.string(), failed_gates: z.array(GateCheckSchema) }))
      .openapi({ description: 'Members passed over because they are below a reputation gate (min_reputation, min_success_rate)' }),
  })
  .openapi('TeamRoute');

const TeamParams = z.object({ team_id: z.string().uuid() });
const MemberParams = TeamParams.extend({ agent_id: z.string().min(1).max(300) });
const RuleParams = TeamParams.extend({ rule_id: z.string().uuid() });
const GateParams = TeamParams.extend({ gate_id: z.string().uuid() });
const ListQuery = PaginationQuery.pick({ limit: true });

const parsed = (value: string): Record<string, unknown> => {
  try {
    return value ? (JSON.parse(value) as Record<string, unknown>) : {};
  } catch {
    throw validationError('config is not valid JSON', 'config');
  }
};
const memberJson = (m: TeamMember__Output) => ({ id: m.id, team_id: m.team_id, agent_id: m.agent_did, role: m.role as z.infer<typeof MemberRole>, skills: m.skills, joined_at: m.joined_at });
const ruleJson = (r: RoutingRule__Output) => ({
  id: r.id, team_id: r.team_id, name: r.name, keywords: r.keywords, target_agent_id: r.target_agent_did, priority: r.priority, enabled: r.enabled, created_at: r.created_at,
});
const gateJson = (g: QualityGate__Output) => ({
  id: g.id, team_id: g.team_id, gate_type: g.gate_type as z.infer<typeof GateType>, threshold: g.threshold, gate_order: g.gate_order, config: parsed(g.config_json), enabled: g.enabled, created_at: g.created_at,
});
const teamJson = (t: Team__Output) => ({
  id: t.id,
  name: t.name,
  owner_id: t.owner_developer_id,
  organization_id: orNull(t.organization_id),
  description: t.description,
  config: parsed(t.config_json),
  status: t.status as 'active' | 'archived',
  created_at: t.created_at,
  updated_at: t.updated_at,
  members: t.members.map(memberJson),
  routing_rules: t.routing_rules.map(ruleJson),
  quality_gates: t.quality_gates.map(gateJson),
});

export function teamRoutes(deps: RouteDeps, { identity }: GatewayClients): void {
  route(deps, {
    method: 'post', path: '/api/v1/teams', summary: 'Create a team of agents', tags: TAGS,
    auth: ['developer'], body: CreateBody,
    responses: { 201: { description: 'Created', schema: TeamSchema } },
    handler: async ({ principal, body }) => {
      const team = await identity.call('CreateTeam', {
        developer_id: developerOf(principal), name: body.name, description: body.description ?? '',
        config_json: body.config ? JSON.stringify(body.config) : '', organization_id: body.organization_id ?? '', template: body.template ?? '',
      });
      return { status: 201, body: teamJson(team) };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teams', summary: 'Your active teams (and your organizations’)', tags: TAGS,
    auth: ['developer'], query: ListQuery,
    responses: { 200: { description: 'Teams', schema: z.object({ teams: z.array(TeamSchema), count: z.number().int() }).openapi('TeamList') } },
    handler: async ({ principal, query }) => {
      const { items } = await identity.call('ListTeams', { developer_id: developerOf(principal), limit: query.limit });
      return { body: { teams: items.map(teamJson), count: items.length } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teams/:team_id', summary: 'A team with its members, routing rules and quality gates', tags: TAGS,
    params: TeamParams,
    responses: { 200: { description: 'The team', schema: TeamSchema }, 404: { description: 'No such team' } },
    handler: async ({ params }) => ({ body: teamJson(await identity.call('GetTeam', { developer_id: '', team_id: params.team_id })) }),
  });

  route(deps, {
    method: 'put', path: '/api/v1/teams/:team_id', summary: 'Change a team', tags: TAGS,
    auth: ['developer'], params: TeamParams, body: UpdateBody,
    responses: { 200: { description: 'The team', schema: TeamSchema }, 404: { description: 'No such team' }, 409: { description: 'Archived' } },
    handler: async ({ principal, params, body }) => ({
      body: teamJson(
        await identity.call('UpdateTeam', {
          developer_id: developerOf(principal), team_id: params.team_id, name: body.name ?? '',
          set_description: body.description !== undefined, description: body.description ?? '', config_json: body.config ? JSON.stringify(body.config) : '',
        }),
      ),
    }),
  });

  route(deps, {
    method: 'delete', path: '/api/v1/teams/:team_id', summary: 'Archive a team (soft delete)', tags: TAGS,
    auth: ['developer'], params: TeamParams,
    responses: { 200: { description: 'Archived', schema: z.object({ status: z.literal('archived'), id: z.string() }).openapi('TeamArchived') }, 404: { description: 'No such team' } },
    handler: async ({ principal, params }) => {
      const team = await identity.call('ArchiveTeam', { developer_id: developerOf(principal), team_id: params.team_id });
      return { body: { status: 'archived' as const, id: team.id } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teams/:team_id/members', summary: "A team's members", tags: TAGS,
    params: TeamParams,
    responses: { 200: { description: 'Members', schema: z.object({ members: z.array(MemberSchema), count: z.number().int() }).openapi('TeamMemberList') }, 404: { description: 'No such team' } },
    handler: async ({ params }) => {
      const team = await identity.call('GetTeam', { developer_id: '', team_id: params.team_id });
      return { body: { members: team.members.map(memberJson), count: team.members.length } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/teams/:team_id/members', summary: 'Add an agent to a team', tags: TAGS,
    description: 'Your own agents, or those of the team’s organization.',
    auth: ['developer'], params: TeamParams, body: AddMemberBody,
    responses: { 201: { description: 'Added', schema: MemberSchema }, 404: { description: 'No such team or agent' }, 409: { description: 'Already a member' } },
    handler: async ({ principal, params, body }) => ({
      status: 201,
      body: memberJson(
        await identity.call('AddTeamMember', { developer_id: developerOf(principal), team_id: params.team_id, agent_did: body.agent_id, role: body.role ?? 'worker', skills: body.skills ?? [] }),
      ),
    }),
  });

  route(deps, {
    method: 'delete', path: '/api/v1/teams/:team_id/members/:agent_id', summary: 'Remove an agent from a team (its routing rules go too)', tags: TAGS,
    auth: ['developer'], params: MemberParams,
    responses: { 200: { description: 'Removed', schema: z.object({ status: z.literal('removed') }).openapi('TeamMemberRemoved') }, 404: { description: 'Not a member' } },
    handler: async ({ principal, params }) => {
      await identity.call('RemoveTeamMember', { developer_id: developerOf(principal), team_id: params.team_id, agent_did: params.agent_id });
      return { body: { status: 'removed' as const } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teams/:team_id/rules', summary: "A team's routing rules, highest priority first", tags: TAGS,
    params: TeamParams,
    responses: { 200: { description: 'Rules', schema: z.object({ rules: z.array(RuleSchema), count: z.number().int() }).openapi('RoutingRuleList') }, 404: { description: 'No such team' } },
    handler: async ({ params }) => {
      const team = await identity.call('GetTeam', { developer_id: '', team_id: params.team_id });
      return { body: { rules: team.routing_rules.map(ruleJson), count: team.routing_rules.length } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/teams/:team_id/rules', summary: 'Add a keyword routing rule', tags: TAGS,
    description: 'Tasks whose text has one of the keywords go to the target member; higher priority is tried first.',
    auth: ['developer'], params: TeamParams, body: AddRuleBody,
    responses: { 201: { description: 'Added', schema: RuleSchema }, 404: { description: 'No such team' } },
    handler: async ({ principal, params, body }) => ({
      status: 201,
      body: ruleJson(
        await identity.call('AddRoutingRule', {
          developer_id: developerOf(principal), team_id: params.team_id, name: body.name, keywords: body.keywords, target_agent_did: body.target_agent_id, priority: body.priority ?? 0,
        }),
      ),
    }),
  });

  route(deps, {
    method: 'delete', path: '/api/v1/teams/:team_id/rules/:rule_id', summary: 'Delete a routing rule', tags: TAGS,
    auth: ['developer'], params: RuleParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such rule' } },
    handler: async ({ principal, params }) => {
      await identity.call('RemoveRoutingRule', { developer_id: developerOf(principal), team_id: params.team_id, id: params.rule_id });
      return { status: 204 };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/teams/:team_id/gates', summary: "A team's quality gates, in order", tags: TAGS,
    params: TeamParams,
    responses: { 200: { description: 'Gates', schema: z.object({ gates: z.array(GateSchema), count: z.number().int() }).openapi('QualityGateList') }, 404: { description: 'No such team' } },
    handler: async ({ params }) => {
      const team = await identity.call('GetTeam', { developer_id: '', team_id: params.team_id });
      return { body: { gates: team.quality_gates.map(gateJson), count: team.quality_gates.length } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/teams/:team_id/gates', summary: 'Add a quality gate', tags: TAGS,
    description: 'Thresholds: min_reputation 0–1,000,000; min_success_rate, error_rate and coverage 0–1; quality_score 0–10; latency in ms.',
    auth: ['developer'], params: TeamParams, body: AddGateBody,
    responses: { 201: { description: 'Added', schema: GateSchema }, 404: { description: 'No such team' } },
    handler: async ({ principal, params, body }) => ({
      status: 201,
      body: gateJson(
        await identity.call('AddQualityGate', {
          developer_id: developerOf(principal), team_id: params.team_id, gate_type: body.gate_type, threshold: body.threshold,
          gate_order: body.gate_order ?? 0, config_json: body.config ? JSON.stringify(body.config) : '',
        }),
      ),
    }),
  });

  route(deps, {
    method: 'delete', path: '/api/v1/teams/:team_id/gates/:gate_id', summary: 'Delete a quality gate', tags: TAGS,
    auth: ['developer'], params: GateParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such gate' } },
    handler: async ({ principal, params }) => {
      await identity.call('RemoveQualityGate', { developer_id: developerOf(principal), team_id: params.team_id, id: params.gate_id });
      return { status: 204 };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/teams/:team_id/route', summary: 'Which member gets this task', tags: TAGS,
    description: 'The routing rules by priority, then the members’ skills, among the members that meet the reputation gates (min_reputation, min_success_rate) on the ledger’s live reputation; answers with the quality gates the result must pass.',
    params: TeamParams, body: RouteBody,
    responses: { 200: { description: 'The chosen member', schema: RouteSchema }, 404: { description: 'No such team' }, 409: { description: 'Archived' } },
    handler: async ({ params, body }) => {
      const routed = await identity.call('RouteTeamTask', { team_id: params.team_id, task: body.task, skills: body.skills ?? [] });
      return {
        body: { team_id: routed.team_id, agent_id: orNull(routed.agent_did), matched_by: routed.matched_by as 'rule' | 'skill' | 'none', rule_id: orNull(routed.rule_id), quality_gates: routed.quality_gates.map(gateJson),
          gate_checks: routed.gate_checks.map(gateCheckJson),
          excluded: routed.excluded.map((e) => ({ agent_id: e.agent_did, failed_gates: e.failed.map(gateCheckJson) })),
        },
      };
    },
  });
}
