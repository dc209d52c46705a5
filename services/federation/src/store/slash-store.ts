import type { Kysely } from 'kysely';
import type { Generated, Numeric, Timestamp } from '@agentvault/db';
import type { InboundSlash, SlashStatus, SlashStore } from '../domain/cross-registry-slash.js';

/** The table of migrations/slash.ts. */
export interface SlashTables {
  inbound_slashes: {
    peer_id: number;
    ruling_id: string;
    agent_did: string;
    token_penalty: Numeric | null;
    reputation_adjustment: number;
    request_hash: string;
    status: SlashStatus;
    reason: string | null;
    penalty_transaction_id: string | null;
    new_reputation_score: number | null;
    created_at: Generated<Timestamp>;
  };
}

export function slashStore(db: Kysely<SlashTables>): SlashStore {
  return {
    async get(peerId, rulingId) {
      const r = await db.selectFrom('inbound_slashes').selectAll().where('peer_id', '=', peerId).where('ruling_id', '=', rulingId).executeTakeFirst();
      if (!r) return null;
      return {
        peerId: r.peer_id, rulingId: r.ruling_id, agentDid: r.agent_did, tokenPenalty: r.token_penalty, reputationAdjustment: r.reputation_adjustment,
        requestHash: r.request_hash, status: r.status, reason: r.reason, penaltyTransactionId: r.penalty_transaction_id, newReputationScore: r.new_reputation_score,
      };
    },
    async insert(s: InboundSlash) {
      const r = await db
        .insertInto('inbound_slashes')
        .values({
          peer_id: s.peerId, ruling_id: s.rulingId, agent_did: s.agentDid, token_penalty: s.tokenPenalty, reputation_adjustment: s.reputationAdjustment,
          request_hash: s.requestHash, status: s.status, reason: s.reason, penalty_transaction_id: s.penaltyTransactionId, new_reputation_score: s.newReputationScore,
        })
        .onConflict((oc) => oc.columns(['peer_id', 'ruling_id']).doNothing())
        .returning('ruling_id')
        .executeTakeFirst();
      return !!r;
    },
  };
}
