import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export { Counter, Gauge, Histogram, Registry };

type MetricKind = 'counter' | 'gauge' | 'histogram';

interface MetricsState {
  registry: Registry;
}

// Kept on globalThis so that even two copies of this module in one process (a bundler or a
// second install) share one registry and collect the default metrics once.
const STATE_KEY = Symbol.for('agentvault.observability.metrics');
const globalState = globalThis as typeof globalThis & { [STATE_KEY]?: MetricsState };

function state(): MetricsState {
  let s = globalState[STATE_KEY];
  if (!s) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    s = { registry };
    globalState[STATE_KEY] = s;
  }
  return s;
}

/**
 * The one Prometheus registry of this process, shared by every service that runs in it
 * (`--target=all`), with Node's default metrics (CPU, memory, event loop lag, GC) collected once.
 */
export const metricsRegistry: Registry = state().registry;

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sa = [...a].sort();
  const sb = [...b].sort();
  return sa.every((v, i) => v === sb[i]);
}

/**
 * The metric already registered under `name` if there is one of the same kind and label names;
 * undefined if there is none. Throws if the name is taken by another kind or other labels:
 * that is a programming error, better found at start than as a broken time series.
 */
function existing<M>(name: string, kind: MetricKind, labelNames: readonly string[]): M | undefined {
  const metric = metricsRegistry.getSingleMetric(name) as
    | (object & { type?: string; labelNames?: readonly string[] })
    | undefined;
  if (!metric) return undefined;
  if (metric.type !== kind) {
    throw new Error(`metric "${name}" is already registered as a ${metric.type ?? 'different kind of metric'}, not a ${kind}`);
  }
  const registered = metric.labelNames ?? [];
  if (!sameLabels(registered, labelNames)) {
    throw new Error(
      `metric "${name}" is already registered with labels [${registered.join(', ')}], not [${labelNames.join(', ')}]`,
    );
  }
  return metric as M;
}

/** A counter in {@link metricsRegistry}; returns the existing one if `name` is already registered. */
export function counter(name: string, help: string, labelNames: string[] = []): Counter<string> {
  return (
    existing<Counter<string>>(name, 'counter', labelNames) ??
    new Counter({ name, help, labelNames, registers: [metricsRegistry] })
  );
}

/**
 * A histogram in {@link metricsRegistry}; returns the existing one if `name` is already registered
 * (its buckets stay those it was made with). Default buckets are prom-client's, in seconds.
 */
export function histogram(name: string, help: string, labelNames: string[] = [], buckets?: number[]): Histogram<string> {
  return (
    existing<Histogram<string>>(name, 'histogram', labelNames) ??
    new Histogram({ name, help, labelNames, registers: [metricsRegistry], ...(buckets ? { buckets } : {}) })
  );
}

/**
 * A gauge in {@link metricsRegistry}; returns the existing one if `name` is already registered.
 * `collect`, if given, runs at every scrape with the gauge as `this` (e.g. to read a pool's size);
 * it is ignored when the gauge already exists.
 */
export function gauge(
  name: string,
  help: string,
  labelNames: string[] = [],
  collect?: (this: Gauge<string>) => void | Promise<void>,
): Gauge<string> {
  return (
    existing<Gauge<string>>(name, 'gauge', labelNames) ??
    new Gauge({ name, help, labelNames, registers: [metricsRegistry], ...(collect ? { collect } : {}) })
  );
}
