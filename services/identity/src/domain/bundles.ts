import { randomUUID } from 'node:crypto';
import { conflict, DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { cardIndexFields } from './a2a-card.js';
import { isRowId } from './model.js';
import { cleanDescription, cleanName, isUuid } from './organizations.js';
import type { Bundle, BundleContent, BundleRestoreSummary } from './organization-model.js';
import type { DirectoryRepositories, DirectoryUnitOfWork } from './organization-ports.js';

export interface RestoreKey {
  scope: string;
  key: string;
  requestHash: string;
}

/**
 * Bundles: an organization's agents' cards and its teams (members, routing rules, quality gates)
 * saved as numbered versions, and put back by a restore that runs once per Idempotency-Key.
 */
export class BundleService {
  constructor(private readonly uow: DirectoryUnitOfWork) {}

  private async requireAdmin(repos: DirectoryRepositories, developerId: string, organizationId: string, lock: boolean) {
    const organization = isUuid(organizationId) ? await (lock ? repos.organizations.lockById(organizationId) : repos.organizations.byId(organizationId)) : null;
    if (!organization) throw notFound(`Organization ${organizationId} not found`);
    const role = isRowId(developerId) ? (await repos.organizationMembers.get(organization.id, developerId))?.role : undefined;
    if (!role) throw forbidden('Only members of this organization may do this');
    return { organization, role };
  }

  private async snapshot(repos: DirectoryRepositories, organizationId: string): Promise<BundleContent> {
    const agents: BundleContent['agents'] = [];
    for (const held of await repos.organizationAgents.list(organizationId)) {
      const card = await repos.agentCards.byAgentDid(held.agentDid);
      if (card) agents.push({ did: held.agentDid, cardId: card.id, card: card.card, isActive: card.isActive, a2aValidated: card.a2aValidated });
    }
    const teams: BundleContent['teams'] = [];
    for (const team of await repos.teams.listForOrganization(organizationId)) {
      const [members, rules, gates] = await Promise.all([repos.teams.members(team.id), repos.teams.rules(team.id), repos.teams.gates(team.id)]);
      teams.push({
        id: team.id, name: team.name, description: team.description, config: team.config, status: team.status, ownerDeveloperId: team.ownerDeveloperId,
        members: members.map((m) => ({ agentDid: m.agentDid, role: m.role, skills: m.skills })),
        routingRules: rules.map((r) => ({ name: r.name, keywords: r.keywords, targetAgentDid: r.targetAgentDid, priority: r.priority, enabled: r.enabled })),
        qualityGates: gates.map((g) => ({ gateType: g.gateType, threshold: g.threshold, gateOrder: g.gateOrder, config: g.config, enabled: g.enabled })),
      });
    }
    return { format: 'agentvault.bundle/v1', agents, teams };
  }

  async create(developerId: string, organizationId: string, input: { name: string; description: string }): Promise<Bundle> {
    const description = cleanDescription(input.description);
    return this.uow.run(async (repos) => {
      const { organization, role } = await this.requireAdmin(repos, developerId, organizationId, true);
      if (role === 'member') throw forbidden('Only an organization admin or owner may save bundles');
      const version = await repos.bundles.nextVersion(organization.id);
      const name = input.name ? cleanName(input.name) : `${organization.name} v${version}`;
      const bundle = await repos.bundles.insert({
        id: randomUUID(), organizationId: organization.id, version, name, description, createdBy: developerId, createdAt: new Date(),
        content: await this.snapshot(repos, organization.id),
      });
      await repos.outbox.emit({ type: 'organization.bundle_created', data: { organization_id: organization.id, developer_id: developerId, bundle_id: bundle.id, version } });
      return bundle;
    });
  }

  async list(developerId: string, organizationId: string): Promise<Bundle[]> {
    const { organization } = await this.requireAdmin(this.uow.read, developerId, organizationId, false);
    return this.uow.read.bundles.list(organization.id);
  }

  async get(developerId: string, bundleId: string): Promise<Bundle> {
    const bundle = isUuid(bundleId) ? await this.uow.read.bundles.byId(bundleId) : null;
    if (!bundle) throw notFound(`Bundle ${bundleId} not found`);
    await this.requireAdmin(this.uow.read, developerId, bundle.organizationId, false);
    return bundle;
  }

  /**
   * Puts the organization's cards and teams back as the bundle saved them. Agents that have left
   * the organization are skipped; its teams not in the bundle are archived. A key restores once:
   * the same key again answers what it did, another request under it is a 422.
   */
  async restore(developerId: string, bundleId: string, idempotency: RestoreKey | undefined): Promise<BundleRestoreSummary & { replayed: boolean }> {
    if (!idempotency?.key) throw validationError('A restore needs an Idempotency-Key header', 'Idempotency-Key');
    const found = isUuid(bundleId) ? await this.uow.read.bundles.byId(bundleId) : null;
    if (!found) throw notFound(`Bundle ${bundleId} not found`);
    return this.uow.run(async (repos) => {
      const { organization, role } = await this.requireAdmin(repos, developerId, found.organizationId, true);
      if (role === 'member') throw forbidden('Only an organization admin or owner may restore bundles');
      // Under the organization's lock: a concurrent restore with this key has committed or not started.
      const earlier = await repos.bundles.restoreByKey(idempotency.scope, idempotency.key);
      if (earlier) {
        if (earlier.requestHash !== idempotency.requestHash || earlier.summary.bundleId !== found.id) {
          throw new DomainError('validation_error', 'This Idempotency-Key was used for another request', { code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
        }
        return { ...earlier.summary, replayed: true };
      }
      const content = found.content;
      const restoredAgents: string[] = [];
      const skippedAgents: string[] = [];
      for (const saved of content.agents) {
        const held = await repos.organizationAgents.get(saved.did);
        const card = held?.organizationId === organization.id ? await repos.agentCards.lockById(saved.cardId) : null;
        if (!card || card.agentDid !== saved.did) {
          skippedAgents.push(saved.did);
          continue;
        }
        let restored = card;
        if (saved.a2aValidated) {
          const named = saved.card as { name?: unknown; description?: unknown };
          const fallback = {
            name: typeof named.name === 'string' ? named.name : card.name,
            description: typeof named.description === 'string' ? named.description : card.description,
          };
          const replaced = await repos.agentCards.replace(card.id, { card: saved.card, index: cardIndexFields(saved.card, fallback) }, saved.isActive);
          if (!replaced) throw conflict(`The saved card of ${saved.did} has a humanReadableId another card took since`, 'bundle_id');
          restored = replaced;
        } else if (card.isActive !== saved.isActive) {
          restored = await repos.agentCards.setActive(card.id, saved.isActive);
        }
        restoredAgents.push(saved.did);
        await repos.outbox.emit({
          type: 'agent_card.updated',
          subject: restored.agentDid,
          data: { agent_did: restored.agentDid, developer_id: restored.developerId, agent_card_id: restored.id, agent_card_name: restored.name, is_active: restored.isActive },
        });
      }
      const restoredTeams: string[] = [];
      for (const saved of content.teams) {
        const current = await repos.teams.lockById(saved.id);
        if (current && current.organizationId !== organization.id) continue;
        const team = current ?? (await repos.teams.insert({
          id: saved.id, name: saved.name, description: saved.description, ownerDeveloperId: saved.ownerDeveloperId, organizationId: organization.id, config: saved.config,
        }));
        await repos.teams.update(team.id, { name: saved.name, description: saved.description, config: saved.config, status: saved.status });
        await repos.teams.clear(team.id);
        const members = new Set<string>();
        for (const m of saved.members) {
          if (!(await repos.agents.byDid(m.agentDid))) continue;
          await repos.teams.addMember({ id: randomUUID(), teamId: team.id, agentDid: m.agentDid, role: m.role, skills: m.skills });
          members.add(m.agentDid);
        }
        for (const r of saved.routingRules.filter((rule) => members.has(rule.targetAgentDid))) {
          await repos.teams.addRule({ id: randomUUID(), teamId: team.id, name: r.name, keywords: r.keywords, targetAgentDid: r.targetAgentDid, priority: r.priority });
        }
        for (const g of saved.qualityGates) {
          await repos.teams.addGate({ id: randomUUID(), teamId: team.id, gateType: g.gateType, threshold: g.threshold, gateOrder: g.gateOrder, config: g.config });
        }
        restoredTeams.push(team.id);
      }
      const savedTeams = new Set(content.teams.map((t) => t.id));
      for (const team of await repos.teams.listForOrganization(organization.id)) {
        if (!savedTeams.has(team.id) && team.status === 'active') await repos.teams.update(team.id, { status: 'archived' });
      }
      const summary: BundleRestoreSummary = {
        id: randomUUID(), bundleId: found.id, organizationId: organization.id, version: found.version,
        restoredAgents, skippedAgents, restoredTeams, restoredAt: new Date().toISOString(),
      };
      if (!(await repos.bundles.recordRestore({ ...idempotency, restoredBy: developerId, summary }))) throw conflict('A restore with this Idempotency-Key is in progress', 'Idempotency-Key');
      await repos.outbox.emit({
        type: 'organization.bundle_restored',
        data: { organization_id: organization.id, developer_id: developerId, bundle_id: found.id, version: found.version, restore_id: summary.id },
      });
      return { ...summary, replayed: false };
    });
  }
}
