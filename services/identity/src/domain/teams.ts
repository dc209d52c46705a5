import { randomUUID } from 'node:crypto';
import { conflict, forbidden, notFound, validationError } from '@agentvault/errors';
import { isRowId } from './model.js';
import { cleanDescription, cleanName, isUuid } from './organizations.js';
import { TEAM_MEMBER_ROLES, type QualityGate, type RoutingRule, type Team, type TeamDetail, type TeamMember, type TeamMemberRole } from './organization-model.js';
import type { AgentReputation, DirectoryRepositories, DirectoryUnitOfWork } from './organization-ports.js';
import { TEAM_TEMPLATES, teamTemplate } from './templates.js';

export const MAX_TEAM_MEMBERS = 100;
export const MAX_TEAM_RULES = 100;
export const MAX_TEAM_GATES = 20;

/**
 * Quality gates and the range of each threshold: reputation as the ledger scores it, rates as
 * fractions, latency in milliseconds, ACF's quality score out of 10.
 */
export const GATE_TYPES: Record<string, { min: number; max: number }> = {
  min_reputation: { min: 0, max: 1_000_000 },
  min_success_rate: { min: 0, max: 1 },
  quality_score: { min: 0, max: 10 },
  error_rate: { min: 0, max: 1 },
  coverage: { min: 0, max: 1 },
  latency: { min: 0, max: 3_600_000 },
  custom: { min: -1_000_000, max: 1_000_000 },
};

function cleanWords(values: string[], field: string, { min, max }: { min: number; max: number }): string[] {
  const words = [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0))];
  if (words.length < min) throw validationError(`${field}: at least ${min} value(s)`, field);
  if (words.length > max) throw validationError(`${field}: at most ${max} values`, field);
  if (words.some((w) => w.length > 100)) throw validationError(`${field}: each value at most 100 characters`, field);
  return words;
}

function cleanConfig(value: unknown, field = 'config'): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw validationError(`${field} must be a JSON object`, field);
  if (JSON.stringify(value).length > 16_384) throw validationError(`${field} must be at most 16 KiB of JSON`, field);
  return value as Record<string, unknown>;
}

const tokensOf = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}_-]+/u).filter(Boolean));

/**
 * Which member gets a task: the enabled rules by priority (highest first, then oldest), the first
 * with a keyword in the task wins; otherwise the first member (leaders first) with a requested
 * skill. The gates the answer must then pass come back with it.
 */
export function routeTask(
  team: TeamDetail,
  task: string,
  skills: string[],
  eligible: (member: TeamMember) => boolean = () => true,
): { member: TeamMember | null; matchedBy: 'rule' | 'skill' | 'none'; rule: RoutingRule | null } {
  const words = tokensOf(task);
  const text = task.toLowerCase();
  const members = new Map(team.members.filter(eligible).map((m) => [m.agentDid, m]));
  const rules = team.routingRules.filter((r) => r.enabled).sort((a, b) => b.priority - a.priority || a.createdAt.getTime() - b.createdAt.getTime());
  for (const rule of rules) {
    const member = members.get(rule.targetAgentDid);
    if (member && rule.keywords.some((k) => (k.includes(' ') ? text.includes(k) : words.has(k)))) return { member, matchedBy: 'rule', rule };
  }
  const wanted = new Set([...skills.map((s) => s.toLowerCase()), ...words]);
  const byRole = [...members.values()].sort((a, b) => Number(b.role === 'leader') - Number(a.role === 'leader'));
  const member = byRole.find((m) => m.skills.some((s) => wanted.has(s))) ?? null;
  return member ? { member, matchedBy: 'skill', rule: null } : { member: null, matchedBy: 'none', rule: null };
}

/** The gates checked against the ledger's reputation before a member is routed to; the others judge the answer. */
export const REPUTATION_GATES = ['min_reputation', 'min_success_rate'] as const;

export interface GateCheck {
  gate: QualityGate;
  /** null: the agent has no signals yet, so it has no success rate. */
  actual: number | null;
  passed: boolean;
}

/** A member's reputation against each reputation gate: its score, and its positive share of the signals. */
export function checkReputationGates(gates: QualityGate[], reputation: AgentReputation | undefined): GateCheck[] {
  return gates
    .filter((g) => (REPUTATION_GATES as readonly string[]).includes(g.gateType))
    .map((gate) => {
      if (gate.gateType === 'min_reputation') {
        const actual = reputation?.score ?? 0;
        return { gate, actual, passed: actual >= gate.threshold };
      }
      const signals = (reputation?.positiveSignals ?? 0) + (reputation?.negativeSignals ?? 0);
      const actual = signals ? reputation!.positiveSignals / signals : null;
      return { gate, actual, passed: actual !== null && actual >= gate.threshold };
    });
}

/** Teams of agents (ACF § Team Management): their owner, or the admins of their organization, manage them. */
export class TeamService {
  constructor(private readonly uow: DirectoryUnitOfWork) {}

  private async mayManage(repos: DirectoryRepositories, team: Team, developerId: string): Promise<boolean> {
    if (team.ownerDeveloperId === developerId) return true;
    if (!team.organizationId || !isRowId(developerId)) return false;
    const role = (await repos.organizationMembers.get(team.organizationId, developerId))?.role;
    return role === 'owner' || role === 'admin';
  }

  private async requireManaged(repos: DirectoryRepositories, developerId: string, teamId: string, { active = true } = {}): Promise<Team> {
    const team = isUuid(teamId) ? await repos.teams.lockById(teamId) : null;
    if (!team) throw notFound(`Team ${teamId} not found`);
    if (!(await this.mayManage(repos, team, developerId))) throw forbidden('Only the team owner (or an admin of its organization) may change this team');
    if (active && team.status !== 'active') throw conflict('The team is archived', 'team_id');
    return team;
  }

  private async detail(repos: DirectoryRepositories, team: Team): Promise<TeamDetail> {
    const [members, routingRules, qualityGates] = await Promise.all([repos.teams.members(team.id), repos.teams.rules(team.id), repos.teams.gates(team.id)]);
    return { ...team, members, routingRules, qualityGates };
  }

  /** With `template`, the team starts with that template's quality gates and its routing noted in config. */
  async create(developerId: string, input: { name: string; description: string; config: unknown; organizationId?: string; template?: string }): Promise<TeamDetail> {
    const name = cleanName(input.name);
    const description = cleanDescription(input.description);
    const template = input.template ? teamTemplate(input.template) : undefined;
    if (input.template && !template) throw validationError(`template must be one of ${TEAM_TEMPLATES.map((t) => t.name).join(', ')}`, 'template');
    const config = { ...(template ? { template: template.name, routing: template.routing } : {}), ...cleanConfig(input.config) };
    return this.uow.run(async (repos) => {
      if (!(await repos.developers.byId(developerId))) throw notFound(`Developer ${developerId} not found`);
      let organizationId: string | null = null;
      if (input.organizationId) {
        const organization = isUuid(input.organizationId) ? await repos.organizations.byId(input.organizationId) : null;
        if (!organization) throw notFound(`Organization ${input.organizationId} not found`);
        const role = (await repos.organizationMembers.get(organization.id, developerId))?.role;
        if (role !== 'owner' && role !== 'admin') throw forbidden('Only an organization admin or owner may create its teams');
        organizationId = organization.id;
      }
      const team = await repos.teams.insert({ id: randomUUID(), name, description, ownerDeveloperId: developerId, organizationId, config });
      for (const [order, gate] of (template?.qualityGates ?? []).entries()) {
        await repos.teams.addGate({ id: randomUUID(), teamId: team.id, gateType: gate.type, threshold: gate.threshold, gateOrder: order, config: {} });
      }
      await repos.outbox.emit({ type: 'team.created', data: { team_id: team.id, developer_id: developerId, organization_id: organizationId, name } });
      return this.detail(repos, team);
    });
  }

  async get(teamId: string): Promise<TeamDetail> {
    const team = isUuid(teamId) ? await this.uow.read.teams.byId(teamId) : null;
    if (!team) throw notFound(`Team ${teamId} not found`);
    return this.detail(this.uow.read, team);
  }

  async list(developerId: string, limit: number): Promise<TeamDetail[]> {
    const size = limit || 50;
    if (size < 1 || size > 100) throw validationError('limit must be 1 to 100', 'limit');
    const teams = await this.uow.read.teams.listForDeveloper(developerId, size);
    return Promise.all(teams.map((t) => this.detail(this.uow.read, t)));
  }

  async update(developerId: string, teamId: string, change: { name?: string; description?: string; config?: unknown }): Promise<TeamDetail> {
    const name = change.name === undefined ? undefined : cleanName(change.name);
    const description = change.description === undefined ? undefined : cleanDescription(change.description);
    const config = change.config === undefined ? undefined : cleanConfig(change.config);
    return this.uow.run(async (repos) => {
      const team = await this.requireManaged(repos, developerId, teamId);
      const saved = await repos.teams.update(team.id, { name, description, config });
      await repos.outbox.emit({ type: 'team.updated', data: { team_id: saved.id, developer_id: developerId, name: saved.name } });
      return this.detail(repos, saved);
    });
  }

  /** Soft delete; archiving an archived team changes nothing. */
  async archive(developerId: string, teamId: string): Promise<TeamDetail> {
    return this.uow.run(async (repos) => {
      const team = await this.requireManaged(repos, developerId, teamId, { active: false });
      if (team.status === 'archived') return this.detail(repos, team);
      const saved = await repos.teams.update(team.id, { status: 'archived' });
      await repos.outbox.emit({ type: 'team.archived', data: { team_id: saved.id, developer_id: developerId } });
      return this.detail(repos, saved);
    });
  }

  /** An agent may join if the caller owns it, or it belongs to the team's organization. */
  async addMember(developerId: string, teamId: string, input: { agentDid: string; role: string; skills: string[] }): Promise<TeamMember> {
    const role = (input.role || 'worker') as TeamMemberRole;
    if (!TEAM_MEMBER_ROLES.includes(role)) throw validationError('role must be leader, worker, reviewer or router', 'role');
    const skills = cleanWords(input.skills, 'skills', { min: 0, max: 50 });
    return this.uow.run(async (repos) => {
      const team = await this.requireManaged(repos, developerId, teamId);
      const agent = await repos.agents.byDid(input.agentDid);
      if (!agent) throw notFound(`Agent with DID ${input.agentDid} not found`);
      const inOrganization = team.organizationId && (await repos.organizationAgents.get(agent.did))?.organizationId === team.organizationId;
      if (agent.developerId !== developerId && !inOrganization) throw forbidden("Only your own agents, or your team's organization's, may join the team");
      if ((await repos.teams.members(team.id)).length >= MAX_TEAM_MEMBERS) throw validationError(`A team has at most ${MAX_TEAM_MEMBERS} members`, 'agent_id');
      const member = await repos.teams.addMember({ id: randomUUID(), teamId: team.id, agentDid: agent.did, role, skills });
      if (!member) throw conflict('The agent is already a member of this team', 'agent_id');
      await repos.outbox.emit({ type: 'team.member_added', subject: agent.did, data: { team_id: team.id, agent_did: agent.did, developer_id: agent.developerId, role } });
      return member;
    });
  }

  /** The rules that route to the member go with it. */
  async removeMember(developerId: string, teamId: string, agentDid: string): Promise<void> {
    await this.uow.run(async (repos) => {
      const team = await this.requireManaged(repos, developerId, teamId);
      const agent = await repos.agents.byDid(agentDid);
      if (!(await repos.teams.removeMember(team.id, agentDid))) throw notFound(`Agent ${agentDid} is not a member of this team`);
      await repos.outbox.emit({ type: 'team.member_removed', subject: agentDid, data: { team_id: team.id, agent_did: agentDid, developer_id: agent?.developerId ?? '' } });
    });
  }

  async addRule(developerId: string, teamId: string, input: { name: string; keywords: string[]; targetAgentDid: string; priority: number }): Promise<RoutingRule> {
    const name = cleanName(input.name);
    const keywords = cleanWords(input.keywords, 'keywords', { min: 1, max: 50 });
    if (!Number.isInteger(input.priority) || Math.abs(input.priority) > 1000) throw validationError('priority must be an integer from -1000 to 1000', 'priority');
    return this.uow.run(async (repos) => {
      const team = await this.requireManaged(repos, developerId, teamId);
      const members = await repos.teams.members(team.id);
      if (!members.some((m) => m.agentDid === input.targetAgentDid)) throw validationError('target_agent_id must be a member of the team', 'target_agent_id');
      if ((await repos.teams.rules(team.id)).length >= MAX_TEAM_RULES) throw validationError(`A team has at most ${MAX_TEAM_RULES} routing rules`, 'name');
      return repos.teams.addRule({ id: randomUUID(), teamId: team.id, name, keywords, targetAgentDid: input.targetAgentDid, priority: input.priority });
    });
  }

  async removeRule(developerId: string, teamId: string, ruleId: string): Promise<void> {
    await this.uow.run(async (repos) => {
      const team = await this.requireManaged(repos, developerId, teamId);
      if (!isUuid(ruleId) || !(await repos.teams.removeRule(team.id, ruleId))) throw notFound(`Routing rule ${ruleId} not found`);
    });
  }

  async addGate(developerId: string, teamId: string, input: { gateType: string; threshold: number; gateOrder: number; config: unknown }): Promise<QualityGate> {
    const range = GATE_TYPES[input.gateType];
    if (!range || !Object.hasOwn(GATE_TYPES, input.gateType)) throw validationError(`gate_type must be one of ${Object.keys(GATE_TYPES).join(', ')}`, 'gate_type');
    if (!Number.isFinite(input.threshold) || input.threshold < range.min || input.threshold > range.max) {
      throw validationError(`threshold of a ${input.gateType} gate must be from ${range.min} to ${range.max}`, 'threshold');
    }
    if (!Number.isInteger(input.gateOrder) || input.gateOrder < 0 || input.gateOrder > 1000) throw validationError('gate_order must be an integer from 0 to 1000', 'gate_order');
    const config = cleanConfig(input.config);
    return this.uow.run(async (repos) => {
      const team = await this.requireManaged(repos, developerId, teamId);
      if ((await repos.teams.gates(team.id)).length >= MAX_TEAM_GATES) throw validationError(`A team has at most ${MAX_TEAM_GATES} quality gates`, 'gate_type');
      return repos.teams.addGate({ id: randomUUID(), teamId: team.id, gateType: input.gateType, threshold: input.threshold, gateOrder: input.gateOrder, config });
    });
  }

  async removeGate(developerId: string, teamId: string, gateId: string): Promise<void> {
    await this.uow.run(async (repos) => {
      const team = await this.requireManaged(repos, developerId, teamId);
      if (!isUuid(gateId) || !(await repos.teams.removeGate(team.id, gateId))) throw notFound(`Quality gate ${gateId} not found`);
    });
  }

  async route(teamId: string, task: string, skills: string[]) {
    if (task.length > 10_000) throw validationError('task must be at most 10,000 characters', 'task');
    const team = await this.get(teamId);
    if (team.status !== 'active') throw conflict('The team is archived', 'team_id');
    const gates = team.qualityGates.filter((g) => g.enabled);
    // Members below a reputation gate are passed over, on the ledger's live figures.
    const reputations = await this.uow.read.reputations.of(team.members.map((m) => m.agentDid));
    const checks = new Map(team.members.map((m) => [m.agentDid, checkReputationGates(gates, reputations.get(m.agentDid))]));
    const passes = (m: TeamMember) => checks.get(m.agentDid)!.every((c) => c.passed);
    const routed = routeTask(team, task, cleanWords(skills, 'skills', { min: 0, max: 50 }), passes);
    const excluded = team.members.filter((m) => !passes(m)).map((m) => ({ agentDid: m.agentDid, failed: checks.get(m.agentDid)!.filter((c) => !c.passed) }));
    return { team, ...routed, gates, gateChecks: routed.member ? checks.get(routed.member.agentDid)! : [], excluded };
  }
}
