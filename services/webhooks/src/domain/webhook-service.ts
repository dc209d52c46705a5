import { randomUUID } from 'node:crypto';
import { DomainError, conflict, notFound, validationError } from '@agentvault/errors';
import type { CatalogueEntry, EventCatalogue } from './catalogue.js';
import { DELIVERY_STATUSES, isUuid, type Delivery, type DeliveryStatus, type NewDelivery, type Webhook } from './model.js';
import type { Resolver, UnitOfWork, WebhookRepositories } from './ports.js';
import { envelopeBody, newWebhookSecret } from './signature.js';
import { parseWebhookUrl, resolveTarget, TargetRefused } from './targets.js';

/** A domain event as the bus hands it over; its one definition is in the event contracts. */
export type { BusEvent } from '@agentvault/contracts/events';
import type { BusEvent } from '@agentvault/contracts/events';

export interface WebhookSettings {
  maxWebhooksPerDeveloper: number;
  allowPrivateTargets: boolean;
  /** How long the URL check may spend resolving the host. */
  resolveTimeoutMs: number;
  /** Every event type a webhook may subscribe to. */
  catalogue: EventCatalogue;
}

/**
 * A subscription receives the events that happen after it was created. The slack absorbs clock
 * differences between the service that stamped the event and this one.
 */
export const CREATION_CLOCK_SLACK_MS = 2000;

const AGENT_FIELDS = ['agent_did', 'sender_agent_id', 'receiver_agent_id'] as const;

/** The agents an event is about: its subject and the agent fields of its data, each once. */
export function concernedAgents(event: Pick<BusEvent, 'subject' | 'data'>): string[] {
  const candidates = [event.subject, ...AGENT_FIELDS.map((f) => event.data[f])];
  return [...new Set(candidates.filter((c): c is string => typeof c === 'string' && c.startsWith('did:')))];
}


/** The developer an account-level event is about. */
export function developerOf(event: Pick<BusEvent, 'data'>): string | null {
  const id = event.data.developer_id;
  if (typeof id === 'string' && id !== '') return id;
  if (typeof id === 'number' && Number.isInteger(id)) return String(id);
  return null;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`${what} timed out`), { code: 'ETIMEOUT' })), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** The webhook rules: subscriptions, the catalogue, and turning domain events into scheduled deliveries. */
export class WebhookService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly resolver: Resolver,
    private readonly settings: WebhookSettings,
  ) {}

  listEventTypes(): readonly CatalogueEntry[] {
    return this.settings.catalogue.entries;
  }

  /** Whether an event can change anything here: the ownership projection or a delivery. Others need no transaction. */
  isRelevantEvent(type: string): boolean {
    return type === 'agent.created' || this.settings.catalogue.isDeliverableBusEvent(type);
  }

  // ── subscriptions ───────────────────────────────────────────────────────────

  private async checkUrl(raw: string): Promise<string> {
    const url = parseWebhookUrl(raw);
    try {
      await resolveTarget(url, (host) => withTimeout(this.resolver(host), this.settings.resolveTimeoutMs, `resolving ${host}`), this.settings.allowPrivateTargets);
    } catch (err) {
      if (err instanceof TargetRefused) throw validationError(`url is not allowed: ${err.message}`, 'url');
      throw err;
    }
    return url.toString();
  }

  async createWebhook(developerId: string, input: { url: string; events: string[] }): Promise<{ webhook: Webhook; secret: string }> {
    if (!developerId) throw validationError('developer_id is required', 'developer_id');
    const events = this.settings.catalogue.normalizeEventNames(input.events);
    const url = await this.checkUrl(input.url);
    const secret = newWebhookSecret();
    const webhook = await this.uow.run(async (repos) => {
      await repos.webhooks.lockDeveloper(developerId);
      const count = await repos.webhooks.countByDeveloper(developerId);
      if (count >= this.settings.maxWebhooksPerDeveloper) {
        throw new DomainError('conflict', `Webhook limit reached: a developer can have at most ${this.settings.maxWebhooksPerDeveloper} webhooks. Delete one first.`, {
          code: 'WEBHOOK_LIMIT_REACHED',
          context: { limit: this.settings.maxWebhooksPerDeveloper },
        });
      }
      return repos.webhooks.insert({ id: randomUUID(), developerId, url, events, secret });
    });
    return { webhook, secret };
  }

  listWebhooks(developerId: string, limit: number, offset: number) {
    return this.uow.read.webhooks.listByDeveloper(developerId, limit, offset);
  }

  async getWebhook(developerId: string, id: string): Promise<Webhook> {
    const webhook = isUuid(id) ? await this.uow.read.webhooks.byId(developerId, id) : null;
    if (!webhook) throw notFound(`Webhook ${id} not found`);
    return webhook;
  }

  async updateWebhook(developerId: string, id: string, changes: { url?: string; events?: string[]; active?: boolean }): Promise<Webhook> {
    if (changes.url === undefined && changes.events === undefined && changes.active === undefined) {
      throw validationError('Give at least one of url, events or active', 'body');
    }
    await this.getWebhook(developerId, id);
    const normalized: { url?: string; events?: string[]; active?: boolean } = { active: changes.active };
    if (changes.events !== undefined) normalized.events = this.settings.catalogue.normalizeEventNames(changes.events);
    if (changes.url !== undefined) normalized.url = await this.checkUrl(changes.url);
    return this.uow.run(async (repos) => {
      const updated = await repos.webhooks.update(developerId, id, normalized);
      if (!updated) throw notFound(`Webhook ${id} not found`);
      if (changes.active === false) await repos.deliveries.cancelPending(id, 'webhook was deactivated');
      return updated;
    });
  }

  async deleteWebhook(developerId: string, id: string): Promise<void> {
    const deleted = isUuid(id) && (await this.uow.run((repos) => repos.webhooks.delete(developerId, id)));
    if (!deleted) throw notFound(`Webhook ${id} not found`);
  }

  /** Schedules a test.ping to the webhook, whatever it subscribes to and even while it is inactive. */
  async testWebhook(developerId: string, id: string): Promise<Delivery> {
    const webhook = await this.getWebhook(developerId, id);
    const deliveryId = randomUUID();
    const now = new Date();
    const delivery: NewDelivery = {
      id: deliveryId,
      webhookId: webhook.id,
      eventId: randomUUID(),
      eventType: 'test.ping',
      agentDid: null,
      payload: envelopeBody({
        id: deliveryId,
        event: 'test.ping',
        data: { webhook_id: webhook.id, message: 'Test event from AgentVault: your endpoint is reachable and can verify our signature.' },
        timestamp: now.toISOString(),
        agent_did: null,
      }),
      eventOccurredAt: now,
    };
    return this.uow.run(async (repos) => {
      await repos.deliveries.insertMany([delivery]);
      return (await repos.deliveries.byId(webhook.id, deliveryId))!;
    });
  }

  async listDeliveries(developerId: string, webhookId: string, options: { limit: number; offset: number; status?: string }) {
    await this.getWebhook(developerId, webhookId);
    let status: DeliveryStatus | undefined;
    if (options.status) {
      if (!(DELIVERY_STATUSES as readonly string[]).includes(options.status)) {
        throw validationError(`status must be one of ${DELIVERY_STATUSES.join(', ')}`, 'status');
      }
      status = options.status as DeliveryStatus;
    }
    return this.uow.read.deliveries.list(webhookId, { limit: options.limit, offset: options.offset, status });
  }

  // ── events → deliveries ─────────────────────────────────────────────────────

  /** Whether planning deliveries for an event of this type writes (it keeps the agent → developer projection). */
  writesWhilePlanning(type: string): boolean {
    return type === 'agent.created';
  }

  /**
   * The deliveries several events call for, in their order, with one read of owners and
   * subscriptions per event type however many events there are; keeps the agent → developer
   * projection on the way. Schedules nothing itself. An event nobody subscribed to costs its
   * share of those reads and nothing else.
   */
  async planDeliveries(events: BusEvent[], repos: WebhookRepositories): Promise<NewDelivery[]> {
    const relevant = events.filter((e) => this.isRelevantEvent(e.type));
    for (const event of relevant) {
      if (event.type !== 'agent.created') continue;
      const did = event.data.agent_did;
      const developerId = developerOf(event);
      if (typeof did === 'string' && did && developerId) await repos.agentOwners.record(did, developerId);
    }
    const deliverable = relevant.filter((e) => this.settings.catalogue.isDeliverableBusEvent(e.type));

    // Agent-level when it names an agent this registry knows; otherwise account-level, if it names a developer.
    const agentsByType = new Map<string, Set<string>>();
    for (const event of deliverable) {
      const agents = concernedAgents(event);
      if (agents.length === 0) continue;
      const set = agentsByType.get(event.type) ?? new Set<string>();
      for (const did of agents) set.add(did);
      agentsByType.set(event.type, set);
    }
    const found = new Map<string, { owned: Set<string>; routes: Array<{ agentDid: string; webhook: Webhook }> }>();
    for (const [type, agents] of agentsByType) {
      const r = await repos.agentOwners.routes([...agents], type);
      found.set(type, { owned: new Set(r.owned), routes: r.routes });
    }

    const deliveries: NewDelivery[] = [];
    for (const event of deliverable) {
      const agents = concernedAgents(event);
      const f = found.get(event.type);
      let routes: Array<{ agentDid: string | null; webhook: Webhook }> = [];
      let owned = false;
      if (agents.length > 0 && f) {
        const mine = new Set(agents);
        owned = agents.some((did) => f.owned.has(did));
        routes = f.routes.filter((r) => mine.has(r.agentDid));
      }
      const developerId = developerOf(event);
      if (!owned && developerId) routes = (await repos.webhooks.activeSubscribers([developerId], event.type)).map((webhook) => ({ agentDid: null, webhook }));

      const occurredAt = new Date(event.occurredAt);
      for (const { agentDid, webhook } of routes) {
        if (webhook.createdAt.getTime() > occurredAt.getTime() + CREATION_CLOCK_SLACK_MS) continue;
        const id = randomUUID();
        deliveries.push({
          id,
          webhookId: webhook.id,
          eventId: event.id,
          eventType: event.type,
          agentDid,
          payload: envelopeBody({ id, event: event.type, data: event.data, timestamp: event.occurredAt, agent_did: agentDid }),
          eventOccurredAt: occurredAt,
        });
      }
    }
    return deliveries;
  }
}

