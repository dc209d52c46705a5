import type { GovernanceClient } from '@agentvault/contracts/governance';
import type { IdentityClient } from '@agentvault/contracts/identity';
import type { LedgerClient } from '@agentvault/contracts/ledger';
import type { Proposal__Output } from '@agentvault/contracts/generated/agentvault/governance/v1/Proposal';
import { DomainError } from '@agentvault/errors';
import type { GovernancePort, ProposalView } from './domain/federated-votes.js';
import type { SlashLedger } from './domain/cross-registry-slash.js';

const view = (p: Proposal__Output): ProposalView => ({
  proposalId: p.proposal_id, proposerDid: p.proposer_did, title: p.title, description: p.description, status: p.status, scope: p.scope, originRegistry: p.origin_registry,
  votingEndsAt: p.voting_ends_at, votesFor: p.votes_for, votesAgainst: p.votes_against, votesAbstain: p.votes_abstain, totalVoters: p.total_voters,
  snapshotTotalPower: p.snapshot_total_power, talliedAt: p.tallied_at,
});

/** Governance's proposals and tallies, over its gRPC API. */
export function governancePort(governance: GovernanceClient): GovernancePort {
  return {
    async proposal(id) {
      return view(await governance.call('GetProposal', { proposal_id: id }));
    },
    async openCopy(input) {
      return view(await governance.call('OpenFederatedProposal', {
        origin_registry: input.originRegistry, origin_proposal_id: input.originProposalId, proposer_did: input.proposerDid, title: input.title,
        description: input.description, voting_ends_at: input.votingEndsAt,
      }));
    },
    async addParticipant(proposalId, registry) {
      await governance.call('AddFederationParticipant', { proposal_id: proposalId, registry });
    },
    async tally(proposalId) {
      return view(await governance.call('Tally', { proposal_id: proposalId }));
    },
    async recordPeerTally(t) {
      await governance.call('RecordPeerTally', {
        proposal_id: t.origin_proposal_id, registry: t.registry, votes_for: t.votes_for, votes_against: t.votes_against, votes_abstain: t.votes_abstain,
        total_voters: t.total_voters, snapshot_total_power: t.snapshot_total_power, tallied_at: t.tallied_at, signed_tally: t.signedTally, kid: t.kid,
      });
    },
  };
}

/** This registry's agents (identity) and its ledger, for rulings of peers carried out here. */
export function slashLedger(ledger: LedgerClient, identity: IdentityClient): SlashLedger {
  return {
    async isLocalAgent(did) {
      try {
        await identity.call('GetAgent', { did });
        return true;
      } catch (err) {
        if (err instanceof DomainError && err.kind === 'not_found') return false;
        throw err;
      }
    },
    async applyPenalty(input) {
      const r = await ledger.call('ApplyPenalty', { from_did: input.agentDid, to_did: '', amount: input.amount, key: input.key, reason: input.reason });
      // Always set by the ledger; a missing one is a broken peer.
      if (!r.transaction) throw new Error('the ledger answered without its transaction');
      return { transactionId: r.transaction.transaction_id };
    },
    async adjustReputation(input) {
      const r = await ledger.call('AdjustReputation', { agent_did: input.agentDid, delta: input.delta, key: input.key, reason: input.reason });
      return { newScore: r.new_score };
    },
  };
}
