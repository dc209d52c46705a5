import { defineEvents, type EmittedEvent } from './events.js';

/**
 * A backer pledge as its events carry it: EUR with 2 places, AVT with 18. No email: events reach
 * developers' webhooks. `agent_did` is null for an anonymous pledge until it is claimed.
 */
// A type, not an interface: payloads must be assignable to the outbox's Record<string, unknown>.
export type PledgeEventData = {
  session_id: string;
  status: 'pending' | 'completed' | 'expired' | 'refunded';
  agent_did: string | null;
  developer_id: string | null;
  eur_amount: string;
  avt_amount: string;
  tier: number;
  refunded_eur: string;
  reversed_avt: string;
  shortfall_avt: string;
  /** 'local', or the satellite storefront a proxied pledge came from. */
  origin: string;
};

/** What the fiat service publishes. */
export interface FiatEventPayloads {
  'fiat.pledge_started': PledgeEventData;
  'fiat.pledge_completed': PledgeEventData;
  'fiat.pledge_expired': PledgeEventData;
  'fiat.pledge_refunded': PledgeEventData;
  'fiat.pledge_claimed': PledgeEventData;
  /**
   * A refund asked back more AVT than the holder still had. The auditor (payments, where it runs)
   * consumes it to raise a flag; `shortfall_this_refund` is this refund's part of `shortfall_avt`.
   */
  'fiat.refund_shortfall': PledgeEventData & { shortfall_this_refund: string };
}
export type FiatEvent = EmittedEvent<FiatEventPayloads>;

export const fiatEvents = defineEvents<FiatEventPayloads>('fiat', {
  'fiat.pledge_started': { scope: 'agent', description: 'A backer pledge for one of your agents was started (a checkout session is open).' },
  'fiat.pledge_completed': { scope: 'agent', description: 'A backer pledge for one of your agents was paid and its AVT credited.' },
  'fiat.pledge_expired': { scope: 'agent', description: "A backer pledge's checkout session expired unpaid." },
  'fiat.pledge_refunded': { scope: 'agent', description: 'A backer pledge was refunded (in part or in full), with any shortfall.' },
  'fiat.pledge_claimed': { scope: 'agent', description: 'An anonymous backer pledge was claimed for one of your agents.' },
  'fiat.refund_shortfall': { scope: 'agent', description: "A refund could not take back all of a pledge's AVT: the agent had spent it. For auditors." },
});
