import { randomUUID } from 'node:crypto';
import { validationError } from '@agentvault/errors';
import { formatAmount } from '@agentvault/ledger/amount';
import { LISTING_STATUSES, type Actor, type DiscoverFilter, type Listing, type ListingStatus } from './model.js';
import type { AgentDirectory, Forwarder, MarketplaceRepositories, MarketplaceUnitOfWork } from './ports.js';
import {
  actingAgent, assertOwner, listingNotFound, parseCategory, parseDescription, parseEndpoint, parseFreeTier, parseName, parsePrice, parseTags,
} from './rules.js';

export interface NewListing {
  providerDid?: string;
  name: unknown;
  description?: unknown;
  endpoint: unknown;
  pricePerCall: unknown;
  category?: unknown;
  tags?: unknown[];
  freeTierCalls?: unknown;
}

export interface ListingChanges {
  name?: unknown;
  description?: unknown;
  endpoint?: unknown;
  pricePerCall?: unknown;
  category?: unknown;
  tags?: unknown[];
  freeTierCalls?: unknown;
  status?: unknown;
}

export function listingEventData(listing: Listing) {
  return {
    service_id: listing.id,
    agent_did: listing.providerDid,
    name: listing.name,
    price_per_call: formatAmount(listing.pricePerCall),
    category: listing.category,
    status: listing.status,
  };
}

/** Providers' listings: created by an agent or its developer, changed and removed by them only. */
export class ListingService {
  constructor(
    private readonly uow: MarketplaceUnitOfWork,
    private readonly agents: AgentDirectory,
    private readonly forwarder: Forwarder,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async create(actor: Actor, input: NewListing): Promise<Listing> {
    const endpoint = parseEndpoint(String(input.endpoint ?? ''));
    const listing: Listing = {
      id: randomUUID(),
      providerDid: '',
      name: parseName(input.name),
      description: parseDescription(input.description ?? ''),
      endpoint: endpoint.toString(),
      pricePerCall: parsePrice(input.pricePerCall),
      category: parseCategory(input.category),
      tags: parseTags(input.tags ?? []),
      freeTierCalls: parseFreeTier(input.freeTierCalls ?? 0),
      status: 'active',
      createdAt: this.now(),
      updatedAt: this.now(),
    };
    listing.providerDid = await actingAgent(actor, input.providerDid, this.agents, 'agent_did');
    await this.forwarder.checkEndpoint(endpoint);
    return this.uow.run(async (repos) => {
      await repos.listings.insert(listing);
      await repos.outbox.emit({ type: 'service.listed', subject: listing.providerDid, data: listingEventData(listing) });
      return listing;
    });
  }

  async get(id: string): Promise<Listing> {
    const listing = await this.uow.read.listings.get(id);
    if (!listing) throw listingNotFound(id);
    return listing;
  }

  async update(actor: Actor, id: string, input: ListingChanges): Promise<Listing> {
    const current = await this.get(id);
    await assertOwner(actor, current, this.agents);
    const changes: Partial<Listing> = {};
    if (input.name !== undefined) changes.name = parseName(input.name);
    if (input.description !== undefined) changes.description = parseDescription(input.description);
    if (input.endpoint !== undefined) {
      const endpoint = parseEndpoint(String(input.endpoint));
      await this.forwarder.checkEndpoint(endpoint);
      changes.endpoint = endpoint.toString();
    }
    if (input.pricePerCall !== undefined) changes.pricePerCall = parsePrice(input.pricePerCall);
    if (input.category !== undefined) changes.category = parseCategory(input.category);
    if (input.tags !== undefined) changes.tags = parseTags(input.tags);
    if (input.freeTierCalls !== undefined) changes.freeTierCalls = parseFreeTier(input.freeTierCalls);
    if (input.status !== undefined) {
      if (!LISTING_STATUSES.includes(input.status as ListingStatus)) throw validationError('status must be active, paused or removed', 'status');
      changes.status = input.status as ListingStatus;
    }
    return this.save(id, { ...changes, updatedAt: this.now() }, changes.status === 'removed' && current.status !== 'removed' ? 'service.removed' : 'service.updated');
  }

  /** Soft delete: the listing stays readable (usage and settlements name it) but is no longer callable. */
  async remove(actor: Actor, id: string): Promise<Listing> {
    const current = await this.get(id);
    await assertOwner(actor, current, this.agents);
    if (current.status === 'removed') return current;
    return this.save(id, { status: 'removed', updatedAt: this.now() }, 'service.removed');
  }

  async discover(filter: DiscoverFilter) {
    if (filter.minPrice !== undefined && filter.maxPrice !== undefined && filter.minPrice > filter.maxPrice) {
      throw validationError('min_price must not exceed max_price', 'min_price');
    }
    return this.uow.read.listings.discover(filter);
  }

  /** The provider portal's list: every status, for the provider agent or its developer. */
  async mine(actor: Actor, providerDid: string | undefined, page: { limit: number; offset: number }) {
    const did = await actingAgent(actor, providerDid, this.agents, 'agent_did');
    return this.uow.read.listings.discover({ providerDid: did, status: 'any', sortBy: 'created_at', ...page });
  }

  /** Calls, revenue, errors and latency of one listing over the last `days` days (its owner only). */
  async analytics(actor: Actor, id: string, days: number) {
    if (!Number.isInteger(days) || days < 1 || days > 90) throw validationError('days must be an integer from 1 to 90', 'days');
    const listing = await this.get(id);
    await assertOwner(actor, listing, this.agents);
    const since = new Date(this.now().getTime() - (days - 1) * 86_400_000);
    since.setUTCHours(0, 0, 0, 0);
    return { ...(await this.uow.read.usage.analytics(id, since)), serviceName: listing.name };
  }

  trending(hours: number, limit: number) {
    if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 90) throw validationError('hours must be an integer from 1 to 2160', 'hours');
    return this.uow.read.listings.trending(new Date(this.now().getTime() - hours * 3_600_000), Math.min(Math.max(limit, 1), 100));
  }

  categories() {
    return this.uow.read.listings.categories();
  }

  private save(id: string, changes: Partial<Listing>, event: 'service.updated' | 'service.removed'): Promise<Listing> {
    return this.uow.run(async (repos: MarketplaceRepositories) => {
      const saved = await repos.listings.update(id, changes);
      if (!saved) throw listingNotFound(id);
      await repos.outbox.emit({ type: event, subject: saved.providerDid, data: listingEventData(saved) });
      return saved;
    });
  }
}
