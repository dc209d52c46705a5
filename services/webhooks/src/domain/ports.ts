import type { AttemptResult, ClaimedDelivery, Delivery, DeliveryStatus, NewDelivery, Webhook, WebhooksEvent } from './model.js';
import type { Resolver } from './targets.js';

/** What the webhook rules need from persistence; store/ implements it with kysely. */
export interface WebhookRepositories {
  webhooks: {
    /** Serializes the creations of one developer until the transaction ends (for the per-developer cap). */
    lockDeveloper(developerId: string): Promise<void>;
    countByDeveloper(developerId: string): Promise<number>;
    insert(input: { id: string; developerId: string; url: string; events: string[]; secret: string }): Promise<Webhook>;
    byId(developerId: string, id: string): Promise<Webhook | null>;
    listByDeveloper(developerId: string, limit: number, offset: number): Promise<{ items: Webhook[]; total: number }>;
    /** Applies the given changes; turning a webhook on again clears its failure count and disabled reason. */
    update(developerId: string, id: string, changes: { url?: string; events?: string[]; active?: boolean }): Promise<Webhook | null>;
    delete(developerId: string, id: string): Promise<boolean>;
    /** Active webhooks of these developers that subscribe to `eventType`. */
    activeSubscribers(developerIds: string[], eventType: string): Promise<Webhook[]>;
    /**
     * Counts a successful attempt: resets the failure streak and stamps last_success_at. Writes
     * only when there is a streak to reset or the stamp is over a second old, so that a busy
     * webhook's deliveries do not queue on its row.
     */
    recordSuccess(id: string): Promise<void>;
    /** Counts a failed attempt; returns the webhook with its new streak. Null if the webhook is gone. */
    recordFailure(id: string): Promise<Webhook | null>;
    /** Switches an active webhook off; false if it already was. */
    disable(id: string, reason: string): Promise<boolean>;
  };
  agentOwners: {
    record(agentDid: string, developerId: string): Promise<void>;
    /**
     * In one read: which of these agents have a known owner, and the owners' active webhooks
     * that subscribe to `eventType`, each paired with the agent it is for.
     */
    routes(agentDids: string[], eventType: string): Promise<{ owned: string[]; routes: Array<{ agentDid: string; webhook: Webhook }> }>;
  };
  deliveries: {
    /** Schedules deliveries due now; one already scheduled for the same webhook, event and agent is skipped. */
    insertMany(deliveries: NewDelivery[]): Promise<number>;
    byId(webhookId: string, id: string): Promise<Delivery | null>;
    list(webhookId: string, options: { limit: number; offset: number; status?: DeliveryStatus }): Promise<{ items: Delivery[]; total: number }>;
    /** Cancels the webhook's pending deliveries that no worker holds right now. */
    cancelPending(webhookId: string, reason: string): Promise<number>;
    /** Locks a claimed delivery if the claim still holds (same lease token); false when it was lost. */
    lockClaim(id: string, leaseToken: string): Promise<boolean>;
    /**
     * Records one attempt and what becomes of the delivery, and releases the lease; only while
     * the claim (lease token) still holds. Returns false, writing nothing, when it does not.
     */
    finishAttempt(input: {
      id: string;
      leaseToken: string;
      attempt: number;
      attemptedAt: Date;
      result: AttemptResult;
      status: DeliveryStatus;
      retryInMs: number | null;
    }): Promise<boolean>;
    /**
     * `finishAttempt` for several successful attempts at once (each delivered, its attempt
     * recorded, its lease released), each only while its claim holds; returns the ids recorded.
     */
    finishDelivered(items: Array<{ id: string; leaseToken: string; attempt: number; attemptedAt: Date; result: AttemptResult }>): Promise<Set<string>>;
  };
  /** Events for other services, written in the same transaction (see packages/events). */
  outbox: {
    emit(event: WebhooksEvent): Promise<void>;
  };
}

export interface UnitOfWork {
  /** Runs `work` in one transaction: its writes and emitted events commit together or not at all. */
  run<T>(work: (repos: WebhookRepositories) => Promise<T>): Promise<T>;
  /** Reads that need no transaction. */
  readonly read: WebhookRepositories;
}

/** The due deliveries, as the worker takes them. */
export interface DeliveryQueue {
  /** Leases up to `limit` due pending deliveries for `leaseMs` (skipping rows another worker holds). */
  claim(limit: number, leaseMs: number): Promise<ClaimedDelivery[]>;
  /** Milliseconds until the next pending delivery falls due (0 if one is due), or null if none is pending. */
  nextDueInMs(): Promise<number | null>;
  /** Gives a claimed delivery back without counting an attempt (at shutdown). */
  release(id: string, leaseToken: string): Promise<void>;
  /** Deletes finished deliveries older than the retention; returns how many. */
  pruneFinished(olderThanMs: number): Promise<number>;
}

export interface OutboundRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** Sends one attempt. Never throws: every failure is an AttemptResult with an error. */
export interface Transport {
  send(request: OutboundRequest): Promise<AttemptResult>;
}

export type { Resolver };

/** The part of a pino logger the rules use. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}
