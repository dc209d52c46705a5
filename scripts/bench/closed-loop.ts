/** What a closed-loop run measured: successful calls, failures, rate and latency in ms. */
export interface Figures {
  calls: number;
  failures: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** `concurrency` workers calling `once` back to back for `durationMs`; `once` answers whether the call succeeded. */
export async function driveClosedLoop(once: () => Promise<boolean>, options: { durationMs: number; concurrency: number }): Promise<Figures> {
  const latencies: number[] = [];
  let failures = 0;
  const end = Date.now() + options.durationMs;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        if (await once()) latencies.push(performance.now() - t);
        else failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { calls: latencies.length, failures, perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}
