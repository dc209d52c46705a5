/** A fact that happened in one service and that other services may react to. */
export interface DomainEvent {
  /** A uuid; also the `Nats-Msg-Id`, so the bus drops duplicates of the same event. */
  id: string;
  /** Dotted, past tense: 'developer.registered', 'agent.created'. */
  type: string;
  /** The emitting service: 'identity', 'ledger', ... */
  source: string;
  /** What the event concerns, e.g. an agent DID. */
  subject?: string;
  /** ISO-8601 timestamp of the state change. */
  occurredAt: string;
  data: Record<string, unknown>;
}

/** The part of a pino logger this package uses; a pino logger (or child) fits as is. */
export interface Logger {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
}

export const noopLogger: Logger = {
  info: () => {},
  warn: () => {},
  error: () => {},
  debug: () => {},
};

export interface Subscription {
  /** Stops taking new events and resolves once the event being handled (if any) is finished. */
  stop(): Promise<void>;
}

export interface SubscribeOptions {
  /** The consumer's durable name ([A-Za-z0-9_-]); a consumer with the same name resumes where it left off. */
  durable: string;
  /** A NATS-style subject filter over `agentvault.<source>.<type>`, e.g. 'agentvault.identity.>' or 'agentvault.*.agent.created'. */
  filter: string;
  /** Resolve to acknowledge; reject and the event is delivered again later (at-least-once). */
  handler: (event: DomainEvent) => Promise<void>;
  /**
   * Optional: the events that arrived while the previous ones were handled, in order, at once
   * (up to `maxBatch`), for a consumer that does better with several per transaction. Resolve
   * and all are acknowledged; reject and each goes to `handler` alone, so one bad event is
   * retried alone. A bus may also call `handler` alone for any event (the embedded bus does).
   */
  batchHandler?: (events: DomainEvent[]) => Promise<void>;
  /** Most events per `batchHandler` call; default 100. */
  maxBatch?: number;
}

export interface Bus {
  readonly kind: 'nats' | 'embedded';
  /** Publishes to `agentvault.<source>.<type>`; a second publish of the same `event.id` is dropped. */
  publish(event: DomainEvent): Promise<void>;
  /**
   * Starts a durable consumer. A consumer created for the first time sees every event the bus still
   * retains (not only the ones published after it was created). Events are handled one at a time,
   * in order; a failed event is retried later with backoff while the following events go on.
   */
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** Throws if the bus is not reachable (used by /ready). */
  ping(): Promise<void>;
  /** Stops every subscription made through this bus and releases the connection. Idempotent. */
  close(): Promise<void>;
}

/** How soon a failed event is delivered again: initialDelayMs, doubling per attempt up to maxDelayMs. */
export interface RetryOptions {
  initialDelayMs?: number;
  maxDelayMs?: number;
}
