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
  'developer.email_verified': { developer_id: string; email: string };
  'organization.created': { organization_id: string; developer_id: string; name: string };
  'organization.updated': { organization_id: string; developer_id: string; name: string };
  'organization.member_added': { organization_id: string; developer_id: string; role: OrganizationRole; added_by: string };
  'organization.member_role_changed': { organization_id: string; developer_id: string; role: OrganizationRole; changed_by: string };
  'organization.member_removed': { organization_id: string; developer_id: string; removed_by: string };
  'organization.agent_added': { organization_id: string; agent_did: string; developer_id: string };
  'organization.agent_removed': { organization_id: string; agent_did: string; developer_id: string };
  'team.created': { team_id: string; developer_id: string; organization_id: string | null; name: string };
  'team.updated': { team_id: string; developer_id: string; name: string };
  'team.archived': { team_id: string; developer_id: string };
  'team.member_added': { team_id: string; agent_did: string; developer_id: string; role: string };
  'team.member_removed': { team_id: string; agent_did: string; developer_id: string };
  'organization.bundle_created': { organization_id: string; developer_id: string; bundle_id: string; version: number };
  'organization.bundle_restored': { organization_id: string; developer_id: string; bundle_id: string; version: number; restore_id: string };
}

/** A developer's role in an organization. */
export type OrganizationRole = 'owner' | 'admin' | 'member';
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
  'developer.email_verified': { scope: 'developer', description: "The developer's email address was verified through the mailed link." },
  'organization.created': { scope: 'developer', description: 'An organization was created; the developer is its owner.' },
  'organization.updated': { scope: 'developer', description: "An organization's name, description or quotas were changed (by this developer)." },
  'organization.member_added': { scope: 'developer', description: 'The developer was added to an organization, with a role.' },
  'organization.member_role_changed': { scope: 'developer', description: "The developer's role in an organization was changed." },
  'organization.member_removed': { scope: 'developer', description: 'The developer left or was removed from an organization; their organization API keys were revoked.' },
  'organization.agent_added': { scope: 'agent', description: 'The agent now belongs to an organization (it counts against its agent quota).' },
  'organization.agent_removed': { scope: 'agent', description: 'The agent no longer belongs to an organization.' },
  'team.created': { scope: 'developer', description: 'A team of agents was created by the developer.' },
  'team.updated': { scope: 'developer', description: "A team's name, description or configuration was changed." },
  'team.archived': { scope: 'developer', description: 'A team was archived.' },
  'team.member_added': { scope: 'agent', description: 'The agent joined a team, with a role and skills for routing.' },
  'team.member_removed': { scope: 'agent', description: 'The agent left a team.' },
  'organization.bundle_created': { scope: 'developer', description: "The developer saved a version of an organization's agents, cards and teams as a bundle." },
  'organization.bundle_restored': { scope: 'developer', description: "The developer restored an organization's cards and teams from a bundle." },
});
