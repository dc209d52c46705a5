/** What a round says about one of its items. */
export type RoundOutcome<O> =
  | { ok: true; value: O }
  | { ok: false; error: unknown }
  /** Not settled by the round: run on its own once the round is over. */
  | { alone: () => Promise<O> };

export interface GroupCommitOptions {
  /** Most items one round takes. */
  maxItems: number;
  /** Rounds running at once. */
  concurrentRounds: number;
}

/**
 * Group commit: items submitted while a round runs wait, and the next round takes all of them
 * at once (up to `maxItems`), so that many concurrent requests share one database transaction.
 * An idle queue starts a round at once, so a lone request waits for nobody.
 */
export class GroupCommit<I, O> {
  private readonly waiting: Array<{ item: I; resolve: (value: O) => void; reject: (err: unknown) => void }> = [];
  private running = 0;

  constructor(
    private readonly runRound: (items: I[]) => Promise<Array<RoundOutcome<O>>>,
    private readonly options: GroupCommitOptions,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.options.concurrentRounds && this.waiting.length > 0) {
      const round = this.waiting.splice(0, this.options.maxItems);
      this.running++;
      this.runRound(round.map((r) => r.item))
        .then(
          (outcomes) => {
            round.forEach((r, i) => {
              const outcome = outcomes[i];
              if (!outcome) r.reject(new Error('a transfer round left an item without an outcome'));
              else if ('alone' in outcome) outcome.alone().then(r.resolve, r.reject);
              else if (outcome.ok) r.resolve(outcome.value);
              else r.reject(outcome.error);
            });
          },
          (err: unknown) => round.forEach((r) => r.reject(err)),
        )
        .finally(() => {
          this.running--;
          this.pump();
        });
    }
  }
}
