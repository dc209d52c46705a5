import { extendChain, verifyChain, type ChainHead, type ChainVerification } from './chain.js';
import type { ChainStore } from './ports.js';

const BATCH = 500;

/**
 * Fills the chain in seq order, off the transfer path: woken after commits (and on a poll),
 * it hashes what has settled since the head. One pass at a time in a process; across
 * processes the store's compare-and-append keeps one order. A wake-up waits `lingerMs` before
 * its pass, so that the commits of that time share one pass (a pass is about ten statements,
 * which one transfer at a time would otherwise pay each).
 */
export class ChainWriter {
  /** Passes run one after another on this tail. */
  private tail: Promise<unknown> = Promise.resolve();
  /** A pass is scheduled and has not started: further notifications join it. */
  private queued = false;
  private timer: NodeJS.Timeout | null = null;
  private linger: NodeJS.Timeout | null = null;
  private stopped = true;

  constructor(
    private readonly store: ChainStore,
    private readonly options: { pollMs: number; lingerMs?: number; onError: (err: unknown) => void },
  ) {}

  start(): void {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.notify();
      this.timer = setTimeout(tick, this.options.pollMs);
      this.timer.unref();
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.linger) clearTimeout(this.linger);
    this.linger = null;
    this.queued = false;
    await this.tail;
  }

  /** Something was committed: chain it soon. */
  notify(): void {
    if (this.queued || this.stopped) return;
    this.queued = true;
    const schedule = () => {
      this.linger = null;
      const run = this.tail.then(() => {
        this.queued = false;
        return this.pass();
      });
      this.tail = run.catch((err) => this.options.onError(err));
    };
    const lingerMs = this.options.lingerMs ?? 0;
    if (lingerMs <= 0) return schedule();
    this.linger = setTimeout(schedule, lingerMs);
    this.linger.unref();
  }

  /** Chains everything settled by now; resolves with how many links were added. */
  catchUp(): Promise<number> {
    const run = this.tail.then(() => this.pass());
    this.tail = run.catch(() => 0);
    return run;
  }

  private async pass(): Promise<number> {
    const settled = await this.store.settledSeq();
    let added = 0;
    for (;;) {
      const head = await this.store.head();
      if (head.seq >= settled) return added;
      const events = await this.store.events(head.seq, settled, BATCH);
      if (events.length === 0) return added;
      if (await this.store.append(head.seq, extendChain(head, events))) added += events.length;
    }
  }

  async head(): Promise<{ head: ChainHead; pending: bigint }> {
    const head = await this.store.head();
    return { head, pending: await this.store.pending(head.seq) };
  }

  /** Chains what has settled, then recomputes every link from the first. */
  async verify(): Promise<ChainVerification> {
    await this.catchUp();
    return verifyChain(this.store.storedLinks(), (seq) => this.store.unchainedBelow(seq));
  }
}
