import { defineService } from '@agentvault/runtime';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { stakingContract } from '@agentvault/contracts/staking';
import { stakingEvents } from '@agentvault/contracts/staking-events';
import { parseAmount } from '@agentvault/ledger/amount';
import { loadStakingConfig } from './config.js';
import { multiplierToBps } from './domain/arithmetic.js';
import { StakingService } from './domain/staking-service.js';
import { stakingHandlers } from './grpc/handlers.js';
import { ledgerPort } from './grpc/ledger-port.js';
import { createUnitOfWork } from './store/staking-store.js';
import { stakingMigrations, STAKING_SCHEMA } from '../migrations/index.js';

/** Repeats `work` every `ms` (never two at once) until stopped. */
function every(ms: number, work: () => Promise<unknown>, onError: (err: unknown) => void) {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  return {
    start() {
      timer = setInterval(() => {
        if (stopped) return;
        running = running.then(() => (stopped ? undefined : work().catch(onError)));
      }, ms);
      timer.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

/** Stakes, unbonding, reward cycles, delegation and voting power; the money stays in the ledger. */
export const stakingModule = defineService({
  name: 'staking',
  contract: stakingContract,
  events: stakingEvents,
  schema: { name: STAKING_SCHEMA, migrations: stakingMigrations },
  config: loadStakingConfig,
  calls: { ledger: ledgerContract },
  async start({ config, logger, database, outbox, clients }) {
    const staking = new StakingService(createUnitOfWork(database, () => outbox.notify()), ledgerPort(clients.ledger), {
      unbondingSeconds: config.STAKING_UNBONDING_SECONDS,
      defaultApy: parseAmount(config.STAKING_DEFAULT_APY, 'STAKING_DEFAULT_APY', { allowZero: true }),
      maxLockDays: config.GOVERNANCE_MAX_LOCK_DAYS,
      maxBoostBps: multiplierToBps(config.GOVERNANCE_MAX_BOOST)!,
    });
    const warn = (what: string) => (err: unknown) => logger.warn({ err }, what);
    const release = every(config.STAKING_WORKER_POLL_MS, async () => {
      await staking.releaseDue();
      await staking.resumePendingStakes();
    }, warn('unbonding release failed'));
    const workers = [{ name: 'release', start: () => release.start(), stop: () => release.stop() }];
    if (config.STAKING_REWARD_INTERVAL_SECONDS > 0) {
      const cycles = every(config.STAKING_REWARD_INTERVAL_SECONDS * 1000, () => staking.runCycle({ trigger: 'schedule' }), warn('scheduled reward cycle failed'));
      workers.push({ name: 'reward-cycles', start: () => cycles.start(), stop: () => cycles.stop() });
    }
    return { handlers: stakingHandlers(staking), workers };
  },
});
