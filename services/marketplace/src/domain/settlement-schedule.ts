import type { Settlement } from './model.js';
import type { SettlementService } from './settlements.js';
import type { ViewsStore } from './views-ports.js';

export interface SettlementSchedule {
  /** Length of one settlement period; periods are aligned on the Unix epoch (a day: UTC midnights). */
  periodMs: number;
  /** A period is settled only this long after it ended, so that calls finishing at its very end are recorded first. */
  graceMs: number;
}

/** Settlements per page of a pass; the next pass takes the rest. */
const PASS_LIMIT = 100;

/**
 * The scheduled settlement: every provider with charged, unsettled calls in a closed period gets
 * one settlement for that period (provider + period is unique, so asking twice answers the same
 * one) and it is paid at once. Settlements left pending (a crash between creating and paying, or
 * one created by an admin and not paid yet) are paid by the next pass; paying is itself
 * idempotent, so a pass that runs beside another, or beside an admin's payment, pays nothing twice.
 */
export class SettlementScheduler {
  private running: Promise<Settlement[]> | undefined;

  constructor(
    private readonly settlements: SettlementService,
    private readonly views: ViewsStore,
    readonly schedule: SettlementSchedule,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One pass at a time in this process: a request made during a pass waits for it, then runs its own. */
  async run(): Promise<Settlement[]> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.pass();
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async pass(): Promise<Settlement[]> {
    const { periodMs, graceMs } = this.schedule;
    const closedBefore = Math.floor((this.now().getTime() - graceMs) / periodMs) * periodMs;
    const periods = await this.views.unsettledPeriods(periodMs, new Date(closedBefore), PASS_LIMIT);
    const ids = new Set<string>();
    const period = (index: number) => ({ periodStart: new Date(index * periodMs).toISOString(), periodEnd: new Date((index + 1) * periodMs).toISOString() });
    const latest = closedBefore / periodMs - 1;
    for (const p of periods) {
      const settlement = await this.settlements.create({ providerDid: p.providerDid, ...period(p.index) });
      ids.add(settlement.id);
      // Its period was settled before this call was recorded (it committed after the grace): the
      // latest closed period's settlement takes it, or, when that one is settled too, the next one.
      if (settlement.status !== 'pending' && p.index < latest) {
        ids.add((await this.settlements.create({ providerDid: p.providerDid, ...period(latest), catchUp: true })).id);
      }
    }
    for (const id of await this.views.pendingSettlements(PASS_LIMIT)) ids.add(id);
    const paid: Settlement[] = [];
    for (const id of ids) paid.push(await this.settlements.pay(id));
    return paid;
  }
}
