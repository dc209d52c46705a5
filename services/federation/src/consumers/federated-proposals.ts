import type { Kysely } from 'kysely';
import type { DomainEvent } from '@agentvault/events';
import { governanceEvents } from '@agentvault/contracts/governance-events';
import { federatedVoteStore, type FederatedVotesTables } from '../store/federated-votes-store.js';

export const FEDERATED_PROPOSALS_CONSUMER = 'federation-federated-proposals';

/**
 * A federation proposal opened here: one announcement per approved peer is queued in the same
 * transaction that marks the event handled (the announce worker sends them). Copies of other
 * registries' proposals are not announced on.
 */
export async function onProposalOpened(event: DomainEvent, trx: Kysely<FederatedVotesTables>): Promise<void> {
  if (!governanceEvents.is(event, 'proposal.opened')) return;
  if (event.data.scope !== 'federation' || event.data.origin_registry) return;
  await federatedVoteStore(trx).enqueueAnnouncements(event.data.proposal_id, new Date(event.data.voting_ends_at));
}
