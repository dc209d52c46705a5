import { defineEvents, type EmittedEvent } from './events.js';

/** What identity publishes. */
export interface IdentityEventPayloads {
  'developer.registered': { developer_id: string; email: string; name: string };
  'developer.password_changed': { developer_id: string; via: 'recovery' };
  'developer.2fa_changed': { developer_id: string; enabled: boolean };
  'api_key.created': { developer_id: string; api_key_id: string; prefix: string };
  'api_key.revoked': { developer_id: string; api_key_id: string; prefix: string };
  'agent.created': { agent_did: string; developer_id: string; agent_card_id: string; agent_card_name: string };
  'agent_card.submitted': { agent_did: string; developer_id: string; agent_card_id: string; agent_card_name: string };
  'agent_card.updated': { agent_did: string; developer_id: string; agent_card_id: string; agent_card_name: string; is_active: boolean };
  'agent_card.deactivated': { agent_did: string; developer_id: string; agent_card_id: string };
  'self_agent.registered': { agent_did: string; key_type: 'ed25519' | 'secp256k1'; name: string };
  'self_agent.profile_updated': { agent_did: string; name: string };
  'self_agent.deactivated': { agent_did: string };
}
export type IdentityEvent = EmittedEvent<IdentityEventPayloads>;

export const identityEvents = defineEvents<IdentityEventPayloads>('identity', {
  'agent.created': { scope: 'agent', description: 'An agent was onboarded: its DID, card id and card name.' },
  'developer.registered': { scope: 'developer', description: 'The developer account was created.' },
  'developer.password_changed': { scope: 'developer', description: "The developer's password was reset." },
  'developer.2fa_changed': { scope: 'developer', description: 'Two-factor authentication was enabled or disabled.' },
  'api_key.created': { scope: 'developer', description: 'An API key was created.' },
  'api_key.revoked': { scope: 'developer', description: 'An API key was revoked.' },
  'agent_card.submitted': { scope: 'agent', description: "An agent's card was submitted to the directory (again active and searchable)." },
  'agent_card.updated': { scope: 'agent', description: "An agent's card or its active flag was changed." },
  'agent_card.deactivated': { scope: 'agent', description: "An agent's card was deactivated: no longer listed or served in A2A form." },
  'self_agent.registered': { scope: 'agent', description: 'An agent registered itself with a key it holds (signed self-registration): its DID and key type.' },
  'self_agent.profile_updated': { scope: 'agent', description: 'A self-registered agent changed its profile.' },
  'self_agent.deactivated': { scope: 'agent', description: 'A self-registered agent deactivated itself: its profile stays readable, marked inactive.' },
});
