import type { AttemptResult, ClaimedDelivery } from './model.js';
import type { DeliveryQueue, Logger, Transport, UnitOfWork, WebhookRepositories } from './ports.js';
import { isSuccessStatus, outcomeOfAttempt, shouldDisable, type AttemptOutcome } from './retry.js';
import { deliveryHeaders } from './signature.js';

export interface DeliveryWorkerSettings {
  /** The retry schedule's unit (a minute in production). */
  retryUnitMs: number;
  /** Deadline of one attempt: resolving, connecting, sending and the receiver's answer. */
  timeoutMs: number;
  /** How long a claimed delivery is held; longer than an attempt can take, so it expires only if its worker died. */
  leaseMs: number;
  /** Attempts in flight at once. */
  concurrency: number;
  /** Longest sleep between looks at the queue (deliveries scheduled by other replicas are seen within this). */
  pollMs: number;
  /** Finished deliveries older than this are deleted from the history. */
  retentionMs: number;
}

export interface AttemptReport {
  delivery: ClaimedDelivery;
  result: AttemptResult;
  outcome: AttemptOutcome['status'];
  /** This failure switched the webhook off. */
  disabled: boolean;
}

const PRUNE_EVERY_MS = 10 * 60_000;

/** A wake-up flag: notify() ends the current (or next) wait early. */
class Wakeup {
  private pending = false;
  private wake: (() => void) | undefined;

  notify(): void {
    this.pending = true;
    this.wake?.();
  }

  /** Resolves true when notified, false when the time ran out. */
  wait(ms: number): Promise<boolean> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(false), Math.max(0, ms));
      const self = this;
      function done(notified: boolean) {
        clearTimeout(timer);
        self.wake = undefined;
        self.pending = false;
        resolve(notified);
      }
      this.wake = () => done(true);
    });
  }
}

/**
 * Sends the scheduled deliveries. The schedule lives in the database: the worker leases due
 * rows (`for update skip locked`, so replicas share the work and none sends a row another holds),
 * sends each once, and records the attempt together with what follows from it (delivered; the
 * next retry time; failed; the webhook switched off and webhook.retry_exhausted emitted) in one
 * transaction. Its timers only decide when to look again; a restart loses nothing.
 */
export class DeliveryWorker {
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly wakeup = new Wakeup();
  private readonly inFlight = new Set<Promise<void>>();
  private abort = new AbortController();
  private readonly deliveredWaiting: Array<{ delivery: ClaimedDelivery; attemptedAt: Date; result: AttemptResult; resolve: (recorded: boolean) => void; reject: (err: unknown) => void }> = [];
  private recordingDelivered = false;

  constructor(
    private readonly queue: DeliveryQueue,
    private readonly uow: UnitOfWork,
    private readonly transport: Transport,
    private readonly settings: DeliveryWorkerSettings,
    private readonly logger: Logger,
    private readonly onAttempt: (report: AttemptReport) => void = () => {},
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.abort = new AbortController();
    this.loop = this.run();
  }

  /** Look at the queue now: call after scheduling deliveries. */
  notify(): void {
    this.wakeup.notify();
  }

  /**
   * Stops claiming, lets attempts in flight finish for up to `graceMs`, then aborts the rest and
   * gives them back to the queue unrecorded (they are sent again, by this or another process).
   */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.loop) return;
    this.running = false;
    this.wakeup.notify();
    await this.loop;
    this.loop = undefined;
    const all = Promise.allSettled([...this.inFlight]);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise((r) => (timer = setTimeout(r, graceMs)))]);
    clearTimeout(timer);
    if (this.inFlight.size > 0) {
      this.abort.abort();
      await all;
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    let lastPrune = 0;
    let wokenByPoll = true;
    while (this.running) {
      let wait = this.settings.pollMs;
      try {
        const free = this.settings.concurrency - this.inFlight.size;
        // Claim for a quarter of the slots at least (or when idle), not one query per finished attempt.
        if (free > 0 && (free >= Math.ceil(this.settings.concurrency / 4) || this.inFlight.size === 0 || wokenByPoll)) {
          const claimed = await this.queue.claim(free, this.settings.leaseMs);
          for (const delivery of claimed) this.track(this.attempt(delivery));
          if (claimed.length < free) {
            const due = await this.queue.nextDueInMs();
            if (due !== null) wait = Math.min(wait, Math.max(due, 5));
          }
          // With every slot taken, a finishing attempt wakes the loop.
        }
        if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
          lastPrune = Date.now();
          const pruned = await this.queue.pruneFinished(this.settings.retentionMs);
          if (pruned > 0) this.logger.info({ pruned }, 'old deliveries pruned from the history');
        }
        if (failures > 0) this.logger.info({ failures }, 'delivery queue reachable again');
        failures = 0;
      } catch (err) {
        failures += 1;
        wait = Math.min(100 * 2 ** Math.min(failures, 6), 5000);
        this.logger.warn({ err: errorMessage(err), failures, retryInMs: wait }, 'could not read the delivery queue');
      }
      if (!this.running) break;
      wokenByPoll = !(await this.wakeup.wait(wait));
    }
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => {
      this.inFlight.delete(work);
      this.wakeup.notify();
    });
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const attemptedAt = new Date();
    let result: AttemptResult;
    try {
      const headers = deliveryHeaders({ secret: delivery.secret, deliveryId: delivery.id, eventType: delivery.eventType, body: delivery.payload, now: attemptedAt });
      result = await this.transport.send({ url: delivery.url, headers, body: delivery.payload, timeoutMs: this.settings.timeoutMs, signal: this.abort.signal });
    } catch (err) {
      result = { responseStatus: null, responseExcerpt: null, error: errorMessage(err), durationMs: Date.now() - attemptedAt.getTime() };
    }
    if (this.abort.signal.aborted && !isSuccessStatus(result.responseStatus)) {
      await this.queue.release(delivery.id, delivery.leaseToken).catch(() => {});
      return;
    }
    // Recording must not be lost to a short database hiccup: a lost record means the lease
    // expires and the receiver gets the delivery again.
    for (let tries = 1; ; tries += 1) {
      try {
        const report = await this.record(delivery, attemptedAt, result);
        if (report) this.onAttempt(report);
        return;
      } catch (err) {
        if (tries >= 5) {
          this.logger.error({ err: errorMessage(err), deliveryId: delivery.id }, 'could not record a delivery attempt; it will be sent again when its lease expires');
          return;
        }
        await new Promise((r) => setTimeout(r, 100 * 2 ** tries));
      }
    }
  }

  /**
   * Successful attempts finishing while others are being recorded are recorded together, in one
   * transaction of three statements whatever their number: the delivery rows (each guarded by its
   * claim), their attempts, then each webhook's streak once. Resolves false for a lost claim.
   */
  private recordDelivered(delivery: ClaimedDelivery, attemptedAt: Date, result: AttemptResult): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.deliveredWaiting.push({ delivery, attemptedAt, result, resolve, reject });
      void this.flushDelivered();
    });
  }

  private async flushDelivered(): Promise<void> {
    if (this.recordingDelivered) return;
    this.recordingDelivered = true;
    try {
      while (this.deliveredWaiting.length > 0) {
        const batch = this.deliveredWaiting.splice(0, 500);
        try {
          const recorded = await this.uow.run(async (repos) => {
            const ids = await repos.deliveries.finishDelivered(
              batch.map((b) => ({ id: b.delivery.id, leaseToken: b.delivery.leaseToken, attempt: b.delivery.attempts + 1, attemptedAt: b.attemptedAt, result: b.result })),
            );
            // In id order, so that replicas recording at once cannot deadlock on the webhook rows.
            for (const webhookId of [...new Set(batch.filter((b) => ids.has(b.delivery.id)).map((b) => b.delivery.webhookId))].sort()) {
              await repos.webhooks.recordSuccess(webhookId);
            }
            return ids;
          });
          for (const b of batch) b.resolve(recorded.has(b.delivery.id));
        } catch (err) {
          for (const b of batch) b.reject(err);
        }
      }
    } finally {
      this.recordingDelivered = false;
    }
  }

  private record(delivery: ClaimedDelivery, attemptedAt: Date, result: AttemptResult): Promise<AttemptReport | null> {
    const attempt = delivery.attempts + 1;
    const finish = (repos: WebhookRepositories, outcome: AttemptOutcome) =>
      repos.deliveries.finishAttempt({
        id: delivery.id,
        leaseToken: delivery.leaseToken,
        attempt,
        attemptedAt,
        result,
        status: outcome.status,
        retryInMs: outcome.status === 'pending' ? outcome.retryInMs : null,
      });
    const lost = () => {
      this.logger.warn({ deliveryId: delivery.id }, 'delivery claim was lost before its attempt was recorded');
      return null;
    };

    if (isSuccessStatus(result.responseStatus)) {
      // The common path, kept short and shared: see recordDelivered.
      return this.recordDelivered(delivery, attemptedAt, result).then((recorded) =>
        recorded ? { delivery, result, outcome: 'delivered' as const, disabled: false } : lost(),
      );
    }

    return this.uow.run(async (repos) => {
      if (!(await repos.deliveries.lockClaim(delivery.id, delivery.leaseToken))) return lost();
      const webhook = await repos.webhooks.recordFailure(delivery.webhookId);
      if (!webhook) return null; // deleted meanwhile; its deliveries went with it
      let active = webhook.active;
      let disabled = false;
      if (shouldDisable(webhook.consecutiveFailures, webhook.active) && (await repos.webhooks.disable(webhook.id, 'retry_exhausted'))) {
        disabled = true;
        active = false;
        await repos.deliveries.cancelPending(webhook.id, `webhook disabled after ${webhook.consecutiveFailures} consecutive failures`);
        await repos.outbox.emit({
          type: 'webhook.retry_exhausted',
          subject: webhook.id,
          data: {
            webhook_id: webhook.id,
            developer_id: webhook.developerId,
            url: webhook.url,
            consecutive_failures: webhook.consecutiveFailures,
            last_response_status: result.responseStatus,
            last_error: result.error,
          },
        });
        this.logger.warn({ webhookId: webhook.id, failures: webhook.consecutiveFailures }, 'webhook disabled after consecutive failures');
      }
      const outcome = outcomeOfAttempt({ succeeded: false, attemptsMade: attempt, unitMs: this.settings.retryUnitMs, webhookActive: active });
      await finish(repos, outcome);
      return { delivery, result, outcome: outcome.status, disabled };
    });
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
