import { sql, type Kysely } from 'kysely';
import { ledgerEvents } from '@agentvault/contracts/ledger-events';
import type { BusEvent } from '@agentvault/contracts/events';
import type { IdentityDatabase } from '../store/schema.js';

/**
 * Mirrors the ledger's reputation of each agent (for the quality gates of teams): the score of
 * the newest event, and the signals counted one by one (each event is handled once).
 */
export async function agentReputationConsumer(event: BusEvent, trx: Kysely<IdentityDatabase>): Promise<void> {
  let change: { did: string; score: number; positive: number; negative: number };
  if (ledgerEvents.is(event, 'reputation.changed')) {
    const { agent_did, new_score, signal_value } = event.data;
    change = { did: agent_did, score: new_score, positive: signal_value > 0 ? 1 : 0, negative: signal_value < 0 ? 1 : 0 };
  } else if (ledgerEvents.is(event, 'reputation.adjusted')) {
    change = { did: event.data.agent_did, score: event.data.new_score, positive: 0, negative: 0 };
  } else {
    return;
  }
  const asOf = new Date(event.occurredAt);
  await trx
    .insertInto('agent_reputation')
    .values({ agent_did: change.did, score: change.score, positive_signals: change.positive, negative_signals: change.negative, score_as_of: asOf })
    .onConflict((oc) =>
      oc.column('agent_did').doUpdateSet({
        score: sql`case when excluded.score_as_of >= agent_reputation.score_as_of then excluded.score else agent_reputation.score end`,
        score_as_of: sql`greatest(excluded.score_as_of, agent_reputation.score_as_of)`,
        positive_signals: sql`agent_reputation.positive_signals + excluded.positive_signals`,
        negative_signals: sql`agent_reputation.negative_signals + excluded.negative_signals`,
      }),
    )
    .execute();
}

agentReputationConsumer.accepts = (event: BusEvent): boolean => ledgerEvents.is(event, 'reputation.changed') || ledgerEvents.is(event, 'reputation.adjusted');
