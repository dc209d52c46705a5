import { sql, type ExpressionBuilder, type Kysely, type Updateable } from 'kysely';
import { appendToOutbox, createOutboxUnitOfWork } from '@agentvault/events';
import type { Database } from '@agentvault/db';
import { amountFromDb, amountToDb } from '@agentvault/ledger/amount';
import type { DiscoverFilter, Listing, Settlement, Usage } from '../domain/model.js';
import type { MarketplaceRepositories, MarketplaceUnitOfWork } from '../domain/ports.js';
import type { ListingRow, ListingsTable, MarketplaceDatabase, SettlementRow, SettlementsTable, UsageRow } from './schema.js';

const SOURCE = 'marketplace';
const date = (v: Date | string | null) => (v ? new Date(v) : null);

export function toListing(r: ListingRow): Listing {
  return {
    id: r.id, providerDid: r.provider_did, name: r.name, description: r.description, endpoint: r.endpoint, pricePerCall: amountFromDb(r.price_per_call),
    category: r.category, tags: r.tags ?? [], freeTierCalls: Number(r.free_tier_calls), status: r.status, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
  };
}

function toUsage(r: UsageRow): Usage {
  return {
    id: r.id, serviceId: r.service_id, buyerDid: r.buyer_did, providerDid: r.provider_did, status: r.status, freeTier: r.free_tier,
    amount: amountFromDb(r.amount), commission: amountFromDb(r.commission), method: r.method, path: r.path,
    responseStatus: r.response_status === null ? null : Number(r.response_status), latencyMs: r.latency_ms === null ? null : Number(r.latency_ms),
    error: r.error, holdId: r.hold_id, holdState: r.hold_state, settlementId: r.settlement_id, createdAt: new Date(r.created_at), finishedAt: date(r.finished_at),
  };
}

function toSettlement(r: SettlementRow): Settlement {
  const ids = typeof r.transaction_ids === 'string' ? (JSON.parse(r.transaction_ids) as string[]) : r.transaction_ids;
  return {
    id: r.id, providerDid: r.provider_did, periodStart: new Date(r.period_start), periodEnd: new Date(r.period_end),
    totalAmount: amountFromDb(r.total_amount), platformFee: amountFromDb(r.platform_fee), netAmount: amountFromDb(r.net_amount),
    callCount: Number(r.call_count), status: r.status, transactionIds: ids ?? [], createdAt: new Date(r.created_at), paidAt: date(r.paid_at),
  };
}

/** undefined means "unchanged": kysely would otherwise still name the column. */
function defined<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as T;
}

const tsQuery = (q: string) => sql<boolean>`to_tsvector('simple', name || ' ' || description) @@ websearch_to_tsquery('simple', ${q})`;

function repositories(db: Kysely<MarketplaceDatabase>, onOutboxAppend: () => void): MarketplaceRepositories {
  return {
    listings: {
      async insert(l) {
        await db.insertInto('listings').values({
          id: l.id, provider_did: l.providerDid, name: l.name, description: l.description, endpoint: l.endpoint, price_per_call: amountToDb(l.pricePerCall),
          category: l.category, tags: l.tags, free_tier_calls: l.freeTierCalls, status: l.status, created_at: l.createdAt, updated_at: l.updatedAt,
        }).execute();
      },
      async get(id) {
        const row = await db.selectFrom('listings').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toListing(row) : null;
      },
      async update(id, c) {
        const values: Updateable<ListingsTable> = defined({
          name: c.name, description: c.description, endpoint: c.endpoint, price_per_call: c.pricePerCall === undefined ? undefined : amountToDb(c.pricePerCall),
          category: c.category, tags: c.tags, free_tier_calls: c.freeTierCalls, status: c.status, updated_at: c.updatedAt,
        });
        const row = await db.updateTable('listings').set(values).where('id', '=', id).returningAll().executeTakeFirst();
        return row ? toListing(row) : null;
      },
      async discover(f: DiscoverFilter) {
        let query = db.selectFrom('listings');
        if (f.status !== 'any') query = query.where('status', '=', f.status ?? 'active');
        if (f.query) query = query.where(tsQuery(f.query));
        if (f.category) query = query.where('category', '=', f.category);
        if (f.tags?.length) query = query.where(sql<boolean>`tags @> ${sql.val(f.tags)}::text[]`);
        if (f.minPrice !== undefined) query = query.where('price_per_call', '>=', amountToDb(f.minPrice));
        if (f.maxPrice !== undefined) query = query.where('price_per_call', '<=', amountToDb(f.maxPrice));
        if (f.hasFreeTier !== undefined) query = query.where('free_tier_calls', f.hasFreeTier ? '>' : '=', 0);
        if (f.providerDid) query = query.where('provider_did', '=', f.providerDid);
        const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
        let ordered = query.selectAll();
        if (f.sortBy === 'price') ordered = ordered.orderBy('price_per_call', 'asc');
        else if (f.sortBy === 'name') ordered = ordered.orderBy(sql`lower(name)`, 'asc');
        else if (f.sortBy === 'rating') {
          const ratings = (eb: ExpressionBuilder<MarketplaceDatabase, 'listings'>) => eb.selectFrom('service_ratings').whereRef('service_ratings.service_id', '=', 'listings.id');
          ordered = ordered
            .orderBy((eb) => ratings(eb).select(sql<number>`avg(rating)`.as('avg')), (ob) => ob.desc().nullsLast())
            .orderBy((eb) => ratings(eb).select(sql<number>`count(*)`.as('n')), 'desc')
            .orderBy('created_at', 'desc');
        }
        else ordered = ordered.orderBy('created_at', 'desc');
        const rows = await ordered.orderBy('id').limit(f.limit).offset(f.offset).execute();
        return { items: rows.map(toListing), total: Number(total) };
      },
      async trending(since, limit) {
        const rows = await db
          .selectFrom('usage')
          .innerJoin('listings', 'listings.id', 'usage.service_id')
          .selectAll('listings')
          .select([sql<string>`count(usage.id)`.as('calls'), sql<string | null>`avg(usage.latency_ms)`.as('latency')])
          .where('listings.status', '=', 'active')
          .where('usage.status', '<>', 'in_flight')
          .where('usage.created_at', '>=', since)
          .groupBy('listings.id')
          .orderBy(sql`count(usage.id)`, 'desc')
          .orderBy('listings.id')
          .limit(limit)
          .execute();
        return rows.map((r) => ({ listing: toListing(r), calls: Number(r.calls), avgLatencyMs: r.latency === null ? 0 : Math.round(Number(r.latency) * 10) / 10 }));
      },
      async categories() {
        const rows = await db
          .selectFrom('listings')
          .select(['category', (eb) => eb.fn.countAll<string>().as('count')])
          .where('status', '=', 'active')
          .groupBy('category')
          .orderBy('count', 'desc')
          .orderBy('category')
          .execute();
        return rows.map((r) => ({ category: r.category, count: Number(r.count) }));
      },
    },
    freeTier: {
      async claim(serviceId, buyerDid, limit) {
        // One statement: concurrent calls of one buyer cannot both take the last free call.
        const row = await db
          .insertInto('free_tier_counters')
          .values({ service_id: serviceId, buyer_did: buyerDid, used: 1 })
          .onConflict((oc) => oc.columns(['service_id', 'buyer_did']).doUpdateSet({ used: sql`free_tier_counters.used + 1` }).where('free_tier_counters.used', '<', limit))
          .returning('used')
          .executeTakeFirst();
        return row !== undefined;
      },
      async release(serviceId, buyerDid) {
        await db.updateTable('free_tier_counters').set({ used: sql`used - 1` }).where('service_id', '=', serviceId).where('buyer_did', '=', buyerDid).where('used', '>', 0).execute();
      },
    },
    usage: {
      async insert(u) {
        await db.insertInto('usage').values({
          id: u.id, service_id: u.serviceId, buyer_did: u.buyerDid, provider_did: u.providerDid, status: u.status, free_tier: u.freeTier,
          amount: amountToDb(u.amount), commission: amountToDb(u.commission), method: u.method, path: u.path, hold_state: u.holdState, created_at: u.createdAt,
        }).execute();
      },
      async get(id) {
        const row = await db.selectFrom('usage').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toUsage(row) : null;
      },
      async setHold(id, holdId) {
        await db
          .updateTable('usage')
          .set({ hold_id: holdId, hold_state: sql`case when hold_state = 'placing' then 'held' else hold_state end` })
          .where('id', '=', id)
          .execute();
      },
      async finish(id, e) {
        const r = await db
          .updateTable('usage')
          .set({
            status: e.status, amount: amountToDb(e.amount), commission: amountToDb(e.commission), response_status: e.responseStatus, latency_ms: e.latencyMs,
            error: e.error, hold_state: e.holdState, finished_at: e.at,
          })
          .where('id', '=', id)
          .where('status', '=', 'in_flight')
          .executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      },
      async setHoldState(id, from, to) {
        const r = await db.updateTable('usage').set({ hold_state: to }).where('id', '=', id).where('hold_state', 'in', from).executeTakeFirst();
        return Number(r.numUpdatedRows) === 1;
      },
      async abandonStale(before, limit) {
        const stale = db.selectFrom('usage').select('id').where('status', '=', 'in_flight').where('created_at', '<', before).limit(limit).forUpdate().skipLocked();
        const rows = await db
          .updateTable('usage')
          .set({
            status: 'failed', error: 'interrupted before the answer was recorded', finished_at: new Date(),
            hold_state: sql`case when hold_state in ('placing', 'held') then 'releasing' else hold_state end`,
          })
          .where('id', 'in', stale)
          .returningAll()
          .execute();
        return rows.map(toUsage);
      },
      async releasing(limit) {
        const rows = await db.selectFrom('usage').selectAll().where('hold_state', '=', 'releasing').orderBy('created_at').limit(limit).execute();
        return rows.map(toUsage);
      },
      async list(f) {
        let query = db.selectFrom('usage');
        if (f.buyerDid) query = query.where('buyer_did', '=', f.buyerDid);
        if (f.serviceId) query = query.where('service_id', '=', f.serviceId);
        const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
        const rows = await query.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(f.limit).offset(f.offset).execute();
        return { items: rows.map(toUsage), total: Number(total) };
      },
      async summary(buyerDid) {
        const r = await db
          .selectFrom('usage')
          .select([
            sql<string>`count(*)`.as('total'),
            sql<string>`count(*) filter (where status = 'completed' and amount > 0)`.as('paid'),
            sql<string>`count(*) filter (where status = 'completed' and free_tier)`.as('free'),
            sql<string>`count(*) filter (where status = 'failed')`.as('failed'),
            sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)::text`.as('spent'),
            sql<string | null>`avg(latency_ms) filter (where latency_ms is not null)`.as('latency'),
          ])
          .where('buyer_did', '=', buyerDid)
          .executeTakeFirstOrThrow();
        return {
          buyerDid, totalCalls: Number(r.total), paidCalls: Number(r.paid), freeCalls: Number(r.free), failedCalls: Number(r.failed),
          totalSpent: amountFromDb(r.spent), avgLatencyMs: r.latency === null ? 0 : Math.round(Number(r.latency) * 10) / 10,
        };
      },
      async attachToSettlement(providerDid, start, end, settlementId) {
        const rows = await db
          .updateTable('usage')
          .set({ settlement_id: settlementId })
          .where('provider_did', '=', providerDid)
          .where('status', '=', 'completed')
          .where('amount', '>', '0')
          .where('hold_state', '=', 'held')
          .where('settlement_id', 'is', null)
          .where('finished_at', '>=', start)
          .where('finished_at', '<', end)
          .returning(['amount', 'commission'])
          .execute();
        let total = 0n;
        let commission = 0n;
        for (const r of rows) {
          total += amountFromDb(r.amount);
          commission += amountFromDb(r.commission);
        }
        return { count: rows.length, total, commission };
      },
      async ofSettlement(settlementId) {
        const rows = await db.selectFrom('usage').selectAll().where('settlement_id', '=', settlementId).orderBy('created_at').execute();
        return rows.map(toUsage);
      },
      async earnings(providerDid) {
        const r = await db
          .selectFrom('usage')
          .leftJoin('settlements', 'settlements.id', 'usage.settlement_id')
          .select([
            sql<string>`count(*)`.as('calls'),
            sql<string>`coalesce(sum(usage.amount), 0)::text`.as('gross'),
            sql<string>`coalesce(sum(usage.commission), 0)::text`.as('commission'),
            sql<string>`coalesce(sum(usage.amount - usage.commission) filter (where settlements.status = 'completed'), 0)::text`.as('settled'),
          ])
          .where('usage.provider_did', '=', providerDid)
          .where('usage.status', '=', 'completed')
          .where('usage.amount', '>', '0')
          .executeTakeFirstOrThrow();
        const gross = amountFromDb(r.gross);
        const commission = amountFromDb(r.commission);
        const settled = amountFromDb(r.settled);
        return { providerDid, paidCalls: Number(r.calls), gross, commission, settled, pending: gross - commission - settled };
      },
      async platform() {
        const services = await db.selectFrom('listings').select(['status', (eb) => eb.fn.countAll<string>().as('count')]).groupBy('status').execute();
        const t = await db
          .selectFrom('usage')
          .select([
            sql<string>`count(*) filter (where status <> 'in_flight')`.as('calls'),
            sql<string>`count(*) filter (where status = 'completed' and amount > 0)`.as('paid'),
            sql<string>`count(*) filter (where status = 'failed')`.as('failed'),
            sql<string>`count(distinct buyer_did)`.as('buyers'),
            sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)::text`.as('gross'),
            sql<string>`coalesce(sum(commission) filter (where status = 'completed'), 0)::text`.as('commission'),
          ])
          .executeTakeFirstOrThrow();
        const settled = await db
          .selectFrom('settlements')
          .select(sql<string>`coalesce(sum(net_amount), 0)::text`.as('net'))
          .where('status', '=', 'completed')
          .executeTakeFirstOrThrow();
        const providers = await db
          .selectFrom('usage')
          .select([
            'provider_did',
            sql<string>`count(*)`.as('paid'),
            sql<string>`sum(amount)::text`.as('gross'),
            sql<string>`sum(commission)::text`.as('commission'),
          ])
          .where('status', '=', 'completed')
          .where('amount', '>', '0')
          .groupBy('provider_did')
          .orderBy(sql`sum(amount)`, 'desc')
          .orderBy('provider_did')
          .limit(20)
          .execute();
        const count = (status: string) => Number(services.find((r) => r.status === status)?.count ?? 0);
        return {
          services: { active: count('active'), paused: count('paused'), removed: count('removed') },
          calls: Number(t.calls), paidCalls: Number(t.paid), failedCalls: Number(t.failed), buyers: Number(t.buyers),
          gross: amountFromDb(t.gross), commission: amountFromDb(t.commission), settled: amountFromDb(settled.net),
          providers: providers.map((p) => ({ providerDid: p.provider_did, paidCalls: Number(p.paid), gross: amountFromDb(p.gross), commission: amountFromDb(p.commission) })),
        };
      },
      async analytics(serviceId, since) {
        const finished = db.selectFrom('usage').where('service_id', '=', serviceId).where('status', '<>', 'in_flight').where('created_at', '>=', since);
        const t = await finished
          .select([
            sql<string>`count(*)`.as('calls'),
            sql<string>`count(*) filter (where status = 'completed' and amount > 0)`.as('paid'),
            sql<string>`count(*) filter (where status = 'completed' and free_tier)`.as('free'),
            sql<string>`count(*) filter (where status = 'failed')`.as('errors'),
            sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)::text`.as('revenue'),
            sql<string | null>`percentile_cont(0.5) within group (order by latency_ms)`.as('p50'),
            sql<string | null>`percentile_cont(0.95) within group (order by latency_ms)`.as('p95'),
            sql<string | null>`percentile_cont(0.99) within group (order by latency_ms)`.as('p99'),
            sql<string>`count(distinct buyer_did)`.as('buyers'),
            sql<string | null>`avg(latency_ms)`.as('latency'),
            sql<Date | string | null>`min(finished_at)`.as('first_call'),
            sql<Date | string | null>`max(finished_at)`.as('last_call'),
          ])
          .executeTakeFirstOrThrow();
        const days = await finished
          .select([
            sql<string>`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')`.as('day'),
            sql<string>`count(*)`.as('calls'),
            sql<string>`count(*) filter (where status = 'failed')`.as('errors'),
            sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)::text`.as('revenue'),
            sql<string | null>`avg(latency_ms)`.as('latency'),
          ])
          .groupBy(sql`1`)
          .orderBy(sql`1`)
          .execute();
        const ms = (v: string | null) => (v === null ? 0 : Math.round(Number(v) * 10) / 10);
        return {
          serviceId, calls: Number(t.calls), paidCalls: Number(t.paid), freeCalls: Number(t.free), errors: Number(t.errors), revenue: amountFromDb(t.revenue),
          latencyP50: ms(t.p50), latencyP95: ms(t.p95), latencyP99: ms(t.p99),
          byDay: days.map((d) => ({ day: d.day, calls: Number(d.calls), errors: Number(d.errors), revenue: amountFromDb(d.revenue), avgLatencyMs: ms(d.latency) })),
          uniqueBuyers: Number(t.buyers), avgLatencyMs: ms(t.latency), firstCall: date(t.first_call), lastCall: date(t.last_call),
        };
      },
    },
    settlements: {
      async insert(s) {
        const r = await db
          .insertInto('settlements')
          .values({
            id: s.id, provider_did: s.providerDid, period_start: s.periodStart, period_end: s.periodEnd, total_amount: amountToDb(s.totalAmount),
            platform_fee: amountToDb(s.platformFee), net_amount: amountToDb(s.netAmount), call_count: s.callCount, status: s.status,
            transaction_ids: JSON.stringify(s.transactionIds), created_at: s.createdAt,
          })
          .onConflict((oc) => oc.columns(['provider_did', 'period_start', 'period_end']).doNothing())
          .executeTakeFirst();
        return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
      },
      async get(id) {
        const row = await db.selectFrom('settlements').selectAll().where('id', '=', id).executeTakeFirst();
        return row ? toSettlement(row) : null;
      },
      async lock(id) {
        const row = await db.selectFrom('settlements').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        return row ? toSettlement(row) : null;
      },
      async byPeriod(providerDid, start, end) {
        const row = await db
          .selectFrom('settlements')
          .selectAll()
          .where('provider_did', '=', providerDid)
          .where('period_start', '=', start)
          .where('period_end', '=', end)
          .executeTakeFirst();
        return row ? toSettlement(row) : null;
      },
      async update(id, c) {
        const values: Updateable<SettlementsTable> = defined({
          status: c.status, paid_at: c.paidAt, call_count: c.callCount, processing_at: c.status === 'processing' ? new Date() : undefined,
          transaction_ids: c.transactionIds === undefined ? undefined : JSON.stringify(c.transactionIds),
          total_amount: c.totalAmount === undefined ? undefined : amountToDb(c.totalAmount),
          platform_fee: c.platformFee === undefined ? undefined : amountToDb(c.platformFee),
          net_amount: c.netAmount === undefined ? undefined : amountToDb(c.netAmount),
        });
        await db.updateTable('settlements').set(values).where('id', '=', id).execute();
      },
      async list(f) {
        let query = db.selectFrom('settlements');
        if (f.providerDid) query = query.where('provider_did', '=', f.providerDid);
        if (f.status) query = query.where('status', '=', f.status as Settlement['status']);
        const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
        const rows = await query.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(f.limit).offset(f.offset).execute();
        return { items: rows.map(toSettlement), total: Number(total) };
      },
      async processingSince(before) {
        const rows = await db.selectFrom('settlements').select('id').where('status', '=', 'processing').where('processing_at', '<', before).limit(20).execute();
        return rows.map((r) => r.id);
      },
    },
    outbox: {
      async emit(event) {
        await appendToOutbox(db, SOURCE, event);
        onOutboxAppend();
      },
    },
  };
}

/** Transactions over the marketplace schema; `onOutboxCommit` wakes the relay after a commit with events. */
export function createUnitOfWork(database: Database<MarketplaceDatabase>, onOutboxCommit: () => void = () => {}): MarketplaceUnitOfWork {
  return createOutboxUnitOfWork(database, repositories, onOutboxCommit);
}
