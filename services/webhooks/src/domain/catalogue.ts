import { DomainError } from '@agentvault/errors';
import type { CatalogueEntry } from '@agentvault/contracts/events';

export type { CatalogueEntry, EventScope } from '@agentvault/contracts/events';

/**
 * The published catalogue: every event type a webhook can subscribe to. Each service declares
 * its events in its event contract (packages/contracts/src/<service>-events.ts, named by its
 * module); the program hands the union to this service, so a new event type needs no edit here.
 * Routing needs nothing else either: it reads the agents (`subject`, `data.agent_did`,
 * `data.sender_agent_id`, `data.receiver_agent_id`) or the developer (`data.developer_id`) from
 * the event itself.
 */
export class EventCatalogue {
  readonly entries: readonly CatalogueEntry[];
  private readonly byName: Map<string, CatalogueEntry>;

  constructor(entries: readonly CatalogueEntry[]) {
    this.byName = new Map();
    for (const entry of entries) if (!this.byName.has(entry.name)) this.byName.set(entry.name, entry);
    this.entries = [...this.byName.values()];
  }

  get size(): number {
    return this.entries.length;
  }

  entry(name: string): CatalogueEntry | undefined {
    return this.byName.get(name);
  }

  /** Whether an event read from the bus may be delivered to subscribers. */
  isDeliverableBusEvent(type: string): boolean {
    const entry = this.byName.get(type);
    return !!entry && entry.fromBus !== false;
  }

  /** The names that are not in the catalogue, in the order given, each once. */
  unknownEventNames(names: readonly string[]): string[] {
    return [...new Set(names.filter((n) => !this.byName.has(n)))];
  }

  /**
   * A subscription's event list: known names, each once, in the catalogue's order. Unknown names
   * are a 400 that lists them (and the catalogue, so a client can correct itself).
   */
  normalizeEventNames(names: readonly string[]): string[] {
    if (names.length === 0) throw new DomainError('validation_error', 'events must name at least one event type', { code: 'VALIDATION_ERROR', field: 'events' });
    const unknown = this.unknownEventNames(names);
    if (unknown.length > 0) {
      throw new DomainError('bad_request', `Unknown event types: ${unknown.join(', ')}. GET /api/v1/webhooks/events lists the supported ones.`, {
        code: 'UNKNOWN_EVENT_TYPES',
        field: 'events',
        context: { unknown_events: unknown, supported_events: this.entries.map((e) => e.name) },
      });
    }
    const wanted = new Set(names);
    return this.entries.filter((e) => wanted.has(e.name)).map((e) => e.name);
  }
}
