import { defineEvents, type EmittedEvent } from './events.js';

/** What the governance service publishes. Voting power is a decimal string with 18 places. */
export interface GovernanceEventPayloads {
  'proposal.opened': {
    proposal_id: string; agent_did: string; title: string; proposal_type: string; voting_ends_at: string; snapshot_total_power: string;
    /** federation: approved peers' agents vote too (absent in events from before scopes). */
    scope?: 'local' | 'federation';
    /** Set on a peer's copy of another registry's federation proposal. */
    origin_registry?: string;
  };
  'vote.cast': { proposal_id: string; agent_did: string; choice: 'for' | 'against' | 'abstain'; voting_power: string };
  'proposal.passed': ProposalDecided;
  'proposal.rejected': ProposalDecided;
}
/** A type, not an interface, so that it is a Record<string, unknown> for the outbox. */
type ProposalDecided = {
  proposal_id: string; agent_did: string; outcome: string; votes_for: string; votes_against: string; votes_abstain: string; snapshot_total_power: string;
};
export type GovernanceEvent = EmittedEvent<GovernanceEventPayloads>;

export const governanceEvents = defineEvents<GovernanceEventPayloads>('governance', {
  'proposal.opened': { scope: 'agent', description: 'An agent opened a governance proposal.' },
  'vote.cast': { scope: 'agent', description: 'An agent voted on a proposal.' },
  'proposal.passed': { scope: 'agent', description: "An agent's proposal passed." },
  'proposal.rejected': { scope: 'agent', description: "An agent's proposal was rejected or missed quorum." },
});
