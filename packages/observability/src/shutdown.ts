import type { Logger } from 'pino';

export const DEFAULT_CLOSE_TIMEOUT_MS = 10_000;

export interface ShutdownOptions {
  logger: Logger;
  /** Exit the process when done: 0 if every closer succeeded, 1 otherwise. Default true. */
  exit?: boolean;
  /** How long each closer may take before it counts as failed and the next one runs; default 10 s. */
  timeoutMs?: number;
}

export interface Shutdown {
  /**
   * Registers something to close. Closers run in reverse order of registration (last opened,
   * first closed), one at a time. One added while shutdown runs still runs; one added after
   * it finished runs at once.
   */
  add(name: string, close: () => Promise<void> | void): void;
  /** Runs the closers once; later calls return the same promise. Exits afterwards if `exit`. */
  run(reason: string): Promise<void>;
  /** Runs shutdown on SIGTERM and SIGINT. A second signal while closing exits at once (when `exit`). */
  installSignalHandlers(): void;
  /** True from the moment `run` is called: readiness checks can fail on it to stop new work. */
  readonly shuttingDown: boolean;
}

type Closer = { name: string; close: () => Promise<void> | void };

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Graceful shutdown for one process. `main.ts` adds a closer for each thing it opens, in the
 * order it opens them (database, bus, outbox relay, gRPC server, ops server), then calls
 * `installSignalHandlers()`; on SIGTERM/SIGINT they are closed in reverse order.
 */
export function createShutdown(options: ShutdownOptions): Shutdown {
  const { logger } = options;
  const exit = options.exit ?? true;
  const timeoutMs = options.timeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
  const closers: Closer[] = [];
  let running: Promise<void> | undefined;
  let finished = false;
  let installed: { signal: NodeJS.Signals; handler: () => void }[] = [];

  async function closeOne(closer: Closer): Promise<boolean> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(() => closer.close()),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs}ms`)), timeoutMs);
        }),
      ]);
      logger.info({ closer: closer.name, ms: Date.now() - started }, `closed ${closer.name}`);
      return true;
    } catch (err) {
      logger.error({ err, closer: closer.name, ms: Date.now() - started }, `closing ${closer.name} failed`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  function uninstall(): void {
    for (const { signal, handler } of installed) process.off(signal, handler);
    installed = [];
  }

  async function runAll(reason: string): Promise<void> {
    logger.info({ reason, closers: closers.length }, 'shutting down');
    const failed: string[] = [];
    // pop() rather than a reversed copy: a closer added while we run is closed next.
    for (let closer = closers.pop(); closer; closer = closers.pop()) {
      if (!(await closeOne(closer))) failed.push(closer.name);
    }
    finished = true;
    if (failed.length > 0) logger.error({ reason, failed }, 'shutdown finished with errors');
    else logger.info({ reason }, 'shutdown complete');
    if (exit) {
      try {
        logger.flush();
      } catch {
        // nothing more we can do about a log line here
      }
      process.exit(failed.length > 0 ? 1 : 0);
    }
    // Not exiting (tests): give the signals back their default behaviour.
    uninstall();
  }

  function run(reason: string): Promise<void> {
    running ??= runAll(reason);
    return running;
  }

  return {
    add(name, close) {
      if (finished) {
        logger.warn({ closer: name }, 'closer added after shutdown; closing it now');
        void closeOne({ name, close });
        return;
      }
      closers.push({ name, close });
    },
    run,
    installSignalHandlers() {
      if (installed.length > 0 || finished) return;
      for (const signal of SIGNALS) {
        const handler = () => {
          if (running && exit) {
            logger.warn({ signal }, 'second signal during shutdown; exiting now');
            process.exit(1);
          }
          void run(signal);
        };
        installed.push({ signal, handler });
        process.on(signal, handler);
      }
    },
    get shuttingDown() {
      return running !== undefined;
    },
  };
}
