import { defineEvents, type EmittedEvent } from './events.js';
import { invocationEventDescriptions, type InvocationEventPayloads } from './marketplace-invocation-events.js';

/** A listing as its events carry it. Prices are decimal strings with 18 places. */
export type ListingEventData = {
  service_id: string;
  agent_did: string;
  name: string;
  price_per_call: string;
  category: string;
  status: 'active' | 'paused' | 'removed';
};

/** What the marketplace publishes. `agent_did` is the provider's agent. */
export interface MarketplaceEventPayloads extends InvocationEventPayloads {
  'service.listed': ListingEventData;
  'service.updated': ListingEventData;
  'service.removed': ListingEventData;
  'service.called': {
    usage_id: string;
    service_id: string;
    agent_did: string;
    buyer_agent_did: string;
    status: 'completed' | 'failed';
    response_status: number | null;
    free_tier: boolean;
    amount: string;
    latency_ms: number;
  };
  'settlement.created': { settlement_id: string; agent_did: string; total_amount: string; platform_fee: string; net_amount: string; call_count: number };
  'settlement.paid': { settlement_id: string; agent_did: string; net_amount: string; platform_fee: string; transaction_ids: string[] };
}
export type MarketplaceEvent = EmittedEvent<MarketplaceEventPayloads>;

export const marketplaceEvents = defineEvents<MarketplaceEventPayloads>('marketplace', {
  ...invocationEventDescriptions,
  'service.listed': { scope: 'agent', description: 'One of your agents listed a service on the marketplace.' },
  'service.updated': { scope: 'agent', description: "A listing of one of your agents changed (price, endpoint, status, ...)." },
  'service.removed': { scope: 'agent', description: 'A listing of one of your agents was removed.' },
  'service.called': { scope: 'agent', description: "A buyer called one of your agents' services through the paying proxy." },
  'settlement.created': { scope: 'agent', description: "The net due to one of your agents for a period was computed." },
  'settlement.paid': { scope: 'agent', description: 'A settlement was paid to one of your agents through the ledger.' },
});
