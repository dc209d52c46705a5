import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '@agentvault/db';
import type { BridgeSaga, SagaRepository } from '../domain/bridge-ports.js';
import type { BridgeSagasTable } from './bridge-schema.js';
import type { FederationDatabase } from './schema.js';

const UNFINISHED = ['created', 'debited', 'credited', 'aborting'] as const;

/** numeric(38,18) as the saga keeps it: 18 places, no exponent. */
const amountText = (value: string) => {
  const [whole = '0', frac = ''] = String(value).split('.');
  return `${whole}.${frac.padEnd(18, '0').slice(0, 18)}`;
};

function toSaga(r: Selectable<BridgeSagasTable>): BridgeSaga {
  return {
    id: r.id,
    kind: r.kind,
    agentDid: r.agent_did,
    counterpartyDid: r.counterparty_did,
    peerId: Number(r.peer_id),
    peerBaseUrl: r.peer_base_url,
    peerName: r.peer_name,
    amount: amountText(r.amount),
    message: r.message,
    purpose: r.purpose,
    paymentRef: r.payment_ref,
    holdId: r.hold_id,
    state: r.state,
    failureReason: r.failure_reason,
    uncertain: r.uncertain,
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(r.next_attempt_at),
    deadlineAt: new Date(r.deadline_at),
    steps: typeof r.steps === 'string' ? JSON.parse(r.steps) : r.steps,
    idempotencyScope: r.idempotency_scope,
    idempotencyKey: r.idempotency_key,
    requestHash: r.request_hash,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** The sagas of cross-registry transfers; each statement stands alone (the ledger holds the money). */
export function sagaRepository(database: Database<FederationDatabase>): SagaRepository {
  const db: Kysely<FederationDatabase> = database.db;
  return {
    async insert(saga) {
      const inserted = await db
        .insertInto('bridge_sagas')
        .values({
          id: saga.id, kind: saga.kind, agent_did: saga.agentDid, counterparty_did: saga.counterpartyDid, peer_id: saga.peerId,
          peer_base_url: saga.peerBaseUrl, peer_name: saga.peerName, amount: saga.amount, message: saga.message, purpose: saga.purpose,
          payment_ref: saga.paymentRef, hold_id: saga.holdId, next_attempt_at: saga.nextAttemptAt, deadline_at: saga.deadlineAt,
          steps: JSON.stringify([{ step: 'created', at: new Date().toISOString() }]),
          idempotency_scope: saga.idempotencyScope, idempotency_key: saga.idempotencyKey, request_hash: saga.requestHash,
        })
        .onConflict((oc) => oc.doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { saga: toSaga(inserted), created: true };
      // Lost to an earlier request with the same key, or to the same payment.
      let q = db.selectFrom('bridge_sagas').selectAll();
      q = saga.paymentRef
        ? q.where('payment_ref', '=', saga.paymentRef)
        : q.where('idempotency_scope', '=', saga.idempotencyScope).where('idempotency_key', '=', saga.idempotencyKey);
      const existing = await q.executeTakeFirst();
      if (!existing) throw new Error(`saga ${saga.id} was neither inserted nor found`);
      return { saga: toSaga(existing), created: false };
    },
    async get(id) {
      const row = await db.selectFrom('bridge_sagas').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toSaga(row) : null;
    },
    async transition(id, from, change) {
      const row = await db
        .updateTable('bridge_sagas')
        .set({
          ...(change.state ? { state: change.state } : {}),
          ...(change.failureReason !== undefined ? { failure_reason: change.failureReason } : {}),
          ...(change.uncertain !== undefined ? { uncertain: change.uncertain } : {}),
          ...(change.attempts !== undefined ? { attempts: change.attempts } : {}),
          ...(change.nextAttemptAt ? { next_attempt_at: change.nextAttemptAt } : {}),
          // A retry replaces the previous retry note instead of piling them up.
          ...(change.step
            ? {
                steps: change.step.step === 'retry_scheduled'
                  ? sql`(select coalesce(jsonb_agg(s), '[]'::jsonb) from jsonb_array_elements(steps) s where s->>'step' <> 'retry_scheduled') || ${JSON.stringify([change.step])}::jsonb`
                  : sql`steps || ${JSON.stringify([change.step])}::jsonb`,
              }
            : {}),
          updated_at: sql`now()`,
        })
        .where('id', '=', id)
        .where('state', '=', from)
        .returningAll()
        .executeTakeFirst();
      return row ? toSaga(row) : null;
    },
    async due(now, limit) {
      const rows = await db.selectFrom('bridge_sagas').selectAll().where('state', 'in', UNFINISHED).where('next_attempt_at', '<=', now).orderBy('next_attempt_at').limit(limit).execute();
      return rows.map(toSaga);
    },
    async list(agentDid, limit, offset) {
      const base = db.selectFrom('bridge_sagas').where('agent_did', '=', agentDid);
      const [rows, count] = await Promise.all([
        base.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute(),
        base.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toSaga), total: Number(count.total) };
    },
    async inFlight(peerBaseUrl) {
      const row = await db
        .selectFrom('bridge_sagas')
        .select([
          sql<string>`coalesce(sum(amount) filter (where kind = 'transfer'), 0)`.as('transfers'),
          sql<string>`coalesce(sum(amount) filter (where kind = 'redeem'), 0)`.as('redemptions'),
          sql<string>`count(*)`.as('count'),
        ])
        .where('peer_base_url', '=', peerBaseUrl)
        .where('state', 'in', ['debited', 'credited', 'aborting'])
        .executeTakeFirstOrThrow();
      return { transfers: amountText(row.transfers), redemptions: amountText(row.redemptions), count: Number(row.count) };
    },
  };
}
