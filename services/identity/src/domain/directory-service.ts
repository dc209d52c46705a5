import { generateSigningKey, type JWK } from '@agentvault/auth';
import { conflict, DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { cardIndexFields, invalidCard, requireA2aCard, validateA2aCard, type A2aAgentCard, type CardFieldError } from './a2a-card.js';
import { countersignCard, verifyCardSignature } from './card-signature.js';
import { CARD_SORTS, type CardSearch, type CardSort, type CardStatusFilter, type DirectoryCard } from './directory.js';
import type { IdentityRepositories, SigningKeyStore, UnitOfWork } from './ports.js';

export interface DirectorySettings {
  /** Who countersigns: the registry's JWT issuer, carried in the countersignature's header. */
  issuer: string;
  maxAgentsPerDeveloper: number;
}

/** Matches counted exactly; a broader query reports this many and says the total is a lower bound. */
export const EXACT_TOTAL_LIMIT = 1_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ListCardsInput {
  query?: string;
  tags?: string[];
  skills?: string[];
  capabilities?: string[];
  status?: string;
  developerId?: string;
  sort?: string;
  limit: number;
  offset: number;
  updatedSince?: string;
  cursor?: string;
}

/** The sync cursor: the last card's exact updated_at and id, opaque to clients. */
export function encodeCursor(card: Pick<DirectoryCard, 'updatedAtExact' | 'id'>): string {
  return Buffer.from(`${card.updatedAtExact}|${card.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): { updatedAt: string; id: string } {
  const invalid = () => validationError('cursor is not one this registry issued', 'cursor');
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw invalid();
  const [updatedAt, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (rest.length || !updatedAt || !id || !UUID.test(id) || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(updatedAt)) throw invalid();
  return { updatedAt, id };
}

const cleanList = (values: string[] | undefined, field: string) => {
  const list = [...new Set((values ?? []).map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0))];
  if (list.length > 20) throw validationError(`${field}: at most 20 values`, field);
  if (list.some((v) => v.length > 200)) throw validationError(`${field}: each value at most 200 characters`, field);
  return list;
};

/**
 * The agent directory: cards submitted against the A2A v1.0 shape, searched, served in A2A
 * form with the registry's countersignature, and the per-developer agent limit.
 */
export class DirectoryService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly keys: SigningKeyStore,
    private readonly settings: DirectorySettings,
  ) {}

  validateCard(card: unknown): { isValid: boolean; errors: CardFieldError[]; card: A2aAgentCard | null } {
    const result = validateA2aCard(card);
    return result.ok ? { isValid: true, errors: [], card: result.card } : { isValid: false, errors: result.errors, card: null };
  }

  /** Every signature the card carries must verify, with the agent's registered key or the one its header names. */
  private async checkSignatures(card: A2aAgentCard, agentKey: unknown | null): Promise<void> {
    const errors: CardFieldError[] = [];
    const key = agentKey && typeof agentKey === 'object' ? (agentKey as JWK) : null;
    for (const [i, signature] of (card.signatures ?? []).entries()) {
      const check = await verifyCardSignature(card, signature, key);
      if (!check.ok) errors.push({ field: `card_data.signatures.${i}`, message: check.reason });
    }
    if (errors.length) throw invalidCard(errors);
  }

  private async requireOwnCard(repos: IdentityRepositories, developerId: string, id: string): Promise<DirectoryCard> {
    const card = UUID.test(id) ? await repos.agentCards.lockById(id) : null;
    if (!card) throw notFound(`Agent card ${id} not found`);
    if (card.developerId !== developerId) throw forbidden('Only the developer who owns this agent card may change it');
    return card;
  }

  private async checkHri(repos: IdentityRepositories, hri: string | null, cardId: string | null) {
    if (hri && (await repos.agentCards.humanReadableIdTaken(hri, cardId))) {
      throw new DomainError('conflict', `humanReadableId ${hri} is already taken`, { code: 'CONFLICT', field: 'card_data.humanReadableId' });
    }
  }

  /**
   * Submits a card for one of the developer's agents. An agent has one card: onboarding's, until
   * a card is submitted in A2A form. A card already submitted and active is changed with update.
   */
  async submitCard(developerId: string, agentDid: string, cardData: unknown): Promise<DirectoryCard> {
    const card = requireA2aCard(cardData);
    return this.uow.run(async (repos) => {
      const existing = await repos.agentCards.byAgentDid(agentDid);
      if (!existing) throw notFound(`Agent with DID ${agentDid} not found`);
      if (existing.developerId !== developerId) throw forbidden('Cards can be submitted only for your own agents');
      const locked = (await repos.agentCards.lockById(existing.id))!;
      if (locked.isActive && locked.a2aValidated) {
        throw conflict(`Agent ${agentDid} already has an active card (${locked.id}); change it with PUT /api/v1/agent-cards/${locked.id}`, 'agent_did');
      }
      await this.checkSignatures(card, locked.agentPublicKeyJwk);
      const index = cardIndexFields(card, { name: card.name, description: card.description });
      await this.checkHri(repos, index.humanReadableId, locked.id);
      const saved = await repos.agentCards.replace(locked.id, { card: cardData, index }, true);
      if (!saved) throw conflict(`humanReadableId ${index.humanReadableId} is already taken`, 'card_data.humanReadableId');
      await repos.outbox.emit({
        type: 'agent_card.submitted',
        subject: saved.agentDid,
        data: { agent_did: saved.agentDid, developer_id: saved.developerId, agent_card_id: saved.id, agent_card_name: saved.name },
      });
      return saved;
    });
  }

  async updateCard(developerId: string, id: string, change: { card?: unknown; isActive?: boolean }): Promise<DirectoryCard> {
    const card = change.card === undefined ? undefined : requireA2aCard(change.card);
    return this.uow.run(async (repos) => {
      const current = await this.requireOwnCard(repos, developerId, id);
      let saved: DirectoryCard;
      if (card) {
        await this.checkSignatures(card, current.agentPublicKeyJwk);
        const index = cardIndexFields(card, { name: card.name, description: card.description });
        await this.checkHri(repos, index.humanReadableId, current.id);
        const replaced = await repos.agentCards.replace(current.id, { card: change.card, index }, change.isActive ?? current.isActive);
        if (!replaced) throw conflict(`humanReadableId ${index.humanReadableId} is already taken`, 'card_data.humanReadableId');
        saved = replaced;
      } else if (change.isActive !== undefined) {
        saved = await repos.agentCards.setActive(current.id, change.isActive);
      } else {
        return current;
      }
      await repos.outbox.emit({
        type: 'agent_card.updated',
        subject: saved.agentDid,
        data: { agent_did: saved.agentDid, developer_id: saved.developerId, agent_card_id: saved.id, agent_card_name: saved.name, is_active: saved.isActive },
      });
      return saved;
    });
  }

  /** Soft delete: the card stops being listed and served; deactivating twice is not an error. */
  async deactivateCard(developerId: string, id: string): Promise<void> {
    await this.uow.run(async (repos) => {
      const current = await this.requireOwnCard(repos, developerId, id);
      if (!current.isActive) return;
      const saved = await repos.agentCards.setActive(current.id, false);
      await repos.outbox.emit({
        type: 'agent_card.deactivated',
        subject: saved.agentDid,
        data: { agent_did: saved.agentDid, developer_id: saved.developerId, agent_card_id: saved.id },
      });
    });
  }

  async getCard(id: string): Promise<DirectoryCard> {
    const card = UUID.test(id) ? await this.uow.read.agentCards.byId(id) : null;
    if (!card) throw notFound(`Agent card ${id} not found`);
    return card;
  }

  async getCardByDid(did: string): Promise<DirectoryCard> {
    const card = did.length > 0 && did.length <= 300 ? await this.uow.read.agentCards.byAgentDid(did.trim()) : null;
    if (!card) throw notFound(`No agent card for ${did}`);
    return card;
  }

  async getCardByHri(hri: string): Promise<DirectoryCard> {
    const normalized = hri.trim().toLowerCase();
    const card = normalized.length > 0 && normalized.length <= 201 ? await this.uow.read.agentCards.byHumanReadableId(normalized) : null;
    if (!card) throw notFound(`No agent card has humanReadableId ${hri}`);
    return card;
  }

  async listCards(input: ListCardsInput): Promise<{ items: DirectoryCard[]; total: number; totalIsExact: boolean; nextCursor: string | null }> {
    const status = (input.status || 'active') as CardStatusFilter;
    if (!['active', 'inactive', 'all'].includes(status)) throw validationError('status must be active, inactive or all', 'status');
    const text = input.query?.trim() || null;
    if (text && text.length > 200) throw validationError('search must be at most 200 characters', 'search');
    let sort = (input.sort || (text ? 'relevance' : '-created_at')) as CardSort;
    if (!CARD_SORTS.includes(sort)) throw validationError(`sort must be one of ${CARD_SORTS.join(', ')}`, 'sort');
    if (sort === 'relevance' && !text) sort = '-created_at';
    let updatedSince: Date | null = null;
    if (input.updatedSince) {
      updatedSince = new Date(input.updatedSince);
      if (!/^\d{4}-\d\d-\d\d(T[\d:.]+(Z|[+-]\d\d:\d\d)?)?$/.test(input.updatedSince) || Number.isNaN(updatedSince.getTime())) {
        throw validationError('updated_since must be an RFC 3339 date-time', 'updated_since');
      }
    }
    const after = input.cursor ? decodeCursor(input.cursor) : null;
    const sync = Boolean(updatedSince || after);
    if (input.developerId && !/^\d{1,18}$/.test(input.developerId)) throw validationError('developer_id must be a developer id', 'developer_id');
    const query: CardSearch = {
      text,
      tags: cleanList(input.tags, 'tags'),
      skills: cleanList(input.skills, 'skill'),
      capabilities: cleanList(input.capabilities, 'capability'),
      status,
      developerId: input.developerId || null,
      // Incremental sync reads in the one order a cursor can resume.
      sort: sync ? 'updated_at' : sort,
      limit: input.limit,
      offset: sync && after ? 0 : input.offset,
      updatedSince,
      exactTotalLimit: EXACT_TOTAL_LIMIT,
      after,
    };
    const page = await this.uow.read.agentCards.search(query);
    const last = page.items.at(-1);
    const nextCursor = sync && last && page.items.length === input.limit ? encodeCursor(last) : null;
    return { ...page, nextCursor };
  }

  /** The agent's card in A2A form: its own signatures, then the registry's countersignature. */
  async a2aCard(did: string): Promise<{ card: Record<string, unknown>; kid: string }> {
    const found = await this.uow.read.agentCards.byAgentDid(did);
    if (!found || !found.isActive || found.agentStatus !== 'active') throw notFound(`No active agent card for ${did}`);
    if (!found.a2aValidated) throw notFound(`The card of ${did} has not been submitted in A2A form (POST /api/v1/agent-cards/)`);
    const card = found.card as Record<string, unknown>;
    const key = await this.keys.activeKey(generateSigningKey);
    const countersignature = await countersignCard(card, key, this.settings.issuer);
    const own = Array.isArray(card.signatures) ? card.signatures : [];
    return { card: { ...card, signatures: [...own, countersignature] }, kid: key.kid };
  }

  async countAgents(developerId: string): Promise<{ active: number; total: number; limit: number }> {
    if (!/^\d{1,18}$/.test(developerId) || !(await this.uow.read.developers.byId(developerId))) throw notFound(`Developer ${developerId} not found`);
    const counts = await this.uow.read.agentCounts.count(developerId);
    return { ...counts, limit: this.settings.maxAgentsPerDeveloper };
  }
}
