import { sql, type Kysely, type Selectable } from 'kysely';
import { createOutboxUnitOfWork } from '@agentvault/events';
import type { Database } from '@agentvault/db';
import type { SecretBox } from '@agentvault/config';
import type { DirectoryRepositories, DirectoryUnitOfWork, OrganizationRepositories } from '../domain/organization-ports.js';
import type { Bundle, BundleContent, BundleRestoreSummary, Organization, QualityGate, RoutingRule, Team, TeamMember } from '../domain/organization-model.js';
import { repositories } from './identity-store.js';
import { toApiKey } from './rows.js';
import type { IdentityDatabase } from './schema.js';
import type { BundlesTable, OrganizationsTable, TeamMembersTable, TeamQualityGatesTable, TeamRoutingRulesTable, TeamsTable } from './organization-schema.js';

const toOrganization = (r: Selectable<OrganizationsTable>): Organization => ({
  id: r.id,
  name: r.name,
  description: r.description,
  ownerDeveloperId: String(r.owner_developer_id),
  quotas: { maxAgents: r.max_agents, maxApiKeys: r.max_api_keys, requestsPerMinute: r.requests_per_minute },
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

const toBundle = (r: Selectable<BundlesTable>): Bundle => ({
  id: r.id,
  organizationId: r.organization_id,
  version: r.version,
  name: r.name,
  description: r.description,
  createdBy: String(r.created_by),
  createdAt: new Date(r.created_at),
  content: r.content as BundleContent,
});

const toTeam = (r: Selectable<TeamsTable>): Team => ({
  id: r.id,
  name: r.name,
  description: r.description,
  ownerDeveloperId: String(r.owner_developer_id),
  organizationId: r.organization_id,
  config: r.config,
  status: r.status,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

const toTeamMember = (r: Selectable<TeamMembersTable>): TeamMember => ({
  id: r.id, teamId: r.team_id, agentDid: r.agent_did, role: r.role, skills: r.skills, joinedAt: new Date(r.joined_at),
});

const toRule = (r: Selectable<TeamRoutingRulesTable>): RoutingRule => ({
  id: r.id, teamId: r.team_id, name: r.name, keywords: r.keywords, targetAgentDid: r.target_agent_did, priority: r.priority, enabled: r.enabled, createdAt: new Date(r.created_at),
});

const toGate = (r: Selectable<TeamQualityGatesTable>): QualityGate => ({
  id: r.id, teamId: r.team_id, gateType: r.gate_type, threshold: Number(r.threshold), gateOrder: r.gate_order, config: r.config, enabled: r.enabled, createdAt: new Date(r.created_at),
});

function memberQuery(db: Kysely<IdentityDatabase>) {
  return db
    .selectFrom('organization_members as m')
    .innerJoin('developers as d', 'd.id', 'm.developer_id')
    .select(['m.organization_id', 'm.developer_id', 'm.role', 'm.added_at', 'd.email', 'd.name']);
}
type MemberRow = Awaited<ReturnType<ReturnType<typeof memberQuery>['executeTakeFirstOrThrow']>>;
const toMember = (r: MemberRow) => ({
  organizationId: r.organization_id, developerId: String(r.developer_id), email: r.email, name: r.name, role: r.role, addedAt: new Date(r.added_at),
});

function orgAgentQuery(db: Kysely<IdentityDatabase>) {
  return db
    .selectFrom('organization_agents as o')
    .innerJoin('agents as a', 'a.did', 'o.agent_did')
    .select(['o.organization_id', 'o.agent_did', 'o.added_at', 'a.developer_id', 'a.status']);
}
type OrgAgentRow = Awaited<ReturnType<ReturnType<typeof orgAgentQuery>['executeTakeFirstOrThrow']>>;
const toOrgAgent = (r: OrgAgentRow) => ({
  organizationId: r.organization_id, agentDid: r.agent_did, developerId: String(r.developer_id), status: r.status, addedAt: new Date(r.added_at),
});

/** Email verification, organizations and teams over one executor (the database or a transaction). */
export function organizationRepositories(db: Kysely<IdentityDatabase>): OrganizationRepositories {
  return {
    emailTokens: {
      async insert(input) {
        await db.insertInto('email_verification_tokens').values({ token_hash: input.tokenHash, developer_id: input.developerId, email: input.email, expires_at: input.expiresAt }).execute();
      },
      async lockByHash(tokenHash) {
        const row = await db.selectFrom('email_verification_tokens').selectAll().where('token_hash', '=', tokenHash).forUpdate().executeTakeFirst();
        return row
          ? { tokenHash: row.token_hash, developerId: String(row.developer_id), email: row.email, expiresAt: new Date(row.expires_at), usedAt: row.used_at ? new Date(row.used_at) : null }
          : null;
      },
      async markUsed(tokenHash) {
        await db.updateTable('email_verification_tokens').set({ used_at: sql`now()` }).where('token_hash', '=', tokenHash).execute();
      },
      async markVerified(developerId) {
        await db.updateTable('developers').set({ is_verified: true }).where('id', '=', developerId).execute();
      },
    },
    organizations: {
      async insert(input) {
        const row = await db
          .insertInto('organizations')
          .values({
            id: input.id, name: input.name, description: input.description, owner_developer_id: input.ownerDeveloperId,
            max_agents: input.quotas.maxAgents, max_api_keys: input.quotas.maxApiKeys, requests_per_minute: input.quotas.requestsPerMinute,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toOrganization(row);
      },
      async byId(id) {
        const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toOrganization(row) : null;
      },
      async lockById(id) {
        const row = await db.selectFrom('organizations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        return row ? toOrganization(row) : null;
      },
      async update(id, change) {
        const row = await db
          .updateTable('organizations')
          .set({
            ...(change.name !== undefined ? { name: change.name } : {}),
            ...(change.description !== undefined ? { description: change.description } : {}),
            ...(change.quotas
              ? { max_agents: change.quotas.maxAgents, max_api_keys: change.quotas.maxApiKeys, requests_per_minute: change.quotas.requestsPerMinute }
              : {}),
            updated_at: sql`now()`,
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toOrganization(row);
      },
      async listForDeveloper(developerId) {
        const rows = await db
          .selectFrom('organization_members as m')
          .innerJoin('organizations as o', 'o.id', 'm.organization_id')
          .selectAll('o')
          .select('m.role')
          .where('m.developer_id', '=', developerId)
          .orderBy('o.created_at')
          .orderBy('o.id')
          .execute();
        return rows.map((r) => ({ organization: toOrganization(r), role: r.role }));
      },
      async counts(id) {
        const row = await db
          .selectNoFrom((eb) => [
            eb.selectFrom('organization_members').select((e) => e.fn.countAll<string>().as('n')).where('organization_id', '=', id).as('members'),
            eb
              .selectFrom('organization_agents as o')
              .innerJoin('agents as a', 'a.did', 'o.agent_did')
              .select((e) => e.fn.countAll<string>().as('n'))
              .where('o.organization_id', '=', id)
              .where('a.status', '=', 'active')
              .as('agents'),
            eb
              .selectFrom('organization_api_keys as ok')
              .innerJoin('api_keys as k', 'k.id', 'ok.api_key_id')
              .select((e) => e.fn.countAll<string>().as('n'))
              .where('ok.organization_id', '=', id)
              .where('k.revoked_at', 'is', null)
              .as('keys'),
          ])
          .executeTakeFirstOrThrow();
        return { members: Number(row.members), activeAgents: Number(row.agents), activeApiKeys: Number(row.keys) };
      },
    },
    organizationMembers: {
      async insert(organizationId, developerId, role) {
        const result = await db
          .insertInto('organization_members')
          .values({ organization_id: organizationId, developer_id: developerId, role })
          .onConflict((oc) => oc.columns(['organization_id', 'developer_id']).doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
      },
      async get(organizationId, developerId) {
        const row = await memberQuery(db).where('m.organization_id', '=', organizationId).where('m.developer_id', '=', developerId).executeTakeFirst();
        return row ? toMember(row) : null;
      },
      async list(organizationId) {
        const rows = await memberQuery(db).where('m.organization_id', '=', organizationId).orderBy('m.added_at').orderBy('m.developer_id').execute();
        return rows.map(toMember);
      },
      async setRole(organizationId, developerId, role) {
        await db.updateTable('organization_members').set({ role }).where('organization_id', '=', organizationId).where('developer_id', '=', developerId).execute();
        return toMember(await memberQuery(db).where('m.organization_id', '=', organizationId).where('m.developer_id', '=', developerId).executeTakeFirstOrThrow());
      },
      async remove(organizationId, developerId) {
        await db.deleteFrom('organization_members').where('organization_id', '=', organizationId).where('developer_id', '=', developerId).execute();
      },
      async countOwners(organizationId) {
        const row = await db
          .selectFrom('organization_members')
          .select((e) => e.fn.countAll<string>().as('n'))
          .where('organization_id', '=', organizationId)
          .where('role', '=', 'owner')
          .executeTakeFirstOrThrow();
        return Number(row.n);
      },
    },
    organizationAgents: {
      async insert(organizationId, agentDid) {
        const result = await db
          .insertInto('organization_agents')
          .values({ organization_id: organizationId, agent_did: agentDid })
          .onConflict((oc) => oc.column('agent_did').doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
      },
      async get(agentDid) {
        const row = await orgAgentQuery(db).where('o.agent_did', '=', agentDid).executeTakeFirst();
        return row ? toOrgAgent(row) : null;
      },
      async list(organizationId) {
        const rows = await orgAgentQuery(db).where('o.organization_id', '=', organizationId).orderBy('o.added_at').orderBy('o.agent_did').execute();
        return rows.map(toOrgAgent);
      },
      async remove(organizationId, agentDid) {
        const result = await db.deleteFrom('organization_agents').where('organization_id', '=', organizationId).where('agent_did', '=', agentDid).executeTakeFirst();
        return Number(result.numDeletedRows) === 1;
      },
    },
    organizationApiKeys: {
      async link(organizationId, apiKeyId) {
        await db.insertInto('organization_api_keys').values({ organization_id: organizationId, api_key_id: apiKeyId }).execute();
      },
      async listActive(organizationId) {
        const rows = await db
          .selectFrom('organization_api_keys as ok')
          .innerJoin('api_keys as k', 'k.id', 'ok.api_key_id')
          .selectAll('k')
          .where('ok.organization_id', '=', organizationId)
          .where('k.revoked_at', 'is', null)
          .orderBy('k.id')
          .execute();
        return rows.map(toApiKey);
      },
      async revokeForMember(organizationId, developerId) {
        const rows = await db
          .updateTable('api_keys')
          .set({ revoked_at: sql`now()` })
          .where('developer_id', '=', developerId)
          .where('revoked_at', 'is', null)
          .where('id', 'in', (eb) => eb.selectFrom('organization_api_keys').select('api_key_id').where('organization_id', '=', organizationId))
          .returningAll()
          .execute();
        return rows.map(toApiKey);
      },
      async quotaOfKey(keyHash) {
        const row = await db
          .selectFrom('api_keys as k')
          .innerJoin('organization_api_keys as ok', 'ok.api_key_id', 'k.id')
          .innerJoin('organizations as o', 'o.id', 'ok.organization_id')
          .select(['o.id', 'o.requests_per_minute'])
          .where('k.key_hash', '=', keyHash)
          .where('k.revoked_at', 'is', null)
          .executeTakeFirst();
        return row ? { organizationId: row.id, requestsPerMinute: row.requests_per_minute } : null;
      },
    },
    reputations: {
      async of(agentDids) {
        if (!agentDids.length) return new Map();
        const rows = await db.selectFrom('agent_reputation').selectAll().where('agent_did', 'in', agentDids).execute();
        return new Map(rows.map((r) => [r.agent_did, { score: r.score, positiveSignals: r.positive_signals, negativeSignals: r.negative_signals }]));
      },
    },
    teams: {
      async insert(input) {
        const row = await db
          .insertInto('teams')
          .values({
            id: input.id, name: input.name, description: input.description, owner_developer_id: input.ownerDeveloperId,
            organization_id: input.organizationId, config: JSON.stringify(input.config),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toTeam(row);
      },
      async byId(id) {
        const row = await db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toTeam(row) : null;
      },
      async lockById(id) {
        const row = await db.selectFrom('teams').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        return row ? toTeam(row) : null;
      },
      async listForDeveloper(developerId, limit) {
        // Teams the developer owns, and those of the organizations they belong to.
        const rows = await db
          .selectFrom('teams as t')
          .selectAll('t')
          .where('t.status', '=', 'active')
          .where((eb) =>
            eb.or([
              eb('t.owner_developer_id', '=', developerId),
              eb('t.organization_id', 'in', eb.selectFrom('organization_members').select('organization_id').where('developer_id', '=', developerId)),
            ]),
          )
          .orderBy('t.created_at', 'desc')
          .orderBy('t.id')
          .limit(limit)
          .execute();
        return rows.map(toTeam);
      },
      async update(id, change) {
        const row = await db
          .updateTable('teams')
          .set({
            ...(change.name !== undefined ? { name: change.name } : {}),
            ...(change.description !== undefined ? { description: change.description } : {}),
            ...(change.config !== undefined ? { config: JSON.stringify(change.config) } : {}),
            ...(change.status !== undefined ? { status: change.status } : {}),
            updated_at: sql`now()`,
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toTeam(row);
      },
      async members(teamId) {
        const rows = await db.selectFrom('team_members').selectAll().where('team_id', '=', teamId).orderBy('joined_at').orderBy('id').execute();
        return rows.map(toTeamMember);
      },
      async addMember(input) {
        const row = await db
          .insertInto('team_members')
          .values({ id: input.id, team_id: input.teamId, agent_did: input.agentDid, role: input.role, skills: input.skills })
          .onConflict((oc) => oc.columns(['team_id', 'agent_did']).doNothing())
          .returningAll()
          .executeTakeFirst();
        return row ? toTeamMember(row) : null;
      },
      async removeMember(teamId, agentDid) {
        await db.deleteFrom('team_routing_rules').where('team_id', '=', teamId).where('target_agent_did', '=', agentDid).execute();
        const result = await db.deleteFrom('team_members').where('team_id', '=', teamId).where('agent_did', '=', agentDid).executeTakeFirst();
        return Number(result.numDeletedRows) === 1;
      },
      async rules(teamId) {
        const rows = await db.selectFrom('team_routing_rules').selectAll().where('team_id', '=', teamId).orderBy('priority', 'desc').orderBy('created_at').orderBy('id').execute();
        return rows.map(toRule);
      },
      async addRule(input) {
        const row = await db
          .insertInto('team_routing_rules')
          .values({ id: input.id, team_id: input.teamId, name: input.name, keywords: input.keywords, target_agent_did: input.targetAgentDid, priority: input.priority })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toRule(row);
      },
      async removeRule(teamId, id) {
        const result = await db.deleteFrom('team_routing_rules').where('team_id', '=', teamId).where('id', '=', id).executeTakeFirst();
        return Number(result.numDeletedRows) === 1;
      },
      async gates(teamId) {
        const rows = await db.selectFrom('team_quality_gates').selectAll().where('team_id', '=', teamId).orderBy('gate_order').orderBy('created_at').orderBy('id').execute();
        return rows.map(toGate);
      },
      async addGate(input) {
        const row = await db
          .insertInto('team_quality_gates')
          .values({ id: input.id, team_id: input.teamId, gate_type: input.gateType, threshold: input.threshold, gate_order: input.gateOrder, config: JSON.stringify(input.config) })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toGate(row);
      },
      async removeGate(teamId, id) {
        const result = await db.deleteFrom('team_quality_gates').where('team_id', '=', teamId).where('id', '=', id).executeTakeFirst();
        return Number(result.numDeletedRows) === 1;
      },
      async clear(teamId) {
        await db.deleteFrom('team_routing_rules').where('team_id', '=', teamId).execute();
        await db.deleteFrom('team_quality_gates').where('team_id', '=', teamId).execute();
        await db.deleteFrom('team_members').where('team_id', '=', teamId).execute();
      },
      async listForOrganization(organizationId) {
        const rows = await db.selectFrom('teams').selectAll().where('organization_id', '=', organizationId).orderBy('created_at').orderBy('id').execute();
        return rows.map(toTeam);
      },
    },
    bundles: {
      async nextVersion(organizationId) {
        const row = await db
          .selectFrom('bundles')
          .select((e) => e.fn.max('version').as('v'))
          .where('organization_id', '=', organizationId)
          .executeTakeFirst();
        return Number(row?.v ?? 0) + 1;
      },
      async insert(bundle) {
        await db
          .insertInto('bundles')
          .values({
            id: bundle.id, organization_id: bundle.organizationId, version: bundle.version, name: bundle.name, description: bundle.description,
            content: JSON.stringify(bundle.content), created_by: bundle.createdBy,
          })
          .execute();
        return (await bundleById(bundle.id))!;
      },
      byId: bundleById,
      async list(organizationId) {
        const rows = await db.selectFrom('bundles').selectAll().where('organization_id', '=', organizationId).orderBy('version', 'desc').execute();
        return rows.map(toBundle);
      },
      async restoreByKey(scope, key) {
        const row = await db.selectFrom('bundle_restores').select(['request_hash', 'summary']).where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
        return row ? { requestHash: row.request_hash, summary: row.summary as BundleRestoreSummary } : null;
      },
      async recordRestore(input) {
        const result = await db
          .insertInto('bundle_restores')
          .values({
            id: input.summary.id, bundle_id: input.summary.bundleId, scope: input.scope, key: input.key, request_hash: input.requestHash,
            restored_by: input.restoredBy, summary: JSON.stringify(input.summary),
          })
          .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
      },
    },
  };

  async function bundleById(id: string) {
    const row = await db.selectFrom('bundles').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toBundle(row) : null;
  }
}

/** Identity's repositories and these together, in one transaction per unit of work. */
export function directoryRepositories(db: Kysely<IdentityDatabase>, onOutboxAppend: () => void = () => {}, box?: SecretBox): DirectoryRepositories {
  return { ...repositories(db, onOutboxAppend, box), ...organizationRepositories(db) };
}

export function createDirectoryUnitOfWork(database: Database<IdentityDatabase>, onOutboxCommit: () => void = () => {}, box?: SecretBox): DirectoryUnitOfWork {
  return createOutboxUnitOfWork(database, (db, onOutboxAppend) => directoryRepositories(db, onOutboxAppend, box), onOutboxCommit);
}
