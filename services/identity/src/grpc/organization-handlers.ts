import type { Handlers } from '@agentvault/grpc';
import type { IdentityContract } from '@agentvault/contracts/identity';
import { validationError } from '@agentvault/errors';
import type { ApiKey } from '../domain/model.js';
import type { EmailVerificationService } from '../domain/email-verification.js';
import type { OrganizationService } from '../domain/organizations.js';
import type { GateCheck, TeamService } from '../domain/teams.js';
import type { BundleService } from '../domain/bundles.js';
import { SERVICE_TEMPLATES, TEAM_TEMPLATES } from '../domain/templates.js';
import type { Bundle, OrganizationAgent, OrganizationMember, OrganizationView, QualityGate, RoutingRule, TeamDetail, TeamMember } from '../domain/organization-model.js';

/** proto ↔ domain for email verification, organizations and teams. */

type OrganizationMethods =
  | 'SendVerificationEmail' | 'VerifyEmail'
  | 'CreateOrganization' | 'GetOrganization' | 'ListMyOrganizations' | 'UpdateOrganization' | 'AddOrganizationMember'
  | 'ListOrganizationMembers' | 'ChangeOrganizationMemberRole' | 'RemoveOrganizationMember' | 'AddOrganizationAgent'
  | 'ListOrganizationAgents' | 'RemoveOrganizationAgent' | 'CreateOrganizationApiKey' | 'ListOrganizationApiKeys'
  | 'CreateTeam' | 'GetTeam' | 'ListTeams' | 'UpdateTeam' | 'ArchiveTeam' | 'AddTeamMember' | 'RemoveTeamMember'
  | 'AddRoutingRule' | 'RemoveRoutingRule' | 'AddQualityGate' | 'RemoveQualityGate' | 'RouteTeamTask'
  | 'CreateBundle' | 'ListBundles' | 'GetBundle' | 'RestoreBundle' | 'ListTemplates';

const iso = (d: Date | null) => (d ? d.toISOString() : '');

const gateCheckMessage = (c: GateCheck) => ({
  gate_id: c.gate.id,
  gate_type: c.gate.gateType,
  threshold: c.gate.threshold,
  has_actual: c.actual !== null,
  actual: c.actual ?? 0,
  passed: c.passed,
});

function organizationMessage(o: OrganizationView) {
  return {
    id: o.id,
    name: o.name,
    description: o.description,
    owner_developer_id: o.ownerDeveloperId,
    quotas: { max_agents: o.quotas.maxAgents, max_api_keys: o.quotas.maxApiKeys, requests_per_minute: o.quotas.requestsPerMinute },
    member_count: o.memberCount,
    active_agent_count: o.activeAgentCount,
    active_api_key_count: o.activeApiKeyCount,
    my_role: o.myRole,
    created_at: iso(o.createdAt),
    updated_at: iso(o.updatedAt),
  };
}

const memberMessage = (m: OrganizationMember) => ({
  organization_id: m.organizationId, developer_id: m.developerId, email: m.email, name: m.name, role: m.role, added_at: iso(m.addedAt),
});
const orgAgentMessage = (a: OrganizationAgent) => ({
  organization_id: a.organizationId, agent_did: a.agentDid, developer_id: a.developerId, status: a.status, added_at: iso(a.addedAt),
});
const orgKeyMessage = (k: ApiKey, organizationId: string) => ({
  api_key: { id: k.id, prefix: k.prefix, description: k.description ?? '', is_active: !k.revokedAt, created_at: iso(k.createdAt), last_used_at: iso(k.lastUsedAt) },
  developer_id: k.developerId,
  organization_id: organizationId,
});

const teamMemberMessage = (m: TeamMember) => ({ id: m.id, team_id: m.teamId, agent_did: m.agentDid, role: m.role, skills: m.skills, joined_at: iso(m.joinedAt) });
const ruleMessage = (r: RoutingRule) => ({
  id: r.id, team_id: r.teamId, name: r.name, keywords: r.keywords, target_agent_did: r.targetAgentDid, priority: r.priority, enabled: r.enabled, created_at: iso(r.createdAt),
});
const gateMessage = (g: QualityGate) => ({
  id: g.id, team_id: g.teamId, gate_type: g.gateType, threshold: g.threshold, gate_order: g.gateOrder, config_json: JSON.stringify(g.config), enabled: g.enabled, created_at: iso(g.createdAt),
});
function teamMessage(t: TeamDetail) {
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    owner_developer_id: t.ownerDeveloperId,
    organization_id: t.organizationId ?? '',
    config_json: JSON.stringify(t.config),
    status: t.status,
    created_at: iso(t.createdAt),
    updated_at: iso(t.updatedAt),
    members: t.members.map(teamMemberMessage),
    routing_rules: t.routingRules.map(ruleMessage),
    quality_gates: t.qualityGates.map(gateMessage),
  };
}

function bundleMessage(b: Bundle, withContent: boolean) {
  return {
    id: b.id,
    organization_id: b.organizationId,
    version: b.version,
    name: b.name,
    description: b.description,
    created_by: b.createdBy,
    created_at: iso(b.createdAt),
    agent_count: b.content.agents.length,
    team_count: b.content.teams.length,
    content_json: withContent ? JSON.stringify(b.content) : '',
  };
}

function json(value: string, field: string): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw validationError(`${field} is not valid JSON`, field);
  }
}

const quotasOf = (q: { max_agents: number; max_api_keys: number; requests_per_minute: number } | null | undefined) =>
  q ? { maxAgents: q.max_agents, maxApiKeys: q.max_api_keys, requestsPerMinute: q.requests_per_minute } : null;

export function organizationHandlers(
  verification: EmailVerificationService,
  organizations: OrganizationService,
  teams: TeamService,
  bundles: BundleService,
): Pick<Handlers<IdentityContract>, OrganizationMethods> {
  return {
    SendVerificationEmail: async (req) => {
      const sent = await verification.sendVerification(req.developer_id);
      return { status: sent.status, expires_at: iso(sent.expiresAt) };
    },
    VerifyEmail: async (req) => {
      const verified = await verification.verify(req.token);
      return { developer_id: verified.developerId, email: verified.email, status: verified.status };
    },

    CreateOrganization: async (req) =>
      organizationMessage(await organizations.create(req.developer_id, { name: req.name, description: req.description, quotas: quotasOf(req.quotas) })),
    GetOrganization: async (req) => organizationMessage(await organizations.get(req.developer_id, req.organization_id)),
    ListMyOrganizations: async (req) => ({ items: (await organizations.listMine(req.developer_id)).map(organizationMessage) }),
    UpdateOrganization: async (req) =>
      organizationMessage(
        await organizations.update(req.developer_id, req.organization_id, {
          name: req.name || undefined,
          description: req.set_description ? req.description : undefined,
          quotas: quotasOf(req.quotas) ?? undefined,
        }),
      ),
    AddOrganizationMember: async (req) =>
      memberMessage(
        await organizations.addMember(req.developer_id, req.organization_id, { email: req.email || undefined, memberDeveloperId: req.member_developer_id || undefined, role: req.role }),
      ),
    ListOrganizationMembers: async (req) => ({ items: (await organizations.listMembers(req.developer_id, req.organization_id)).map(memberMessage) }),
    ChangeOrganizationMemberRole: async (req) =>
      memberMessage(await organizations.changeRole(req.developer_id, req.organization_id, req.member_developer_id, req.role)),
    RemoveOrganizationMember: async (req) => (await organizations.removeMember(req.developer_id, req.organization_id, req.member_developer_id), {}),
    AddOrganizationAgent: async (req) => orgAgentMessage(await organizations.addAgent(req.developer_id, req.organization_id, req.agent_did)),
    ListOrganizationAgents: async (req) => ({ items: (await organizations.listAgents(req.developer_id, req.organization_id)).map(orgAgentMessage) }),
    RemoveOrganizationAgent: async (req) => (await organizations.removeAgent(req.developer_id, req.organization_id, req.agent_did), {}),
    CreateOrganizationApiKey: async (req) => {
      const created = await organizations.createApiKey(req.developer_id, req.organization_id, req.description || null);
      return { plain_api_key: created.plainKey, key: orgKeyMessage(created.key, created.organizationId) };
    },
    ListOrganizationApiKeys: async (req) => ({
      items: (await organizations.listApiKeys(req.developer_id, req.organization_id)).map((k) => orgKeyMessage(k, req.organization_id)),
    }),

    CreateTeam: async (req) =>
      teamMessage(
        await teams.create(req.developer_id, { name: req.name, description: req.description, config: json(req.config_json, 'config'), organizationId: req.organization_id || undefined, template: req.template || undefined }),
      ),
    GetTeam: async (req) => teamMessage(await teams.get(req.team_id)),
    ListTeams: async (req) => ({ items: (await teams.list(req.developer_id, req.limit)).map(teamMessage) }),
    UpdateTeam: async (req) =>
      teamMessage(
        await teams.update(req.developer_id, req.team_id, {
          name: req.name || undefined,
          description: req.set_description ? req.description : undefined,
          config: json(req.config_json, 'config'),
        }),
      ),
    ArchiveTeam: async (req) => teamMessage(await teams.archive(req.developer_id, req.team_id)),
    AddTeamMember: async (req) => teamMemberMessage(await teams.addMember(req.developer_id, req.team_id, { agentDid: req.agent_did, role: req.role, skills: req.skills })),
    RemoveTeamMember: async (req) => (await teams.removeMember(req.developer_id, req.team_id, req.agent_did), {}),
    AddRoutingRule: async (req) =>
      ruleMessage(await teams.addRule(req.developer_id, req.team_id, { name: req.name, keywords: req.keywords, targetAgentDid: req.target_agent_did, priority: req.priority })),
    RemoveRoutingRule: async (req) => (await teams.removeRule(req.developer_id, req.team_id, req.id), {}),
    AddQualityGate: async (req) =>
      gateMessage(await teams.addGate(req.developer_id, req.team_id, { gateType: req.gate_type, threshold: req.threshold, gateOrder: req.gate_order, config: json(req.config_json, 'config') })),
    RemoveQualityGate: async (req) => (await teams.removeGate(req.developer_id, req.team_id, req.id), {}),
    RouteTeamTask: async (req) => {
      const routed = await teams.route(req.team_id, req.task, req.skills);
      return {
        team_id: routed.team.id,
        agent_did: routed.member?.agentDid ?? '',
        matched_by: routed.matchedBy,
        rule_id: routed.rule?.id ?? '',
        quality_gates: routed.gates.map(gateMessage),
        gate_checks: routed.gateChecks.map(gateCheckMessage),
        excluded: routed.excluded.map((e) => ({ agent_did: e.agentDid, failed: e.failed.map(gateCheckMessage) })),
      };
    },

    CreateBundle: async (req) => bundleMessage(await bundles.create(req.developer_id, req.organization_id, { name: req.name, description: req.description }), true),
    ListBundles: async (req) => ({ items: (await bundles.list(req.developer_id, req.organization_id)).map((b) => bundleMessage(b, false)) }),
    GetBundle: async (req) => bundleMessage(await bundles.get(req.developer_id, req.bundle_id), true),
    RestoreBundle: async (req) => {
      const i = req.idempotency;
      const r = await bundles.restore(req.developer_id, req.bundle_id, i && i.key ? { scope: i.scope, key: i.key, requestHash: i.request_hash } : undefined);
      return {
        id: r.id, bundle_id: r.bundleId, organization_id: r.organizationId, version: r.version,
        restored_agents: r.restoredAgents, skipped_agents: r.skippedAgents, restored_teams: r.restoredTeams, restored_at: r.restoredAt, replayed: r.replayed,
      };
    },
    ListTemplates: async () => ({
      teams: TEAM_TEMPLATES.map((t) => ({ name: t.name, agents: t.agents, quality_gates: t.qualityGates, description: t.description, routing: t.routing })),
      services: SERVICE_TEMPLATES.map((t) => ({ name: t.name, category: t.category, price_per_call: t.pricePerCall, free_tier_calls: t.freeTierCalls, description: t.description })),
    }),
  };
}
