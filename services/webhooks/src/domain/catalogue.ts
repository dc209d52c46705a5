import { DomainError } from '@agentvault/errors';

export type EventScope = 'agent' | 'developer';

export interface CatalogueEntry {
  /** The domain event type on the bus, and the `event` of the delivery envelope. */
  name: string;
  /** The service that emits it. */
  source: string;
  /** Whom it is about: one of the developer's agents, or the developer's account. */
  scope: EventScope;
  description: string;
  /** False for events the webhooks service makes itself rather than reads from the bus. */
  fromBus?: boolean;
}

/**
 * The published catalogue: every event type a webhook can subscribe to. Adding a type that a
 * service publishes on the bus is one line here; routing needs nothing else, because it reads
 * the agents (`subject`, `data.agent_did`, `data.sender_agent_id`, `data.receiver_agent_id`)
 * or the developer (`data.developer_id`) from the event itself.
 */
export const EVENT_CATALOGUE: readonly CatalogueEntry[] = [
  // identity
  { name: 'agent.created', source: 'identity', scope: 'agent', description: 'An agent was onboarded: its DID, card id and card name.' },
  { name: 'developer.registered', source: 'identity', scope: 'developer', description: 'The developer account was created.' },
  { name: 'developer.password_changed', source: 'identity', scope: 'developer', description: "The developer's password was reset." },
  { name: 'developer.2fa_changed', source: 'identity', scope: 'developer', description: 'Two-factor authentication was enabled or disabled.' },
  { name: 'api_key.created', source: 'identity', scope: 'developer', description: 'An API key was created.' },
  { name: 'api_key.revoked', source: 'identity', scope: 'developer', description: 'An API key was revoked.' },
  // ledger
  { name: 'transaction.completed', source: 'ledger', scope: 'agent', description: 'An AVT transfer between agents settled (sent to both sides).' },
  { name: 'system_transfer.completed', source: 'ledger', scope: 'agent', description: 'An agent paid the platform (e.g. a service fee).' },
  { name: 'fee.collected', source: 'ledger', scope: 'agent', description: 'A transaction fee was charged to an agent.' },
  { name: 'agent.funded', source: 'ledger', scope: 'agent', description: 'An agent received AVT from the treasury.' },
  { name: 'tokens.minted', source: 'ledger', scope: 'agent', description: 'New AVT was issued to an agent.' },
  { name: 'tokens.burned', source: 'ledger', scope: 'agent', description: 'AVT was taken out of circulation.' },
  { name: 'funding.requested', source: 'ledger', scope: 'agent', description: 'An agent asked for funding.' },
  { name: 'funding.approved', source: 'ledger', scope: 'agent', description: "An agent's funding request was approved." },
  { name: 'funding.rejected', source: 'ledger', scope: 'agent', description: "An agent's funding request was rejected." },
  { name: 'agent.suspended', source: 'ledger', scope: 'agent', description: 'An agent was suspended, with the reason.' },
  { name: 'agent.reinstated', source: 'ledger', scope: 'agent', description: 'A suspended agent was reinstated.' },
  { name: 'reputation.changed', source: 'ledger', scope: 'agent', description: "An agent's reputation score changed (old and new score)." },
  { name: 'funds.locked', source: 'ledger', scope: 'agent', description: "AVT moved from an agent's liquid balance to its locked balance (a stake)." },
  { name: 'funds.unlocked', source: 'ledger', scope: 'agent', description: "Locked AVT returned to an agent's liquid balance." },
  { name: 'treasury.paid_out', source: 'ledger', scope: 'agent', description: 'The treasury paid an agent (a staking reward or a governance spend).' },
  // staking
  { name: 'stake.created', source: 'staking', scope: 'agent', description: 'An agent staked AVT (amount, lock).' },
  { name: 'stake.unbonding_started', source: 'staking', scope: 'agent', description: 'Staked AVT started unbonding; it is released at release_at.' },
  { name: 'stake.released', source: 'staking', scope: 'agent', description: 'Unbonded AVT returned to the liquid balance.' },
  { name: 'reward.paid', source: 'staking', scope: 'agent', description: 'A staking reward was paid (or staked again, with auto-compound).' },
  { name: 'delegation.created', source: 'staking', scope: 'agent', description: 'An agent delegated stake to a validator.' },
  { name: 'delegation.ended', source: 'staking', scope: 'agent', description: 'A delegation ended.' },
  // governance
  { name: 'proposal.opened', source: 'governance', scope: 'agent', description: 'An agent opened a governance proposal.' },
  { name: 'vote.cast', source: 'governance', scope: 'agent', description: 'An agent voted on a proposal.' },
  { name: 'proposal.passed', source: 'governance', scope: 'agent', description: "An agent's proposal passed." },
  { name: 'proposal.rejected', source: 'governance', scope: 'agent', description: "An agent's proposal was rejected or missed quorum." },
  // webhooks
  { name: 'test.ping', source: 'webhooks', scope: 'developer', description: 'Sent by POST /developers/webhooks/{id}/test to check a handler.', fromBus: false },
  { name: 'webhook.retry_exhausted', source: 'webhooks', scope: 'developer', description: 'One of your webhooks failed 10 times in a row and was disabled.' },
];

const BY_NAME = new Map(EVENT_CATALOGUE.map((e) => [e.name, e]));

export function catalogueEntry(name: string): CatalogueEntry | undefined {
  return BY_NAME.get(name);
}

/** Whether an event read from the bus may be delivered to subscribers. */
export function isDeliverableBusEvent(type: string): boolean {
  const entry = BY_NAME.get(type);
  return !!entry && entry.fromBus !== false;
}

/** The names that are not in the catalogue, in the order given, each once. */
export function unknownEventNames(names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => !BY_NAME.has(n)))];
}

export const MAX_EVENTS_PER_WEBHOOK = EVENT_CATALOGUE.length;

/**
 * A subscription's event list: known names, each once, in the catalogue's order. Unknown names
 * are a 400 that lists them (and the catalogue, so a client can correct itself).
 */
export function normalizeEventNames(names: readonly string[]): string[] {
  if (names.length === 0) throw new DomainError('validation_error', 'events must name at least one event type', { code: 'VALIDATION_ERROR', field: 'events' });
  const unknown = unknownEventNames(names);
  if (unknown.length > 0) {
    throw new DomainError('bad_request', `Unknown event types: ${unknown.join(', ')}. GET /api/v1/webhooks/events lists the supported ones.`, {
      code: 'UNKNOWN_EVENT_TYPES',
      field: 'events',
      context: { unknown_events: unknown, supported_events: EVENT_CATALOGUE.map((e) => e.name) },
    });
  }
  const wanted = new Set(names);
  return EVENT_CATALOGUE.filter((e) => wanted.has(e.name)).map((e) => e.name);
}
