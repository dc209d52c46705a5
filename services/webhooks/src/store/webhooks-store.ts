import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Updateable } from 'kysely';
import { appendToOutbox, type DomainEvent } from '@agentvault/events';
import { precompiled, type Database } from '@agentvault/db';
import type { DeliveryQueue, UnitOfWork, WebhookRepositories } from '../domain/ports.js';
import { RESPONSE_EXCERPT_BYTES, excerpt, type ClaimedDelivery, type Delivery, type NewDelivery, type Webhook } from '../domain/model.js';
import { isJoinedWebhook, toAttempt, toDelivery, toWebhook } from './rows.js';
import type { DeliveryAttemptRow, DeliveryRow, WebhooksDatabase, WebhooksTable } from './schema.js';
import type { SecretBox } from './secret-box.js';
import { WEBHOOKS_SCHEMA } from '../../migrations/index.js';

const SOURCE = 'webhooks';

const ms = (value: number) => sql`(${value}::double precision * interval '1 millisecond')`;

/** What a transaction did that someone should hear about after it commits. */
interface Effects {
  deliveries: boolean;
  /** Something was appended to the outbox. */
  outbox: boolean;
}

async function withAttempts(db: Kysely<WebhooksDatabase>, rows: DeliveryRow[]): Promise<Delivery[]> {
  if (rows.length === 0) return [];
  const attempts = await db
    .selectFrom('delivery_attempts')
    .selectAll()
    .where('delivery_id', 'in', rows.map((r) => r.id))
    .orderBy('delivery_id')
    .orderBy('attempt')
    .execute();
  const byDelivery = new Map<string, DeliveryAttemptRow[]>();
  for (const a of attempts) byDelivery.set(a.delivery_id, [...(byDelivery.get(a.delivery_id) ?? []), a]);
  return rows.map((r) => toDelivery(r, (byDelivery.get(r.id) ?? []).map(toAttempt)));
}

/** The webhook repositories over one executor: the database itself or an open transaction. */
// Every event the consumer takes asks this: built once (see precompiled).
const routesQuery = precompiled((db: Kysely<WebhooksDatabase>, agentDids: string[], eventTypeJson: string) =>
  db
    .selectFrom('agent_owners as o')
    .leftJoin('webhooks as w', (join) =>
      join
        .onRef('w.developer_id', '=', 'o.developer_id')
        .on('w.active', '=', true)
        .on(sql<boolean>`w.events @> ${eventTypeJson}::jsonb`),
    )
    .select(['o.agent_did as owned_did'])
    .selectAll('w')
    .where('o.agent_did', '=', sql<string>`any(${agentDids}::text[])`)
    .orderBy('o.agent_did')
    .orderBy('w.created_at'));

function repositories(db: Kysely<WebhooksDatabase>, box: SecretBox, effects: Effects): WebhookRepositories {
  return {
    webhooks: {
      async lockDeveloper(developerId) {
        await sql`select pg_advisory_xact_lock(hashtext(${`agentvault.webhooks.developer:${developerId}`}))`.execute(db);
      },
      async countByDeveloper(developerId) {
        const { n } = await db.selectFrom('webhooks').select((eb) => eb.fn.countAll<string>().as('n')).where('developer_id', '=', developerId).executeTakeFirstOrThrow();
        return Number(n);
      },
      async insert(input) {
        const row = await db
          .insertInto('webhooks')
          .values({ id: input.id, developer_id: input.developerId, url: input.url, events: JSON.stringify(input.events), secret: box.seal(input.id, input.secret) })
          .returningAll()
          .executeTakeFirstOrThrow();
        return toWebhook(row);
      },
      async byId(developerId, id) {
        const row = await db.selectFrom('webhooks').selectAll().where('id', '=', id).where('developer_id', '=', developerId).executeTakeFirst();
        return row ? toWebhook(row) : null;
      },
      async listByDeveloper(developerId, limit, offset) {
        const rows = await db.selectFrom('webhooks').selectAll().where('developer_id', '=', developerId).orderBy('created_at').orderBy('id').limit(limit).offset(offset).execute();
        const { total } = await db.selectFrom('webhooks').select((eb) => eb.fn.countAll<string>().as('total')).where('developer_id', '=', developerId).executeTakeFirstOrThrow();
        return { items: rows.map(toWebhook), total: Number(total) };
      },
      async update(developerId, id, changes) {
        const set: Updateable<WebhooksTable> = {};
        if (changes.url !== undefined) set.url = changes.url;
        if (changes.events !== undefined) set.events = JSON.stringify(changes.events);
        if (changes.active !== undefined) {
          set.active = changes.active;
          set.disabled_reason = null;
        }
        // A fresh start: switched on again, or pointed somewhere else.
        if (changes.active === true || changes.url !== undefined) set.consecutive_failures = 0;
        const row = await db.updateTable('webhooks').set({ ...set, updated_at: sql`now()` }).where('id', '=', id).where('developer_id', '=', developerId).returningAll().executeTakeFirst();
        return row ? toWebhook(row) : null;
      },
      async delete(developerId, id) {
        const result = await db.deleteFrom('webhooks').where('id', '=', id).where('developer_id', '=', developerId).executeTakeFirst();
        return Number(result.numDeletedRows) === 1;
      },
      async activeSubscribers(developerIds, eventType) {
        if (developerIds.length === 0) return [];
        const rows = await db
          .selectFrom('webhooks')
          .selectAll()
          .where('developer_id', 'in', developerIds)
          .where('active', '=', true)
          .where(sql<boolean>`events @> ${JSON.stringify([eventType])}::jsonb`)
          .orderBy('created_at')
          .execute();
        return rows.map(toWebhook);
      },
      async recordSuccess(id) {
        await db
          .updateTable('webhooks')
          .set({ consecutive_failures: 0, last_success_at: sql`now()` })
          .where('id', '=', id)
          .where((eb) =>
            eb.or([eb('consecutive_failures', '>', 0), eb('last_success_at', 'is', null), eb('last_success_at', '<', sql<Date>`now() - interval '1 second'`)]),
          )
          .execute();
      },
      async recordFailure(id) {
        const row = await db
          .updateTable('webhooks')
          .set({ consecutive_failures: sql`consecutive_failures + 1`, last_failure_at: sql`now()` })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirst();
        return row ? toWebhook(row) : null;
      },
      async disable(id, reason) {
        const row = await db
          .updateTable('webhooks')
          .set({ active: false, disabled_reason: reason, updated_at: sql`now()` })
          .where('id', '=', id)
          .where('active', '=', true)
          .returning('id')
          .executeTakeFirst();
        return !!row;
      },
    },
    agentOwners: {
      async record(agentDid, developerId) {
        await db.insertInto('agent_owners').values({ agent_did: agentDid, developer_id: developerId }).onConflict((oc) => oc.column('agent_did').doNothing()).execute();
      },
      async routes(agentDids, eventType) {
        if (agentDids.length === 0) return { owned: [], routes: [] };
        const rows = await routesQuery(db, [...agentDids], JSON.stringify([eventType]));
        const routes: Array<{ agentDid: string; webhook: Webhook }> = [];
        for (const { owned_did, ...webhook } of rows) {
          if (isJoinedWebhook(webhook)) routes.push({ agentDid: owned_did, webhook: toWebhook(webhook) });
        }
        return { owned: [...new Set(rows.map((r) => r.owned_did))], routes };
      },
    },
    deliveries: {
      async insertMany(deliveries) {
        if (deliveries.length === 0) return 0;
        const result = await db
          .insertInto('deliveries')
          .values(
            deliveries.map((d) => ({
              id: d.id,
              webhook_id: d.webhookId,
              event_id: d.eventId,
              event_type: d.eventType,
              agent_did: d.agentDid,
              event_occurred_at: d.eventOccurredAt,
              payload: d.payload,
              status: 'pending',
              next_attempt_at: sql`now()`,
            })),
          )
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        const inserted = Number(result.numInsertedOrUpdatedRows ?? 0);
        if (inserted > 0) effects.deliveries = true;
        return inserted;
      },
      async byId(webhookId, id) {
        const row = await db.selectFrom('deliveries').selectAll().where('id', '=', id).where('webhook_id', '=', webhookId).executeTakeFirst();
        return row ? (await withAttempts(db, [row]))[0]! : null;
      },
      async list(webhookId, options) {
        let query = db.selectFrom('deliveries').where('webhook_id', '=', webhookId);
        if (options.status) query = query.where('status', '=', options.status);
        const rows = await query.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).offset(options.offset).execute();
        const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
        return { items: await withAttempts(db, rows), total: Number(total) };
      },
      async cancelPending(webhookId, reason) {
        const result = await db
          .updateTable('deliveries')
          .set({ status: 'cancelled', next_attempt_at: null, last_error: reason, finished_at: sql`now()` })
          .where('webhook_id', '=', webhookId)
          .where('status', '=', 'pending')
          .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', sql<Date>`now()`)]))
          .executeTakeFirst();
        return Number(result.numUpdatedRows);
      },
      async lockClaim(id, leaseToken) {
        const row = await db
          .selectFrom('deliveries')
          .select('id')
          .where('id', '=', id)
          .where('lease_token', '=', leaseToken)
          .where('status', '=', 'pending')
          .forUpdate()
          .executeTakeFirst();
        return !!row;
      },
      async finishAttempt(input) {
        const { result } = input;
        const error = result.error ?? (result.responseStatus !== null && (result.responseStatus < 200 || result.responseStatus >= 300) ? `HTTP ${result.responseStatus}` : null);
        const finished = input.status !== 'pending';
        const updated = await db
          .updateTable('deliveries')
          .set({
            attempts: input.attempt,
            status: input.status,
            next_attempt_at: input.status === 'pending' ? sql`now() + ${ms(input.retryInMs ?? 0)}` : null,
            lease_token: null,
            lease_until: null,
            last_attempt_at: input.attemptedAt,
            last_response_status: result.responseStatus,
            last_error: input.status === 'delivered' ? null : error,
            delivered_at: input.status === 'delivered' ? sql`now()` : null,
            finished_at: finished ? sql`now()` : null,
          })
          .where('id', '=', input.id)
          .where('lease_token', '=', input.leaseToken)
          .where('status', '=', 'pending')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        await db
          .insertInto('delivery_attempts')
          .values({
            delivery_id: input.id,
            attempt: input.attempt,
            attempted_at: input.attemptedAt,
            duration_ms: Math.max(0, Math.round(result.durationMs)),
            response_status: result.responseStatus,
            response_excerpt: excerpt(result.responseExcerpt, RESPONSE_EXCERPT_BYTES),
            error,
          })
          .onConflict((oc) => oc.columns(['delivery_id', 'attempt']).doNothing())
          .execute();
        return true;
      },
      async finishDelivered(items) {
        if (items.length === 0) return new Set();
        // Raw SQL is not schema-scoped by kysely, so the table is named in full.
        const values = sql.join(items.map((i) => sql`(${i.id}::uuid, ${i.leaseToken}::uuid, ${i.attempt}::int, ${i.attemptedAt}::timestamptz, ${i.result.responseStatus}::int)`));
        const updated = await sql<{ id: string }>`
          update ${sql.id(WEBHOOKS_SCHEMA, 'deliveries')} as d
             set attempts = v.attempt, status = 'delivered', next_attempt_at = null, lease_token = null, lease_until = null,
                 last_attempt_at = v.attempted_at, last_response_status = v.response_status, last_error = null, delivered_at = now(), finished_at = now()
            from (values ${values}) as v(id, lease_token, attempt, attempted_at, response_status)
           where d.id = v.id and d.lease_token = v.lease_token and d.status = 'pending'
          returning d.id`.execute(db);
        const recorded = new Set(updated.rows.map((r) => r.id));
        const attempts = items.filter((i) => recorded.has(i.id));
        if (attempts.length > 0) {
          await db
            .insertInto('delivery_attempts')
            .values(attempts.map((i) => ({
              delivery_id: i.id,
              attempt: i.attempt,
              attempted_at: i.attemptedAt,
              duration_ms: Math.max(0, Math.round(i.result.durationMs)),
              response_status: i.result.responseStatus,
              response_excerpt: excerpt(i.result.responseExcerpt, RESPONSE_EXCERPT_BYTES),
              error: i.result.error ?? null,
            })))
            .onConflict((oc) => oc.columns(['delivery_id', 'attempt']).doNothing())
            .execute();
        }
        return recorded;
      },
    },
    outbox: {
      async emit(event) {
        await appendToOutbox(db, SOURCE, event);
        effects.outbox = true;
      },
    },
  };
}

export interface StoreHooks {
  /** After a commit that scheduled deliveries: wake the worker. */
  onDeliveries?: () => void;
  /** After a commit that appended to the outbox: wake the relay. */
  onOutboxCommit?: () => void;
}

function afterCommit(effects: Effects, hooks: StoreHooks): void {
  if (effects.deliveries) hooks.onDeliveries?.();
  if (effects.outbox) hooks.onOutboxCommit?.();
}

/** Transactions over the webhooks schema. */
export function createUnitOfWork(database: Database<WebhooksDatabase>, box: SecretBox, hooks: StoreHooks = {}): UnitOfWork {
  return {
    read: repositories(database.db, box, { deliveries: false, outbox: false }),
    async run(work) {
      const effects: Effects = { deliveries: false, outbox: false };
      const result = await database.db.transaction().execute((trx) => work(repositories(trx, box, effects)));
      afterCommit(effects, hooks);
      return result;
    },
  };
}

/**
 * The handler of the webhooks consumer, for the events that arrived together (one, when they
 * come one at a time). Only an event that schedules something is recorded as processed (in the
 * same transaction as its deliveries, so a redelivered one schedules nothing twice); an event
 * that schedules nothing has no effect to repeat and costs no write. When planning only reads
 * (no event in the batch is one that `writesWhilePlanning`), it reads outside a transaction
 * first, and a batch that schedules nothing (the usual case: nobody subscribed) costs that read
 * alone.
 */
export function createEventConsumer(
  database: Database<WebhooksDatabase>,
  consumer: string,
  box: SecretBox,
  hooks: StoreHooks,
  plan: (events: DomainEvent[], repos: WebhookRepositories) => Promise<NewDelivery[]>,
  options: { relevant?: (event: DomainEvent) => boolean; writesWhilePlanning?: (event: DomainEvent) => boolean } = {},
): (events: DomainEvent[]) => Promise<void> {
  const relevant = options.relevant ?? (() => true);
  const writesWhilePlanning = options.writesWhilePlanning ?? (() => true);
  return async (events) => {
    const taken = events.filter(relevant);
    if (taken.length === 0) return; // no effect possible: acknowledge without a transaction
    const effects: Effects = { deliveries: false, outbox: false };
    // A plan that only read is as good outside the transaction as inside it (both read committed).
    const readPlan = taken.some(writesWhilePlanning) ? undefined : await plan(taken, repositories(database.db, box, effects));
    if (readPlan?.length === 0) return;
    await database.db.transaction().execute(async (trx) => {
      const repos = repositories(trx, box, effects);
      const planned = readPlan ?? (await plan(taken, repos));
      if (planned.length === 0) return;
      const inserted = await trx
        .insertInto('processed_events')
        .values([...new Set(planned.map((d) => d.eventId))].map((id) => ({ consumer, event_id: id })))
        .onConflict((oc) => oc.columns(['consumer', 'event_id']).doNothing())
        .returning('event_id')
        .execute();
      const fresh = new Set(inserted.map((r) => r.event_id));
      await repos.deliveries.insertMany(planned.filter((d) => fresh.has(d.eventId)));
    });
    afterCommit(effects, hooks);
  };
}

/** The schedule, as the delivery worker reads it. */
export function createDeliveryQueue(database: Database<WebhooksDatabase>, box: SecretBox): DeliveryQueue {
  const db = database.db;
  return {
    async claim(limit, leaseMs) {
      if (limit <= 0) return [];
      const token = randomUUID();
      const rows = await db
        .with('due', (qb) =>
          qb
            .selectFrom('deliveries')
            .select('id')
            .where('status', '=', 'pending')
            .where('next_attempt_at', '<=', sql<Date>`now()`)
            .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', sql<Date>`now()`)]))
            .orderBy('next_attempt_at')
            .limit(limit)
            .forUpdate()
            .skipLocked(),
        )
        .updateTable('deliveries as d')
        .from(['due', 'webhooks as w'])
        .set({ lease_token: token, lease_until: sql`now() + ${ms(leaseMs)}` })
        .whereRef('d.id', '=', 'due.id')
        .whereRef('w.id', '=', 'd.webhook_id')
        .returning(['d.id', 'd.webhook_id', 'd.event_type', 'd.payload', 'd.attempts', 'd.event_occurred_at', 'w.url', 'w.secret'])
        .execute();
      return rows.map(
        (r): ClaimedDelivery => ({
          id: r.id,
          webhookId: r.webhook_id,
          eventType: r.event_type,
          payload: r.payload,
          attempts: Number(r.attempts),
          leaseToken: token,
          url: r.url,
          secret: box.open(r.webhook_id, r.secret),
          eventOccurredAt: r.event_occurred_at ? new Date(r.event_occurred_at) : null,
        }),
      );
    },
    async nextDueInMs() {
      const row = await db
        .selectFrom('deliveries')
        .select(sql<string | null>`extract(epoch from (min(greatest(next_attempt_at, coalesce(lease_until, next_attempt_at))) - now())) * 1000`.as('ms'))
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (!row || row.ms === null || row.ms === undefined) return null;
      return Math.max(0, Math.ceil(Number(row.ms)));
    },
    async release(id, leaseToken) {
      await db.updateTable('deliveries').set({ lease_token: null, lease_until: null }).where('id', '=', id).where('lease_token', '=', leaseToken).execute();
    },
    async pruneFinished(olderThanMs) {
      const result = await db
        .deleteFrom('deliveries')
        .where('status', '<>', 'pending')
        .where('finished_at', '<', sql<Date>`now() - ${ms(olderThanMs)}`)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

/**
 * Seals the signing secrets stored before sealing was the default (`plain:`); run at start, so
 * existing rows keep working and end up sealed. Each row is rewritten only if it still holds the
 * value read, so replicas doing this at once cannot clobber each other. Returns how many it sealed.
 */
export async function resealWebhookSecrets(database: Database, box: SecretBox): Promise<number> {
  const rows: { id: string; secret: string }[] = await database.db.selectFrom('webhooks').select(['id', 'secret']).where('secret', 'not like', 'v1:%').execute();
  let sealed = 0;
  for (const row of rows) {
    const result = await database.db
      .updateTable('webhooks')
      .set({ secret: box.seal(row.id, box.open(row.id, row.secret)) })
      .where('id', '=', row.id)
      .where('secret', '=', row.secret)
      .executeTakeFirst();
    sealed += Number(result.numUpdatedRows);
  }
  return sealed;
}
