import * as grpc from '@grpc/grpc-js';
import { migrateToLatest } from '@agentvault/db';
import { OutboxRelay } from '@agentvault/events';
import { bindServer, implement, shutdownServer, serviceConstructor } from '@agentvault/grpc';
import { addGrpcHealth } from '@agentvault/observability';
import type { RunningService, ServiceContext } from '@agentvault/runtime';
import { createLedgerClient } from '@agentvault/ledger';
import { parseAmount } from '@agentvault/ledger/amount';
import { loadStakingConfig } from './config.js';
import { multiplierToBps } from './domain/arithmetic.js';
import { StakingService } from './domain/staking-service.js';
import { stakingHandlers } from './grpc/handlers.js';
import { ledgerPort } from './grpc/ledger-port.js';
import { STAKING_PROTO, STAKING_SERVICE } from './grpc/client.js';
import { createStakingUnitOfWork } from './store/staking-store.js';
import { stakingMigrations, STAKING_SCHEMA } from '../migrations/index.js';

/** Repeats `work` every `ms` (never two at once) until stopped. */
function every(ms: number, work: () => Promise<unknown>, onError: (err: unknown) => void) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    if (stopped) return;
    running = running.then(() => (stopped ? undefined : work().catch(onError)));
  }, ms);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/** Wiring only: config → db → ledger client → rules → gRPC server and workers. */
export async function startStaking(context: ServiceContext): Promise<RunningService> {
  const config = loadStakingConfig(context.env);
  const logger = context.logger.child({ service: 'staking' });
  const database = await context.openDatabase(STAKING_SCHEMA);
  if (context.platform.MIGRATE_ON_START) await migrateToLatest(database, stakingMigrations);

  const relay = new OutboxRelay({ database, bus: context.bus, logger });
  relay.start();
  const ledger = createLedgerClient(config.LEDGER_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const staking = new StakingService(createStakingUnitOfWork(database, () => relay.notify()), ledgerPort(ledger), {
    unbondingSeconds: config.STAKING_UNBONDING_SECONDS,
    defaultApy: parseAmount(config.STAKING_DEFAULT_APY, 'STAKING_DEFAULT_APY', { allowZero: true }),
    maxLockDays: config.GOVERNANCE_MAX_LOCK_DAYS,
    maxBoostBps: multiplierToBps(config.GOVERNANCE_MAX_BOOST)!,
  });

  const server = new grpc.Server();
  server.addService(serviceConstructor(STAKING_PROTO, STAKING_SERVICE).service, implement(stakingHandlers(staking), logger));
  const health = addGrpcHealth(server, [STAKING_SERVICE]);
  const bindAddress = config.STAKING_GRPC_BIND ?? config.STAKING_GRPC_ADDR;
  const port = await bindServer(server, bindAddress);
  health.setAll(true);
  logger.info({ address: bindAddress, port }, 'staking gRPC listening');

  const warn = (what: string) => (err: unknown) => logger.warn({ err }, what);
  const stopWorkers = [
    every(config.STAKING_WORKER_POLL_MS, async () => {
      await staking.releaseDue();
      await staking.resumePendingStakes();
    }, warn('unbonding release failed')),
  ];
  if (config.STAKING_REWARD_INTERVAL_SECONDS > 0) {
    stopWorkers.push(every(config.STAKING_REWARD_INTERVAL_SECONDS * 1000, () => staking.runCycle({ trigger: 'schedule' }), warn('scheduled reward cycle failed')));
  }

  return {
    name: 'staking',
    readiness: [{ name: 'staking-database', check: () => database.ping() }],
    async close() {
      health.setAll(false);
      await Promise.all(stopWorkers.map((stop) => stop()));
      await shutdownServer(server);
      await relay.flush().catch((err) => logger.warn({ err }, 'outbox not fully flushed at shutdown'));
      await relay.stop();
      ledger.close();
      await database.close();
    },
  };
}
