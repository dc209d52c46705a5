import { sql, type Kysely } from 'kysely';
import type { Generated, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { Announcement, AnnouncementStatus, CopyStatus, FederatedVoteStore, VoteCopy } from '../domain/federated-votes.js';

/** The tables of migrations/federated-votes.ts. */
export interface VoteAnnouncementsTable {
  proposal_id: string;
  peer_id: number;
  voting_ends_at: Timestamp;
  status: Generated<AnnouncementStatus>;
  copy_proposal_id: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  updated_at: Generated<Timestamp>;
}

export interface VoteCopiesTable {
  peer_id: number;
  origin_proposal_id: string;
  copy_proposal_id: string;
  voting_ends_at: Timestamp;
  status: Generated<CopyStatus>;
  signed_tally: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  updated_at: Generated<Timestamp>;
}

export interface FederatedVotesTables extends OutboxTables {
  vote_announcements: VoteAnnouncementsTable;
  vote_copies: VoteCopiesTable;
  /** Read only here: which peers are approved when a proposal opens. */
  peers: { id: Generated<number>; status: string };
}

const date = (v: Date | string) => new Date(v);

export function federatedVoteStore(db: Kysely<FederatedVotesTables>): FederatedVoteStore {
  return {
    async enqueueAnnouncements(proposalId, votingEndsAt) {
      const peers = await db.selectFrom('peers').select('id').where('status', '=', 'ACTIVE').execute();
      if (peers.length === 0) return 0;
      const rows = await db
        .insertInto('vote_announcements')
        .values(peers.map((p) => ({ proposal_id: proposalId, peer_id: Number(p.id), voting_ends_at: votingEndsAt })))
        .onConflict((oc) => oc.columns(['proposal_id', 'peer_id']).doNothing())
        .returning('peer_id')
        .execute();
      return rows.length;
    },
    async dueAnnouncements(now, limit) {
      const rows = await db.selectFrom('vote_announcements').selectAll().where('status', '=', 'pending').where('voting_ends_at', '>', now).orderBy('updated_at').limit(limit).execute();
      return rows.map((r): Announcement => ({
        proposalId: r.proposal_id, peerId: r.peer_id, votingEndsAt: date(r.voting_ends_at), status: r.status, copyProposalId: r.copy_proposal_id, attempts: r.attempts, lastError: r.last_error,
      }));
    },
    async announcementsOf(proposalId) {
      const rows = await db.selectFrom('vote_announcements').selectAll().where('proposal_id', '=', proposalId).orderBy('peer_id').execute();
      return rows.map((r): Announcement => ({
        proposalId: r.proposal_id, peerId: r.peer_id, votingEndsAt: date(r.voting_ends_at), status: r.status, copyProposalId: r.copy_proposal_id, attempts: r.attempts, lastError: r.last_error,
      }));
    },
    async settleAnnouncement(proposalId, peerId, change) {
      await db
        .updateTable('vote_announcements')
        .set({ status: change.status, copy_proposal_id: change.copyProposalId ?? null, last_error: change.error ?? null, attempts: sql`attempts + 1`, updated_at: new Date() })
        .where('proposal_id', '=', proposalId).where('peer_id', '=', peerId).where('status', '=', 'pending')
        .execute();
    },
    async recordCopy(copy) {
      await db
        .insertInto('vote_copies')
        .values({ peer_id: copy.peerId, origin_proposal_id: copy.originProposalId, copy_proposal_id: copy.copyProposalId, voting_ends_at: copy.votingEndsAt })
        .onConflict((oc) => oc.columns(['peer_id', 'origin_proposal_id']).doNothing())
        .execute();
    },
    async dueCopies(now, limit) {
      const rows = await db.selectFrom('vote_copies').selectAll().where('status', '=', 'waiting').where('voting_ends_at', '<=', now).orderBy('updated_at').limit(limit).execute();
      return rows.map((r): VoteCopy => ({
        peerId: r.peer_id, originProposalId: r.origin_proposal_id, copyProposalId: r.copy_proposal_id, votingEndsAt: date(r.voting_ends_at), status: r.status,
        signedTally: r.signed_tally, attempts: r.attempts, lastError: r.last_error,
      }));
    },
    async settleCopy(peerId, originProposalId, change) {
      await db
        .updateTable('vote_copies')
        .set({ status: change.status, signed_tally: change.signedTally ?? null, last_error: change.error ?? null, attempts: sql`attempts + 1`, updated_at: new Date() })
        .where('peer_id', '=', peerId).where('origin_proposal_id', '=', originProposalId).where('status', '=', 'waiting')
        .execute();
    },
  };
}
