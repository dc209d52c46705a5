import { DomainError, validationError } from '@agentvault/errors';
import type { Actor, Listing } from './model.js';
import type { AgentDirectory, MarketplaceUnitOfWork } from './ports.js';
import type { CallStats, Rating, ViewsStore } from './views-ports.js';
import { actingAgent, listingNotFound } from './rules.js';

/**
 * Service reputation: measured from the calls the proxy recorded (success rate, latency) and
 * from the ratings of buyers who used the service. Scores are 0 to 10:
 *  - latency: 10 at 0 ms, one point less per second of average latency;
 *  - reliability: the success rate (answered below 500) out of 10;
 *  - ratings: the average rating, 1 → 0 and 5 → 10.
 * The overall score weighs them 30 / 40 / 30; a service nobody rated yet is scored on the
 * first two alone (weights renormalised), so a missing rating neither helps nor hurts.
 */

const WEIGHTS = { latency: 0.3, reliability: 0.4, rating: 0.3 };
const MAX_COMMENT = 1000;
const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp = (n: number) => Math.min(10, Math.max(0, n));

export interface Reputation extends CallStats {
  successRate: number;
  latencyScore: number;
  reliabilityScore: number;
  ratingScore: number;
  score: number;
  days: number;
}

export function reputationOf(stats: CallStats, days = 0): Reputation {
  const successRate = stats.calls === 0 ? 0 : round2((stats.successes / stats.calls) * 100);
  const latencyScore = stats.calls === 0 ? 0 : round2(clamp(10 - stats.avgLatencyMs / 1000));
  const reliabilityScore = stats.calls === 0 ? 0 : round2(clamp(successRate / 10));
  const ratingScore = stats.ratingCount === 0 ? 0 : round2(clamp(((stats.ratingAverage - 1) / 4) * 10));
  let weighted = 0;
  let weight = 0;
  if (stats.calls > 0) {
    weighted += WEIGHTS.latency * latencyScore + WEIGHTS.reliability * reliabilityScore;
    weight += WEIGHTS.latency + WEIGHTS.reliability;
  }
  if (stats.ratingCount > 0) {
    weighted += WEIGHTS.rating * ratingScore;
    weight += WEIGHTS.rating;
  }
  return { ...stats, successRate, latencyScore, reliabilityScore, ratingScore, score: weight === 0 ? 0 : round2(weighted / weight), days };
}

/**
 * The leaderboard aggregates every call of every active service (≈ 0.5 s over 200,000 calls):
 * a public page, so one answer per filter is kept this long.
 */
const LEADERBOARD_TTL_MS = 15_000;
const MAX_CACHED_BOARDS = 200;

export class ReputationService {
  private readonly boards = new Map<string, { at: number; board: Promise<{ listing: Listing; reputation: Reputation }[]> }>();

  constructor(
    private readonly uow: MarketplaceUnitOfWork,
    private readonly views: ViewsStore,
    private readonly agents: AgentDirectory,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A buyer that used the service (one completed call) rates it; rating again replaces its rating. */
  async rate(actor: Actor, input: { serviceId: string; buyerDid?: string; rating: number; comment: string }): Promise<Rating> {
    if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw validationError('rating must be an integer from 1 to 5', 'rating');
    const comment = (input.comment ?? '').trim();
    if (comment.length > MAX_COMMENT) throw validationError(`comment must be at most ${MAX_COMMENT} characters`, 'comment');
    const listing = await this.uow.read.listings.get(input.serviceId);
    if (!listing) throw listingNotFound(input.serviceId);
    const buyerDid = await actingAgent(actor, input.buyerDid, this.agents, 'buyer_did');
    if (buyerDid === listing.providerDid) throw new DomainError('forbidden', 'A provider cannot rate its own service', { code: 'RATING_NOT_ALLOWED' });
    if (!(await this.views.hasCompletedCall(listing.id, buyerDid))) {
      throw new DomainError('forbidden', 'Only a buyer that has used the service (one completed call) may rate it', { code: 'RATING_NOT_ALLOWED' });
    }
    return this.views.upsertRating({ serviceId: listing.id, buyerDid, rating: input.rating, comment, at: this.now() });
  }

  async ratings(serviceId: string, page: { limit: number; offset: number }) {
    if (!(await this.uow.read.listings.get(serviceId))) throw listingNotFound(serviceId);
    return this.views.listRatings(serviceId, page);
  }

  async reputation(serviceId: string, days: number): Promise<Reputation> {
    if (!Number.isInteger(days) || days < 0 || days > 365) throw validationError('days must be an integer from 0 (all time) to 365', 'days');
    if (!(await this.uow.read.listings.get(serviceId))) throw listingNotFound(serviceId);
    const since = days === 0 ? null : new Date(this.now().getTime() - days * 86_400_000);
    return reputationOf(await this.views.serviceStats(serviceId, since), days);
  }

  /** Active services by overall score, then by calls; a service needs `minCalls` finished calls to rank. */
  async leaderboard(filter: { limit: number; category?: string; minCalls: number }): Promise<{ listing: Listing; reputation: Reputation }[]> {
    if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 100) throw validationError('limit must be an integer from 1 to 100', 'limit');
    if (!Number.isInteger(filter.minCalls) || filter.minCalls < 1) throw validationError('min_calls must be a positive integer', 'min_calls');
    const category = filter.category?.toLowerCase();
    const key = `${category ?? ''}|${filter.minCalls}`;
    const at = this.now().getTime();
    let cached = this.boards.get(key);
    if (!cached || at - cached.at >= LEADERBOARD_TTL_MS) {
      const board = this.views.activeServiceStats({ category, minCalls: filter.minCalls }).then((rows) =>
        rows
          .map((r) => ({ listing: r.listing, reputation: reputationOf(r.stats) }))
          .sort((x, y) => y.reputation.score - x.reputation.score || y.reputation.calls - x.reputation.calls || x.listing.id.localeCompare(y.listing.id)),
      );
      cached = { at, board };
      this.boards.delete(key);
      this.boards.set(key, cached);
      if (this.boards.size > MAX_CACHED_BOARDS) this.boards.delete(this.boards.keys().next().value as string);
      board.catch(() => this.boards.delete(key));
    }
    return (await cached.board).slice(0, filter.limit);
  }

  /** For the agent itself or its developer: what it buys reveals what it does. */
  async recommend(actor: Actor, agentDid: string, limit: number) {
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw validationError('limit must be an integer from 1 to 50', 'limit');
    const did = await actingAgent(actor, agentDid, this.agents, 'agent_did');
    return this.views.recommend(did, limit);
  }
}
