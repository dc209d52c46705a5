import { randomUUID } from 'node:crypto';
import { DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { formatAmount } from '@agentvault/ledger/amount';
import type { Actor, Settlement } from './model.js';
import type { AgentDirectory, LedgerPort, MarketplaceUnitOfWork } from './ports.js';

/** Posts in flight at once while paying: round trips overlap; the ledger serializes on the accounts. */
const POST_CONCURRENCY = 4;

const settlementNotFound = (id: string) => new DomainError('not_found', `Settlement ${id} not found`, { code: 'SETTLEMENT_NOT_FOUND' });

function parseInstant(value: string, field: string): Date {
  const at = value ? new Date(value) : new Date(NaN);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) throw validationError(`${field} must be an RFC 3339 date-time`, field);
  return at;
}

/**
 * What providers are owed. A settlement takes, once, every charged call of a provider that ended
 * in a past period and is not settled yet; paying it posts each call's hold to the provider with
 * the commission to the treasury. Posting a hold happens once however often it is asked, so a
 * payment interrupted half-way is finished by asking again, never doubled.
 */
export class SettlementService {
  constructor(
    private readonly uow: MarketplaceUnitOfWork,
    private readonly ledger: LedgerPort,
    private readonly agents: AgentDirectory,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** `catchUp`: also take the provider's unsettled calls that ended before the period (ones recorded after their own period was settled). */
  async create(input: { providerDid: string; periodStart: string; periodEnd: string; catchUp?: boolean }): Promise<Settlement> {
    if (!input.providerDid) throw validationError('provider_id is required', 'provider_id');
    const start = parseInstant(input.periodStart, 'period_start');
    const end = parseInstant(input.periodEnd, 'period_end');
    if (start >= end) throw validationError('period_start must be before period_end', 'period_start');
    // Calls still ending inside an open period would be left out of it for good.
    if (end > this.now()) throw validationError('period_end must be in the past', 'period_end');
    if (!(await this.agents.get(input.providerDid))) throw notFound(`Agent ${input.providerDid} not found`);
    return this.uow.run(async (repos) => {
      const existing = await repos.settlements.byPeriod(input.providerDid, start, end);
      if (existing) return existing;
      const settlement: Settlement = {
        id: randomUUID(), providerDid: input.providerDid, periodStart: start, periodEnd: end, totalAmount: 0n, platformFee: 0n, netAmount: 0n,
        callCount: 0, status: 'pending', transactionIds: [], createdAt: this.now(), paidAt: null,
      };
      // A concurrent request (the scheduled pass, another admin) took this period first: answer its settlement.
      if (!(await repos.settlements.insert(settlement))) return (await repos.settlements.byPeriod(input.providerDid, start, end))!;
      const attached = await repos.usage.attachToSettlement(input.providerDid, input.catchUp ? new Date(0) : start, end, settlement.id);
      const totals = { totalAmount: attached.total, platformFee: attached.commission, netAmount: attached.total - attached.commission, callCount: attached.count };
      await repos.settlements.update(settlement.id, totals);
      const created = { ...settlement, ...totals };
      await repos.outbox.emit({
        type: 'settlement.created', subject: created.providerDid,
        data: {
          settlement_id: created.id, agent_did: created.providerDid, total_amount: formatAmount(created.totalAmount),
          platform_fee: formatAmount(created.platformFee), net_amount: formatAmount(created.netAmount), call_count: created.callCount,
        },
      });
      return created;
    });
  }

  async pay(id: string): Promise<Settlement> {
    const started = await this.uow.run(async (repos) => {
      const settlement = await repos.settlements.lock(id);
      if (!settlement) throw settlementNotFound(id);
      if (settlement.status === 'pending') await repos.settlements.update(id, { status: 'processing' });
      return settlement;
    });
    if (started.status === 'completed') return started;

    // A repeated post answers the hold's first transaction: asking again finishes, never doubles.
    const usages = (await this.uow.read.usage.ofSettlement(id)).filter((u) => u.holdId && (u.holdState === 'held' || u.holdState === 'posted'));
    const transactionIds: string[] = new Array(usages.length);
    let next = 0;
    const post = async () => {
      for (let i = next++; i < usages.length; i = next++) {
        const usage = usages[i]!;
        transactionIds[i] = (await this.ledger.postHold({ holdId: usage.holdId!, receiverDid: usage.providerDid, commission: usage.commission })).transactionId;
        if (usage.holdState === 'held') await this.uow.read.usage.setHoldState(usage.id, ['held'], 'posted');
      }
    };
    await Promise.all(Array.from({ length: Math.min(POST_CONCURRENCY, usages.length) }, post));
    return this.uow.run(async (repos) => {
      const settlement = (await repos.settlements.lock(id))!;
      if (settlement.status === 'completed') return settlement;
      const paidAt = this.now();
      await repos.settlements.update(id, { status: 'completed', transactionIds, paidAt });
      await repos.outbox.emit({
        type: 'settlement.paid', subject: settlement.providerDid,
        data: { settlement_id: id, agent_did: settlement.providerDid, net_amount: formatAmount(settlement.netAmount), platform_fee: formatAmount(settlement.platformFee), transaction_ids: transactionIds },
      });
      return { ...settlement, status: 'completed' as const, transactionIds, paidAt };
    });
  }

  /** What a provider earned: charged, commission, paid by settlements and still due. */
  async earnings(actor: Actor, providerDid: string | undefined) {
    const did = providerDid || actor.agentDid;
    if (!did) throw validationError('agent_did is required: name one of your agents', 'agent_did');
    if (!actor.admin && actor.agentDid !== did) {
      const agent = await this.agents.get(did);
      if (!agent || !actor.developerId || agent.developerId !== actor.developerId) throw forbidden(`Agent ${did} is not one of your agents`);
    }
    return this.uow.read.usage.earnings(did);
  }

  /** Finishes payments that were interrupted (a crash, a deadline): the recovery pass calls it. */
  async resumeInterrupted(olderThanMs: number): Promise<number> {
    const stuck = await this.uow.read.settlements.processingSince(new Date(this.now().getTime() - olderThanMs));
    for (const id of stuck) await this.pay(id);
    return stuck.length;
  }

  /** The admin view (the gateway lets admins only). */
  platformStats() {
    return this.uow.read.usage.platform();
  }

  async get(id: string): Promise<Settlement> {
    const settlement = await this.uow.read.settlements.get(id);
    if (!settlement) throw settlementNotFound(id);
    return settlement;
  }

  /** An admin sees every settlement; a provider (agent or its developer) only its own. */
  async list(actor: Actor, filter: { providerDid?: string; status?: string; limit: number; offset: number }) {
    if (!actor.admin) {
      if (actor.agentDid) {
        if (filter.providerDid && filter.providerDid !== actor.agentDid) throw forbidden('Providers see only their own settlements');
        filter = { ...filter, providerDid: actor.agentDid };
      } else {
        if (!filter.providerDid) throw validationError('provider_id is required: name one of your agents', 'provider_id');
        const agent = await this.agents.get(filter.providerDid);
        if (!agent || agent.developerId !== actor.developerId) throw forbidden(`Agent ${filter.providerDid} is not one of your agents`);
      }
    }
    if (filter.status && !['pending', 'processing', 'completed'].includes(filter.status)) throw validationError('status must be pending, processing or completed', 'status');
    return this.uow.read.settlements.list(filter);
  }
}
