import { sql, type Kysely } from 'kysely';
import type { SecretBox } from '@agentvault/config';
import type { Database } from '@agentvault/db';
import { appendToOutbox, createOutboxUnitOfWork } from '@agentvault/events';
import { amountFromDb, amountToDb, formatAmount } from '@agentvault/ledger/amount';
import type { TaskRepositories, TaskUnitOfWork } from '../domain/invocation-ports.js';
import type { InvocationConfig, Task } from '../domain/tasks-model.js';
import type { InvocationConfigRow, TaskDatabase, TaskRow } from './task-schema.js';

const SOURCE = 'marketplace';
const date = (v: Date | string | null) => (v ? new Date(v) : null);
/** The sealed secret's associated data: a sealed value copied to another agent's row does not open. */
const secretContext = (agentDid: string) => `invocation:${agentDid}`;

function toTask(r: TaskRow): Task {
  return {
    id: r.id, callerDid: r.caller_did, targetDid: r.target_did, capability: r.capability, deliveryMode: r.delivery_mode, status: r.status,
    input: r.input, output: r.output, error: r.error, amount: amountFromDb(r.amount), commission: amountFromDb(r.commission),
    holdId: r.hold_id, holdState: r.hold_state, transactionId: r.transaction_id, timeoutMs: Number(r.timeout_ms), deadlineAt: new Date(r.deadline_at),
    createdAt: new Date(r.created_at), acceptedAt: date(r.accepted_at), finishedAt: date(r.finished_at), latencyMs: r.latency_ms === null ? null : Number(r.latency_ms),
  };
}

function repositories(box: SecretBox) {
  const toConfig = (r: InvocationConfigRow): InvocationConfig => {
    const capabilities = typeof r.capabilities === 'string' ? (JSON.parse(r.capabilities) as { name: string; price: string }[]) : r.capabilities;
    return {
      agentDid: r.agent_did, enabled: r.enabled, deliveryMode: r.delivery_mode, webhookUrl: r.webhook_url,
      webhookSecret: r.webhook_secret_sealed ? box.open(secretContext(r.agent_did), r.webhook_secret_sealed) : null,
      capabilities: (capabilities ?? []).map((c) => ({ name: c.name, price: amountFromDb(c.price) })), updatedAt: new Date(r.updated_at),
    };
  };

  return (db: Kysely<TaskDatabase>, onOutboxAppend: () => void): TaskRepositories => ({
    configs: {
      async get(agentDid) {
        const row = await db.selectFrom('invocation_configs').selectAll().where('agent_did', '=', agentDid).executeTakeFirst();
        return row ? toConfig(row) : null;
      },
      async upsert(c) {
        const values = {
          agent_did: c.agentDid, enabled: c.enabled, delivery_mode: c.deliveryMode, webhook_url: c.webhookUrl,
          webhook_secret_sealed: c.webhookSecret ? box.seal(secretContext(c.agentDid), c.webhookSecret) : null,
          capabilities: JSON.stringify(c.capabilities.map((x) => ({ name: x.name, price: formatAmount(x.price) }))), updated_at: c.updatedAt,
        };
        await db
          .insertInto('invocation_configs')
          .values(values)
          .onConflict((oc) => oc.column('agent_did').doUpdateSet({
            enabled: values.enabled, delivery_mode: values.delivery_mode, webhook_url: values.webhook_url,
            webhook_secret_sealed: values.webhook_secret_sealed, capabilities: values.capabilities, updated_at: values.updated_at,
          }))
          .execute();
      },
    },
    tasks: {
      async insert(t, idempotency) {
        const r = await db
          .insertInto('tasks')
          .values({
            id: t.id, caller_did: t.callerDid, target_did: t.targetDid, capability: t.capability, delivery_mode: t.deliveryMode, status: t.status,
            input: t.input, amount: amountToDb(t.amount), commission: amountToDb(t.commission), hold_state: t.holdState, timeout_ms: t.timeoutMs,
            deadline_at: t.deadlineAt, created_at: t.createdAt, accepted_at: t.acceptedAt,
            idempotency_key: idempotency?.key ?? null, request_hash: idempotency?.requestHash ?? null,
          })
          // Only the idempotency key can collide (task ids are random UUIDs): a concurrent repeat loses here.
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
      },
      async byIdempotencyKey(key) {
        const row = await db.selectFrom('tasks').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
        return row ? { task: toTask(row), requestHash: row.request_hash ?? '' } : null;
      },
      async get(id) {
        const row = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toTask(row) : null;
      },
      async transition(id, from, to, at) {
        const row = await db
          .updateTable('tasks')
          .set({ status: to, accepted_at: to === 'processing' ? at : undefined })
          .where('id', '=', id)
          .where('status', 'in', from)
          .returningAll()
          .executeTakeFirst();
        return row ? toTask(row) : null;
      },
      async end(id, e) {
        const row = await db
          .updateTable('tasks')
          .set({
            status: e.status, output: e.status === 'completed' ? e.output : null, error: e.status === 'completed' ? null : e.error,
            // A hold not placed yet (placing) is found by its reference when it is posted or given back.
            hold_state: e.holdState, latency_ms: e.latencyMs, finished_at: e.at,
          })
          .where('id', '=', id)
          .where('status', 'in', ['pending', 'processing'])
          .returningAll()
          .executeTakeFirst();
        return row ? toTask(row) : null;
      },
      async setHold(id, holdId) {
        await db
          .updateTable('tasks')
          .set({ hold_id: holdId, hold_state: sql`case when hold_state = 'placing' then 'held' else hold_state end` })
          .where('id', '=', id)
          .execute();
      },
      async setHoldState(id, from, to, transactionId) {
        const r = await db
          .updateTable('tasks')
          .set({ hold_state: to, transaction_id: transactionId })
          .where('id', '=', id)
          .where('hold_state', 'in', from)
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      },
      async pendingFor(targetDid, now, limit) {
        const rows = await db
          .selectFrom('tasks')
          .selectAll()
          .where('target_did', '=', targetDid)
          .where('status', '=', 'pending')
          .where('hold_state', '<>', 'placing')
          .where('deadline_at', '>', now)
          .orderBy('created_at')
          .orderBy('id')
          .limit(limit)
          .execute();
        return rows.map(toTask);
      },
      async expire(now, webhookGraceMs, limit) {
        const graced = new Date(now.getTime() - webhookGraceMs);
        const stale = db
          .selectFrom('tasks')
          .select('id')
          .where('status', 'in', ['pending', 'processing'])
          .where((eb) => eb.or([
            eb.and([eb('delivery_mode', '=', 'queue'), eb('deadline_at', '<=', now)]),
            eb.and([eb('delivery_mode', '=', 'webhook'), eb('deadline_at', '<=', graced)]),
          ]))
          .limit(limit)
          .forUpdate()
          .skipLocked();
        const rows = await db
          .updateTable('tasks')
          .set({
            status: 'timed_out', finished_at: now,
            error: sql`case when delivery_mode = 'webhook' then 'interrupted before the agent''s answer was recorded' else 'not completed within the timeout' end`,
            hold_state: sql`case when hold_state in ('placing', 'held') then 'releasing' else hold_state end`,
          })
          .where('id', 'in', stale)
          .returningAll()
          .execute();
        return rows.map(toTask);
      },
      async unresolvedHolds(limit) {
        const rows = await db.selectFrom('tasks').selectAll().where('hold_state', 'in', ['posting', 'releasing']).orderBy('created_at').limit(limit).execute();
        return rows.map(toTask);
      },
    },
    outbox: {
      async emit(event) {
        await appendToOutbox(db, SOURCE, event);
        onOutboxAppend();
      },
    },
  });
}

/** Transactions over the invocation tables (the marketplace schema); `onOutboxCommit` wakes the relay. */
export function createTaskUnitOfWork(database: Database<TaskDatabase>, box: SecretBox, onOutboxCommit: () => void = () => {}): TaskUnitOfWork {
  return createOutboxUnitOfWork(database, repositories(box), onOutboxCommit);
}
