import { sql, type Kysely } from 'kysely';
import { amountFromDb } from '@agentvault/ledger/amount';
import type { Rating, ViewsStore, CallStats } from '../domain/views-ports.js';
import type { ListingRow, MarketplaceDatabase } from './schema.js';
import { toListing } from './marketplace-store.js';

/**
 * The marketplace's read models: aggregates over usage, listings, settlements and ratings. Every
 * query reads through the schema-bound Kysely (raw SQL fragments name only columns and aliases).
 */

const ms = (v: string | number | null | undefined) => (v === null || v === undefined ? 0 : Math.round(Number(v) * 10) / 10);
const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100);
const date = (v: Date | string | null | undefined) => (v ? new Date(v) : null);

function toRating(r: { service_id: string; buyer_did: string; rating: number; comment: string; created_at: Date | string; updated_at: Date | string }): Rating {
  return { serviceId: r.service_id, buyerDid: r.buyer_did, rating: Number(r.rating), comment: r.comment, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at) };
}

/** The SQL bucket label of a time, per granularity (ISO weeks). */
const BUCKETS = {
  daily: { trunc: 'day', label: 'YYYY-MM-DD' },
  weekly: { trunc: 'week', label: 'IYYY-"W"IW' },
  monthly: { trunc: 'month', label: 'YYYY-MM' },
} as const;

export function createViewsStore(db: Kysely<MarketplaceDatabase>): ViewsStore {
  const finished = () => db.selectFrom('usage').where('usage.status', '<>', 'in_flight');
  const ratingsOf = () =>
    db.selectFrom('service_ratings').select(['service_id', sql<string>`avg(rating)`.as('avg_rating'), sql<string>`count(*)`.as('rating_count')]).groupBy('service_id');
  const callStats = sql<string>`count(*)`;

  return {
    async hasCompletedCall(serviceId, buyerDid) {
      const row = await db.selectFrom('usage').select('id').where('service_id', '=', serviceId).where('buyer_did', '=', buyerDid).where('status', '=', 'completed').limit(1).executeTakeFirst();
      return row !== undefined;
    },

    async upsertRating(r) {
      const row = await db
        .insertInto('service_ratings')
        .values({ service_id: r.serviceId, buyer_did: r.buyerDid, rating: r.rating, comment: r.comment, created_at: r.at, updated_at: r.at })
        .onConflict((oc) => oc.columns(['service_id', 'buyer_did']).doUpdateSet({ rating: r.rating, comment: r.comment, updated_at: r.at }))
        .returningAll()
        .executeTakeFirstOrThrow();
      return toRating(row);
    },

    async listRatings(serviceId, page) {
      const query = db.selectFrom('service_ratings').where('service_id', '=', serviceId);
      const { total } = await query.select((eb) => eb.fn.countAll<string>().as('total')).executeTakeFirstOrThrow();
      const rows = await query.selectAll().orderBy('updated_at', 'desc').orderBy('buyer_did').limit(page.limit).offset(page.offset).execute();
      return { items: rows.map(toRating), total: Number(total) };
    },

    async serviceStats(serviceId, since) {
      let calls = finished().where('service_id', '=', serviceId);
      if (since) calls = calls.where('finished_at', '>=', since);
      const c = await calls
        .select([
          callStats.as('calls'),
          sql<string>`count(*) filter (where status = 'completed')`.as('successes'),
          sql<string | null>`avg(latency_ms)`.as('avg_latency'),
          sql<string | null>`percentile_cont(0.95) within group (order by latency_ms)`.as('p95'),
        ])
        .executeTakeFirstOrThrow();
      const r = await db
        .selectFrom('service_ratings')
        .select([sql<string | null>`avg(rating)`.as('avg_rating'), sql<string>`count(*)`.as('rating_count')])
        .where('service_id', '=', serviceId)
        .executeTakeFirstOrThrow();
      const listing = await db.selectFrom('listings').select('provider_did').where('id', '=', serviceId).executeTakeFirst();
      return {
        serviceId, providerDid: listing?.provider_did ?? '', calls: Number(c.calls), successes: Number(c.successes), avgLatencyMs: ms(c.avg_latency), p95LatencyMs: ms(c.p95),
        ratingAverage: r.avg_rating === null ? 0 : Math.round(Number(r.avg_rating) * 100) / 100, ratingCount: Number(r.rating_count),
      };
    },

    async activeServiceStats(filter) {
      const calls = finished()
        .select([
          'service_id',
          callStats.as('calls'),
          sql<string>`count(*) filter (where status = 'completed')`.as('successes'),
          sql<string | null>`avg(latency_ms)`.as('avg_latency'),
          sql<string | null>`percentile_cont(0.95) within group (order by latency_ms)`.as('p95'),
        ])
        .groupBy('service_id');
      let query = db
        .selectFrom('listings')
        .innerJoin(calls.as('c'), 'c.service_id', 'listings.id')
        .leftJoin(ratingsOf().as('r'), 'r.service_id', 'listings.id')
        .selectAll('listings')
        .select(['c.calls', 'c.successes', 'c.avg_latency', 'c.p95', 'r.avg_rating', 'r.rating_count'])
        .where('listings.status', '=', 'active')
        .where('c.calls', '>=', String(filter.minCalls));
      if (filter.category) query = query.where('listings.category', '=', filter.category);
      const rows = await query.execute();
      return rows.map((row) => {
        const stats: CallStats = {
          serviceId: row.id, providerDid: row.provider_did, calls: Number(row.calls), successes: Number(row.successes), avgLatencyMs: ms(row.avg_latency), p95LatencyMs: ms(row.p95),
          ratingAverage: row.avg_rating === null ? 0 : Math.round(Number(row.avg_rating) * 100) / 100, ratingCount: Number(row.rating_count ?? 0),
        };
        return { listing: toListing(row as ListingRow), stats };
      });
    },

    async recommend(agentDid, limit) {
      const used = db
        .selectFrom('usage')
        .innerJoin('listings as l', 'l.id', 'usage.service_id')
        .select(['l.category', sql<string>`count(*)`.as('category_calls')])
        .where('usage.buyer_did', '=', agentDid)
        .groupBy('l.category');
      const popularity = finished().select(['service_id', callStats.as('calls')]).groupBy('service_id');
      const rows = await db
        .selectFrom('listings')
        .innerJoin(used.as('u'), 'u.category', 'listings.category')
        .leftJoin(popularity.as('p'), 'p.service_id', 'listings.id')
        .leftJoin(ratingsOf().as('r'), 'r.service_id', 'listings.id')
        .selectAll('listings')
        .select(['u.category_calls'])
        .where('listings.status', '=', 'active')
        .where('listings.provider_did', '<>', agentDid)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('usage as mine').select('mine.id').whereRef('mine.service_id', '=', 'listings.id').where('mine.buyer_did', '=', agentDid))),
        )
        .orderBy(sql`u.category_calls`, 'desc')
        .orderBy(sql`coalesce(r.avg_rating, 0)`, 'desc')
        .orderBy(sql`coalesce(p.calls, 0)`, 'desc')
        .orderBy('listings.created_at', 'desc')
        .orderBy('listings.id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ listing: toListing(row as ListingRow), category: row.category, categoryCalls: Number(row.category_calls) }));
    },

    async unsettledPeriods(periodMs, before, limit) {
      const index = sql<string>`floor(extract(epoch from finished_at) * 1000 / ${periodMs})::bigint`;
      const rows = await db
        .selectFrom('usage')
        .select(['provider_did', index.as('period_index')])
        .where('status', '=', 'completed')
        .where('amount', '>', '0')
        .where('hold_state', '=', 'held')
        .where('settlement_id', 'is', null)
        .where('finished_at', '<', before)
        .groupBy(['provider_did', sql`2`])
        .orderBy(sql`2`)
        .orderBy('provider_did')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ providerDid: r.provider_did, index: Number(r.period_index) }));
    },

    async pendingSettlements(limit) {
      const rows = await db.selectFrom('settlements').select('id').where('status', '=', 'pending').orderBy('created_at').limit(limit).execute();
      return rows.map((r) => r.id);
    },

    async providerDashboard(providerDid) {
      const services = await db
        .selectFrom('listings')
        .select([sql<string>`count(*) filter (where status <> 'removed')`.as('total'), sql<string>`count(*) filter (where status = 'active')`.as('active')])
        .where('provider_did', '=', providerDid)
        .executeTakeFirstOrThrow();
      const u = await finished()
        .select([
          callStats.as('calls'),
          sql<string>`count(*) filter (where status = 'completed' and amount > 0)`.as('paid'),
          sql<string>`count(*) filter (where status = 'failed')`.as('failed'),
          sql<string>`count(distinct buyer_did)`.as('buyers'),
          sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)::text`.as('gross'),
          sql<string>`coalesce(sum(commission) filter (where status = 'completed'), 0)::text`.as('commission'),
          sql<string | null>`avg(latency_ms)`.as('latency'),
        ])
        .where('provider_did', '=', providerDid)
        .executeTakeFirstOrThrow();
      const s = await db
        .selectFrom('settlements')
        .select([sql<string>`count(*)`.as('count'), sql<string>`coalesce(sum(net_amount) filter (where status = 'completed'), 0)::text`.as('settled')])
        .where('provider_did', '=', providerDid)
        .executeTakeFirstOrThrow();
      const r = await db
        .selectFrom('service_ratings')
        .innerJoin('listings', 'listings.id', 'service_ratings.service_id')
        .select([sql<string | null>`avg(rating)`.as('avg_rating'), sql<string>`count(*)`.as('count')])
        .where('listings.provider_did', '=', providerDid)
        .executeTakeFirstOrThrow();
      return {
        providerDid, totalServices: Number(services.total), activeServices: Number(services.active), totalCalls: Number(u.calls), paidCalls: Number(u.paid),
        failedCalls: Number(u.failed), uniqueBuyers: Number(u.buyers), gross: amountFromDb(u.gross), commission: amountFromDb(u.commission), settled: amountFromDb(s.settled),
        settlements: Number(s.count), avgLatencyMs: ms(u.latency), ratingAverage: r.avg_rating === null ? 0 : Math.round(Number(r.avg_rating) * 100) / 100, ratingCount: Number(r.count),
      };
    },

    async providerServiceStats(providerDid) {
      const calls = finished()
        .select([
          'service_id',
          callStats.as('calls'),
          sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)::text`.as('revenue'),
          sql<string | null>`avg(latency_ms)`.as('latency'),
          sql<Date | string | null>`max(finished_at)`.as('last_called'),
        ])
        .where('provider_did', '=', providerDid)
        .groupBy('service_id');
      const rows = await db
        .selectFrom('listings')
        .leftJoin(calls.as('c'), 'c.service_id', 'listings.id')
        .leftJoin(ratingsOf().as('r'), 'r.service_id', 'listings.id')
        .select(['listings.id', 'c.calls', 'c.revenue', 'c.latency', 'c.last_called', 'r.avg_rating', 'r.rating_count'])
        .where('listings.provider_did', '=', providerDid)
        .execute();
      return rows.map((r) => ({
        serviceId: r.id, totalCalls: Number(r.calls ?? 0), revenue: amountFromDb(r.revenue ?? '0'), avgLatencyMs: ms(r.latency),
        ratingAverage: r.avg_rating === null ? 0 : Math.round(Number(r.avg_rating) * 100) / 100, ratingCount: Number(r.rating_count ?? 0), lastCalled: date(r.last_called),
      }));
    },

    async daily(since) {
      const rows = await finished()
        .select([
          sql<string>`to_char(finished_at at time zone 'UTC', 'YYYY-MM-DD')`.as('day'),
          callStats.as('calls'),
          sql<string>`count(*) filter (where status = 'completed' and amount > 0)`.as('paid'),
          sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)::text`.as('revenue'),
          sql<string>`count(distinct buyer_did)`.as('buyers'),
          sql<string>`count(distinct service_id)`.as('services'),
        ])
        .where('finished_at', '>=', since)
        .groupBy(sql`1`)
        .orderBy(sql`1`)
        .execute();
      return rows.map((r) => ({
        date: r.day, calls: Number(r.calls), paidCalls: Number(r.paid), revenue: amountFromDb(r.revenue), uniqueBuyers: Number(r.buyers), uniqueServices: Number(r.services),
      }));
    },

    async providerRanking(since, limit) {
      let query = finished()
        .select([
          'provider_did',
          sql<string>`count(distinct service_id)`.as('services'),
          callStats.as('calls'),
          sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)::text`.as('revenue'),
          sql<string | null>`avg(latency_ms)`.as('latency'),
          sql<string>`count(*) filter (where status = 'completed')`.as('successes'),
        ])
        .groupBy('provider_did');
      if (since) query = query.where('finished_at', '>=', since);
      const rows = await query
        .orderBy(sql`coalesce(sum(amount) filter (where status = 'completed'), 0)`, 'desc')
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('provider_did')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        providerDid: r.provider_did, services: Number(r.services), totalCalls: Number(r.calls), revenue: amountFromDb(r.revenue), avgLatencyMs: ms(r.latency),
        successRate: pct(Number(r.successes), Number(r.calls)),
      }));
    },

    async servicesHealth(since) {
      const recent = finished()
        .select([
          'service_id',
          callStats.as('calls'),
          sql<string>`count(*) filter (where status = 'failed')`.as('errors'),
          sql<string | null>`avg(latency_ms)`.as('latency'),
        ])
        .where('finished_at', '>=', since)
        .groupBy('service_id');
      const last = finished().select(['service_id', sql<Date | string>`max(finished_at)`.as('last_called')]).groupBy('service_id');
      const rows = await db
        .selectFrom('listings')
        .leftJoin(recent.as('c'), 'c.service_id', 'listings.id')
        .leftJoin(last.as('l'), 'l.service_id', 'listings.id')
        .select(['listings.id', 'listings.name', 'listings.provider_did', 'listings.status', 'c.calls', 'c.errors', 'c.latency', 'l.last_called'])
        .where('listings.status', '=', 'active')
        .orderBy(sql`coalesce(c.errors::float / nullif(c.calls, 0), 0)`, 'desc')
        .orderBy('listings.created_at')
        .orderBy('listings.id')
        .limit(500)
        .execute();
      return rows.map((r) => ({
        serviceId: r.id, name: r.name, providerDid: r.provider_did, status: r.status, calls: Number(r.calls ?? 0), avgLatencyMs: ms(r.latency),
        errorRate: pct(Number(r.errors ?? 0), Number(r.calls ?? 0)), lastCalled: date(r.last_called),
      }));
    },

    async paymentSummary() {
      const r = await finished()
        .leftJoin('settlements', 'settlements.id', 'usage.settlement_id')
        .select([
          sql<string>`count(*) filter (where usage.status = 'completed' and usage.amount > 0)`.as('paid'),
          sql<string>`coalesce(sum(usage.amount) filter (where usage.status = 'completed'), 0)::text`.as('paid_total'),
          sql<string>`count(*) filter (where usage.status = 'completed' and usage.free_tier)`.as('free'),
          sql<string>`count(*) filter (where usage.status = 'failed')`.as('failed'),
          sql<string>`count(*) filter (where usage.hold_state = 'posted' or settlements.status = 'completed')`.as('settled'),
          sql<string>`coalesce(sum(usage.amount) filter (where usage.hold_state = 'posted' or settlements.status = 'completed'), 0)::text`.as('settled_total'),
          sql<string>`coalesce(sum(usage.commission) filter (where usage.status = 'completed'), 0)::text`.as('commission'),
          sql<string>`coalesce(sum(usage.commission) filter (where usage.hold_state = 'posted' or settlements.status = 'completed'), 0)::text`.as('commission_settled'),
        ])
        .executeTakeFirstOrThrow();
      const paidTotal = amountFromDb(r.paid_total);
      const settledTotal = amountFromDb(r.settled_total);
      return {
        paid: { count: Number(r.paid), total: paidTotal }, freeTier: { count: Number(r.free), total: 0n }, failed: { count: Number(r.failed), total: 0n },
        settled: { count: Number(r.settled), total: settledTotal }, pending: { count: Number(r.paid) - Number(r.settled), total: paidTotal - settledTotal },
        commission: amountFromDb(r.commission), commissionSettled: amountFromDb(r.commission_settled),
      };
    },

    async trends(granularity, since) {
      const b = BUCKETS[granularity];
      const bucket = sql<string>`to_char(date_trunc(${b.trunc}, finished_at at time zone 'UTC'), ${b.label})`;
      const rows = await finished()
        .select([
          bucket.as('period'),
          callStats.as('calls'),
          sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)::text`.as('revenue'),
          sql<string>`count(distinct buyer_did)`.as('buyers'),
          sql<string>`count(distinct service_id)`.as('services'),
          sql<string | null>`avg(latency_ms)`.as('latency'),
          sql<string>`count(*) filter (where status = 'completed')`.as('successes'),
        ])
        .where('finished_at', '>=', since)
        .groupBy(sql`1`)
        .orderBy(sql`1`)
        .execute();
      return rows.map((r) => ({
        period: r.period, calls: Number(r.calls), revenue: amountFromDb(r.revenue), uniqueBuyers: Number(r.buyers), activeServices: Number(r.services),
        avgLatencyMs: ms(r.latency), successRate: pct(Number(r.successes), Number(r.calls)),
      }));
    },

    async topServices(since, sortBy, limit) {
      const calls = finished()
        .select([
          'service_id',
          callStats.as('calls'),
          sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)`.as('revenue'),
          sql<string | null>`avg(latency_ms)`.as('latency'),
          sql<string>`count(distinct buyer_did)`.as('buyers'),
          sql<string>`count(*) filter (where status = 'completed')`.as('successes'),
        ])
        .where('finished_at', '>=', since)
        .groupBy('service_id');
      let query = db
        .selectFrom('listings')
        .innerJoin(calls.as('c'), 'c.service_id', 'listings.id')
        .select(['listings.id', 'listings.name', 'listings.provider_did', 'listings.category', 'c.calls', sql<string>`c.revenue::text`.as('revenue'), 'c.latency', 'c.buyers', 'c.successes']);
      // latency: the fastest first
      if (sortBy === 'revenue') query = query.orderBy(sql`c.revenue`, 'desc').orderBy(sql`c.calls`, 'desc');
      else if (sortBy === 'calls') query = query.orderBy(sql`c.calls`, 'desc').orderBy(sql`c.revenue`, 'desc');
      else query = query.orderBy(sql`c.latency`, 'asc');
      const rows = await query.orderBy('listings.id').limit(limit).execute();
      return rows.map((r) => ({
        serviceId: r.id, name: r.name, providerDid: r.provider_did, category: r.category, totalCalls: Number(r.calls), revenue: amountFromDb(r.revenue),
        avgLatencyMs: ms(r.latency), uniqueBuyers: Number(r.buyers), successRate: pct(Number(r.successes), Number(r.calls)),
      }));
    },

    async buyerMetrics(since, topLimit) {
      const perBuyer = finished()
        .select([
          'buyer_did',
          callStats.as('calls'),
          sql<string>`count(*) filter (where finished_at >= ${since})`.as('recent_calls'),
          sql<Date | string>`min(created_at)`.as('first_call'),
        ])
        .groupBy('buyer_did');
      const t = await db
        .selectFrom(perBuyer.as('b'))
        .select([
          sql<string>`count(*)`.as('all_time'),
          sql<string>`count(*) filter (where recent_calls > 0)`.as('active'),
          sql<string>`count(*) filter (where first_call >= ${since})`.as('new'),
          sql<string>`count(*) filter (where recent_calls > 1)`.as('repeat'),
          sql<string>`coalesce(sum(recent_calls), 0)`.as('recent_calls'),
        ])
        .executeTakeFirstOrThrow();
      const top = await finished()
        .select([
          'buyer_did',
          callStats.as('calls'),
          sql<string>`coalesce(sum(amount) filter (where status = 'completed'), 0)::text`.as('spent'),
          sql<string>`count(distinct service_id)`.as('services'),
        ])
        .where('finished_at', '>=', since)
        .groupBy('buyer_did')
        .orderBy(sql`coalesce(sum(amount) filter (where status = 'completed'), 0)`, 'desc')
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('buyer_did')
        .limit(topLimit)
        .execute();
      const active = Number(t.active);
      return {
        totalBuyersAllTime: Number(t.all_time), activeBuyers: active, newBuyers: Number(t.new), repeatBuyers: Number(t.repeat),
        avgCallsPerBuyer: active === 0 ? 0 : Math.round((Number(t.recent_calls) / active) * 100) / 100,
        topSpenders: top.map((r) => ({ buyerDid: r.buyer_did, calls: Number(r.calls), totalSpent: amountFromDb(r.spent), servicesUsed: Number(r.services) })),
      };
    },

    async providerCommission(providerDid) {
      const r = await db
        .selectFrom('usage')
        .leftJoin('settlements', 'settlements.id', 'usage.settlement_id')
        .select([
          callStats.as('paid'),
          sql<string>`coalesce(sum(usage.amount), 0)::text`.as('gross'),
          sql<string>`coalesce(sum(usage.commission), 0)::text`.as('commission'),
          sql<string>`coalesce(sum(usage.commission) filter (where usage.hold_state = 'posted' or settlements.status = 'completed'), 0)::text`.as('settled'),
        ])
        .where('usage.provider_did', '=', providerDid)
        .where('usage.status', '=', 'completed')
        .where('usage.amount', '>', '0')
        .executeTakeFirstOrThrow();
      const first = await db.selectFrom('listings').select(sql<Date | string | null>`min(created_at)`.as('first')).where('provider_did', '=', providerDid).executeTakeFirstOrThrow();
      return {
        providerDid, paidCalls: Number(r.paid), gross: amountFromDb(r.gross), commission: amountFromDb(r.commission), commissionSettled: amountFromDb(r.settled),
        firstListedAt: date(first.first),
      };
    },
  };
}
