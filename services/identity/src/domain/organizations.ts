import { randomUUID } from 'node:crypto';
import { conflict, DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { apiKeyDisplayPrefix, hashSecret, newApiKey } from './credentials.js';
import { isRowId, type ApiKey } from './model.js';
import { assertVerifiedForAgents } from './email-verification.js';
import {
  ORGANIZATION_ROLES, type Organization, type OrganizationAgent, type OrganizationMember, type OrganizationQuotas,
  type OrganizationRole, type OrganizationView,
} from './organization-model.js';
import type { DirectoryRepositories, DirectoryUnitOfWork } from './organization-ports.js';

export interface OrganizationSettings {
  /** The registry's ceiling on an organization's active agents (MAX_AGENTS_PER_ORGANIZATION); also the default quota. */
  maxAgentsPerOrganization: number;
  maxApiKeysPerOrganization: number;
  maxRequestsPerMinute: number;
  requireVerifiedEmail: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RANK: Record<OrganizationRole, number> = { member: 1, admin: 2, owner: 3 };

export const isUuid = (id: string) => UUID.test(id);

export function cleanName(name: string, field = 'name'): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200) throw validationError(`${field} must be 1 to 200 characters`, field);
  return trimmed;
}

export function cleanDescription(description: string): string {
  if (description.length > 2000) throw validationError('description must be at most 2000 characters', 'description');
  return description.trim();
}

function parseRole(role: string, field = 'role'): OrganizationRole {
  if (!(ORGANIZATION_ROLES as readonly string[]).includes(role)) throw validationError(`${field} must be owner, admin or member`, field);
  return role as OrganizationRole;
}

/** A role may be granted only by someone who outranks it; owners grant every role, owner included. */
export function mayGrant(caller: OrganizationRole, role: OrganizationRole): boolean {
  return caller === 'owner' || RANK[caller] > RANK[role];
}

/** Whether `caller` may change or remove a member who holds `target`. */
export function mayManage(caller: OrganizationRole, target: OrganizationRole): boolean {
  return caller === 'owner' || RANK[caller] > RANK[target];
}

const lastOwner = () => new DomainError('conflict', 'An organization keeps at least one owner: make another member owner first', { code: 'LAST_OWNER', field: 'role' });

/**
 * Organizations own agents and API keys and have members with roles (owner, admin, member).
 * Quotas cap the active agents and API keys they hold; the registry's settings cap the quotas.
 */
export class OrganizationService {
  constructor(
    private readonly uow: DirectoryUnitOfWork,
    private readonly settings: OrganizationSettings,
  ) {}

  /** Requests made with an organization's API key count toward its requests-per-minute quota (the gateway counts them). */
  async requestQuotaOfApiKey(apiKey: string): Promise<{ organizationId: string; requestsPerMinute: number } | null> {
    return this.uow.read.organizationApiKeys.quotaOfKey(hashSecret(apiKey));
  }

  private quotas(input: Partial<OrganizationQuotas> | null, current?: OrganizationQuotas): OrganizationQuotas {
    const pick = (value: number | undefined, fallback: number, max: number, field: string) => {
      if (value === undefined || value === 0) return fallback;
      if (!Number.isInteger(value) || value < 1 || value > max) throw validationError(`quotas.${field} must be 1 to ${max}`, `quotas.${field}`);
      return value;
    };
    const s = this.settings;
    return {
      maxAgents: pick(input?.maxAgents, current?.maxAgents ?? s.maxAgentsPerOrganization, s.maxAgentsPerOrganization, 'max_agents'),
      maxApiKeys: pick(input?.maxApiKeys, current?.maxApiKeys ?? s.maxApiKeysPerOrganization, s.maxApiKeysPerOrganization, 'max_api_keys'),
      requestsPerMinute: pick(input?.requestsPerMinute, current?.requestsPerMinute ?? s.maxRequestsPerMinute, s.maxRequestsPerMinute, 'requests_per_minute'),
    };
  }

  /** The organization and the caller's membership; 404 when absent, 403 for non-members. */
  private async membership(repos: DirectoryRepositories, developerId: string, organizationId: string, lock = false) {
    const organization = isUuid(organizationId) ? await (lock ? repos.organizations.lockById(organizationId) : repos.organizations.byId(organizationId)) : null;
    if (!organization) throw notFound(`Organization ${organizationId} not found`);
    const member = isRowId(developerId) ? await repos.organizationMembers.get(organization.id, developerId) : null;
    if (!member) throw forbidden('Only members of this organization may do this');
    return { organization, member };
  }

  private requireRole(member: OrganizationMember, least: OrganizationRole, what: string) {
    if (RANK[member.role] < RANK[least]) throw forbidden(`Only an organization ${least}${least === 'owner' ? '' : ' or owner'} may ${what}`);
  }

  private async view(repos: DirectoryRepositories, organization: Organization, role: OrganizationRole): Promise<OrganizationView> {
    const counts = await repos.organizations.counts(organization.id);
    return { ...organization, memberCount: counts.members, activeAgentCount: counts.activeAgents, activeApiKeyCount: counts.activeApiKeys, myRole: role };
  }

  async create(developerId: string, input: { name: string; description: string; quotas: Partial<OrganizationQuotas> | null }): Promise<OrganizationView> {
    const name = cleanName(input.name);
    const description = cleanDescription(input.description);
    const quotas = this.quotas(input.quotas);
    return this.uow.run(async (repos) => {
      if (!(await repos.developers.byId(developerId))) throw notFound(`Developer ${developerId} not found`);
      const organization = await repos.organizations.insert({ id: randomUUID(), name, description, ownerDeveloperId: developerId, quotas });
      await repos.organizationMembers.insert(organization.id, developerId, 'owner');
      await repos.outbox.emit({ type: 'organization.created', data: { organization_id: organization.id, developer_id: developerId, name } });
      return this.view(repos, organization, 'owner');
    });
  }

  async get(developerId: string, organizationId: string): Promise<OrganizationView> {
    const repos = this.uow.read;
    const { organization, member } = await this.membership(repos, developerId, organizationId);
    return this.view(repos, organization, member.role);
  }

  async listMine(developerId: string): Promise<OrganizationView[]> {
    const repos = this.uow.read;
    const rows = await repos.organizations.listForDeveloper(developerId);
    return Promise.all(rows.map((r) => this.view(repos, r.organization, r.role)));
  }

  async update(developerId: string, organizationId: string, change: { name?: string; description?: string; quotas?: Partial<OrganizationQuotas> }): Promise<OrganizationView> {
    const name = change.name === undefined ? undefined : cleanName(change.name);
    const description = change.description === undefined ? undefined : cleanDescription(change.description);
    return this.uow.run(async (repos) => {
      const { organization, member } = await this.membership(repos, developerId, organizationId, true);
      this.requireRole(member, 'admin', 'change the organization');
      if (change.quotas) this.requireRole(member, 'owner', 'change its quotas');
      const quotas = change.quotas ? this.quotas(change.quotas, organization.quotas) : undefined;
      const saved = await repos.organizations.update(organization.id, { name, description, quotas });
      await repos.outbox.emit({ type: 'organization.updated', data: { organization_id: saved.id, developer_id: developerId, name: saved.name } });
      return this.view(repos, saved, member.role);
    });
  }

  async addMember(developerId: string, organizationId: string, input: { email?: string; memberDeveloperId?: string; role: string }): Promise<OrganizationMember> {
    const role = parseRole(input.role || 'member');
    return this.uow.run(async (repos) => {
      const { organization, member } = await this.membership(repos, developerId, organizationId, true);
      this.requireRole(member, 'admin', 'add members');
      if (!mayGrant(member.role, role)) throw forbidden(`An organization ${member.role} may not grant the ${role} role`);
      const target = input.memberDeveloperId
        ? isRowId(input.memberDeveloperId) ? await repos.developers.byId(input.memberDeveloperId) : null
        : input.email ? await repos.developers.byEmail(input.email.trim().toLowerCase()) : null;
      if (!input.memberDeveloperId && !input.email) throw validationError('email or developer_id names the developer to add', 'email');
      if (!target) throw notFound('No developer with that email or id');
      if (!(await repos.organizationMembers.insert(organization.id, target.id, role))) throw conflict('The developer is already a member of this organization', 'email');
      await repos.outbox.emit({ type: 'organization.member_added', data: { organization_id: organization.id, developer_id: target.id, role, added_by: developerId } });
      return (await repos.organizationMembers.get(organization.id, target.id))!;
    });
  }

  async listMembers(developerId: string, organizationId: string): Promise<OrganizationMember[]> {
    const { organization } = await this.membership(this.uow.read, developerId, organizationId);
    return this.uow.read.organizationMembers.list(organization.id);
  }

  async changeRole(developerId: string, organizationId: string, memberDeveloperId: string, newRole: string): Promise<OrganizationMember> {
    const role = parseRole(newRole);
    return this.uow.run(async (repos) => {
      const { organization, member } = await this.membership(repos, developerId, organizationId, true);
      const target = isRowId(memberDeveloperId) ? await repos.organizationMembers.get(organization.id, memberDeveloperId) : null;
      if (!target) throw notFound(`Developer ${memberDeveloperId} is not a member of this organization`);
      if (target.role === role) return target;
      if (!mayManage(member.role, target.role) || !mayGrant(member.role, role)) {
        throw forbidden(`An organization ${member.role} may not change a ${target.role} to ${role}`);
      }
      if (target.role === 'owner' && (await repos.organizationMembers.countOwners(organization.id)) <= 1) throw lastOwner();
      const saved = await repos.organizationMembers.setRole(organization.id, target.developerId, role);
      await repos.outbox.emit({ type: 'organization.member_role_changed', data: { organization_id: organization.id, developer_id: target.developerId, role, changed_by: developerId } });
      return saved;
    });
  }

  /** Removes a member (or lets one leave); their API keys of this organization are revoked, their agents stay with it. */
  async removeMember(developerId: string, organizationId: string, memberDeveloperId: string): Promise<void> {
    await this.uow.run(async (repos) => {
      const { organization, member } = await this.membership(repos, developerId, organizationId, true);
      const target = isRowId(memberDeveloperId) ? await repos.organizationMembers.get(organization.id, memberDeveloperId) : null;
      if (!target) throw notFound(`Developer ${memberDeveloperId} is not a member of this organization`);
      const leaving = target.developerId === member.developerId;
      if (!leaving && !mayManage(member.role, target.role)) throw forbidden(`An organization ${member.role} may not remove a ${target.role}`);
      if (target.role === 'owner' && (await repos.organizationMembers.countOwners(organization.id)) <= 1) throw lastOwner();
      await repos.organizationMembers.remove(organization.id, target.developerId);
      for (const key of await repos.organizationApiKeys.revokeForMember(organization.id, target.developerId)) {
        await repos.outbox.emit({ type: 'api_key.revoked', data: { developer_id: target.developerId, api_key_id: key.id, prefix: key.prefix } });
      }
      await repos.outbox.emit({ type: 'organization.member_removed', data: { organization_id: organization.id, developer_id: target.developerId, removed_by: developerId } });
    });
  }

  /** A member moves one of their own agents into the organization, within its agent quota. */
  async addAgent(developerId: string, organizationId: string, agentDid: string): Promise<OrganizationAgent> {
    return this.uow.run(async (repos) => {
      const { organization } = await this.membership(repos, developerId, organizationId, true);
      const agent = await repos.agents.byDid(agentDid);
      if (!agent) throw notFound(`Agent with DID ${agentDid} not found`);
      if (agent.developerId !== developerId) throw forbidden('Only the developer who owns an agent may add it to an organization');
      assertVerifiedForAgents(this.settings.requireVerifiedEmail, await repos.developers.byId(developerId));
      if (await repos.organizationAgents.get(agent.did)) throw conflict('The agent already belongs to an organization', 'agent_did');
      const limit = Math.min(organization.quotas.maxAgents, this.settings.maxAgentsPerOrganization);
      const { activeAgents } = await repos.organizations.counts(organization.id);
      if (agent.status === 'active' && activeAgents >= limit) {
        throw new DomainError('forbidden', `Agent limit reached: this organization may have at most ${limit} active agents`, {
          code: 'ORGANIZATION_AGENT_LIMIT_REACHED',
          context: { limit, active: activeAgents },
        });
      }
      if (!(await repos.organizationAgents.insert(organization.id, agent.did))) throw conflict('The agent already belongs to an organization', 'agent_did');
      await repos.outbox.emit({ type: 'organization.agent_added', subject: agent.did, data: { organization_id: organization.id, agent_did: agent.did, developer_id: agent.developerId } });
      return (await repos.organizationAgents.get(agent.did))!;
    });
  }

  async listAgents(developerId: string, organizationId: string): Promise<OrganizationAgent[]> {
    const { organization } = await this.membership(this.uow.read, developerId, organizationId);
    return this.uow.read.organizationAgents.list(organization.id);
  }

  /** Admins remove any agent; a member only their own. */
  async removeAgent(developerId: string, organizationId: string, agentDid: string): Promise<void> {
    await this.uow.run(async (repos) => {
      const { organization, member } = await this.membership(repos, developerId, organizationId, true);
      const held = await repos.organizationAgents.get(agentDid);
      if (!held || held.organizationId !== organization.id) throw notFound(`Agent ${agentDid} does not belong to this organization`);
      if (held.developerId !== developerId) this.requireRole(member, 'admin', "remove another member's agent");
      await repos.organizationAgents.remove(organization.id, agentDid);
      await repos.outbox.emit({ type: 'organization.agent_removed', subject: agentDid, data: { organization_id: organization.id, agent_did: agentDid, developer_id: held.developerId } });
    });
  }

  /** An API key of the member's, counted against the organization's API key quota (revoked when they leave). */
  async createApiKey(developerId: string, organizationId: string, description: string | null): Promise<{ plainKey: string; key: ApiKey; organizationId: string }> {
    if (description && description.length > 200) throw validationError('description must be at most 200 characters', 'description');
    const plainKey = newApiKey();
    return this.uow.run(async (repos) => {
      const { organization } = await this.membership(repos, developerId, organizationId, true);
      const { activeApiKeys } = await repos.organizations.counts(organization.id);
      const limit = organization.quotas.maxApiKeys;
      if (activeApiKeys >= limit) {
        throw new DomainError('forbidden', `API key limit reached: this organization may have at most ${limit} active API keys`, {
          code: 'ORGANIZATION_API_KEY_LIMIT_REACHED',
          context: { limit, active: activeApiKeys },
        });
      }
      const key = await repos.apiKeys.insert({ developerId, keyHash: hashSecret(plainKey), prefix: apiKeyDisplayPrefix(plainKey), description });
      await repos.organizationApiKeys.link(organization.id, key.id);
      await repos.outbox.emit({ type: 'api_key.created', data: { developer_id: developerId, api_key_id: key.id, prefix: key.prefix } });
      return { plainKey, key, organizationId: organization.id };
    });
  }

  /** Admins see every member's keys; members their own. */
  async listApiKeys(developerId: string, organizationId: string): Promise<ApiKey[]> {
    const { organization, member } = await this.membership(this.uow.read, developerId, organizationId);
    const keys = await this.uow.read.organizationApiKeys.listActive(organization.id);
    return RANK[member.role] >= RANK.admin ? keys : keys.filter((k) => k.developerId === developerId);
  }

  /** For teams: the caller's role in an organization, or null. */
  async roleOf(repos: DirectoryRepositories, developerId: string, organizationId: string): Promise<OrganizationRole | null> {
    if (!isRowId(developerId) || !isUuid(organizationId)) return null;
    return (await repos.organizationMembers.get(organizationId, developerId))?.role ?? null;
  }
}
