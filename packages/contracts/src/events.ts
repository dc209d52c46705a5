/**
 * Event contracts: one typed payload per event type, shared by the service that publishes it
 * and every consumer, plus what the webhook catalogue says of it.
 */

/** The part of a bus event that consumers look at (structurally the events package's DomainEvent). */
export interface BusEvent {
  id: string;
  type: string;
  source: string;
  subject?: string;
  occurredAt: string;
  data: Record<string, unknown>;
}

export type EventScope = 'agent' | 'developer';

export interface EventDescription {
  /** Whom it is about: one of a developer's agents, or the developer's account. */
  scope: EventScope;
  description: string;
  /** False for events a service makes for webhooks only, never published on the bus. */
  fromBus?: boolean;
}

/** One entry of the webhook catalogue. */
export interface CatalogueEntry extends EventDescription {
  /** The domain event type on the bus, and the `event` of a delivery. */
  name: string;
  /** The service that emits it. */
  source: string;
}

export interface EventContract<Payloads extends object> {
  readonly source: string;
  readonly catalogue: readonly CatalogueEntry[];
  /** Narrows a bus event to one of this contract's types, with its payload typed. */
  is<T extends keyof Payloads & string>(event: BusEvent, type: T): event is BusEvent & { type: T; data: Payloads[T] & Record<string, unknown> };
}

/** What a producer emits: one member per event type, with its payload. */
export type EmittedEvent<Payloads extends object> = {
  [T in keyof Payloads & string]: { type: T; subject?: string; data: Payloads[T] };
}[keyof Payloads & string];

export function defineEvents<Payloads extends object>(
  source: string,
  descriptions: { [T in keyof Payloads & string]: EventDescription },
): EventContract<Payloads> {
  const catalogue = Object.entries(descriptions as Record<string, EventDescription>).map(([name, d]) => ({ name, source, ...d }));
  return {
    source,
    catalogue,
    is: <T extends keyof Payloads & string>(event: BusEvent, type: T): event is BusEvent & { type: T; data: Payloads[T] & Record<string, unknown> } =>
      event.source === source && event.type === type,
  };
}
