import { defineEvents, type EmittedEvent } from './events.js';

type PeerChange = {
  peer_id: number;
  name: string;
  base_url: string;
  /** The developer who registered the peer: the one who hears about it. */
  developer_id: string;
};

type PeerTransition = PeerChange & { by: string; status: string };

/** What the federation service publishes. */
export interface FederationEventPayloads {
  'federation.peer_registered': PeerChange;
  'federation.peer_approved': PeerTransition;
  'federation.peer_rejected': PeerTransition;
  'federation.peer_deactivated': PeerTransition;
  'federation.peer_reactivated': PeerTransition;
  'federation.peer_trust_demoted': { peer_id: number; name: string; developer_id: string; reasons: string[] };
  'registry.signing_key_rotated': { kid: string; retired_kid: string | null; rotated_by: string; developer_id: string };
  'registry.card_updated': { updated_by: string; fields: string[]; developer_id: string };
}
export type FederationEvent = EmittedEvent<FederationEventPayloads>;

export const federationEvents = defineEvents<FederationEventPayloads>('federation', {
  'federation.peer_registered': { scope: 'developer', description: 'A peer registry you registered was verified and waits for approval.' },
  'federation.peer_approved': { scope: 'developer', description: 'A peer registry you registered was approved.' },
  'federation.peer_rejected': { scope: 'developer', description: 'A peer registry you registered was rejected.' },
  'federation.peer_deactivated': { scope: 'developer', description: 'A peer registry you registered was deactivated.' },
  'federation.peer_reactivated': { scope: 'developer', description: 'A peer registry you registered was reactivated.' },
  'federation.peer_trust_demoted': { scope: 'developer', description: "A peer registry's card stopped verifying; the reasons are listed." },
  'registry.signing_key_rotated': { scope: 'developer', description: "The registry card's signing key was rotated (sent to the admin who rotated it)." },
  'registry.card_updated': { scope: 'developer', description: 'The registry card was edited (sent to the admin who edited it).' },
});
