import * as grpc from '@grpc/grpc-js';
import { migrateToLatest } from '@agentvault/db';
import { OutboxRelay } from '@agentvault/events';
import { bindServer, implement, shutdownServer, serviceConstructor } from '@agentvault/grpc';
import { addGrpcHealth } from '@agentvault/observability';
import type { RunningService, ServiceContext } from '@agentvault/runtime';
import { createLedgerClient } from '@agentvault/ledger';
import { parseAmount } from '@agentvault/ledger/amount';
import { createStakingClient } from '@agentvault/staking';
import { loadGovernanceConfig } from './config.js';
import { GovernanceService } from './domain/governance-service.js';
import { governanceHandlers } from './grpc/handlers.js';
import { executionPort, votingPowerPort } from './grpc/ports.js';
import { GOVERNANCE_PROTO, GOVERNANCE_SERVICE } from './grpc/client.js';
import { createGovernanceUnitOfWork } from './store/governance-store.js';
import { governanceMigrations, GOVERNANCE_SCHEMA } from '../migrations/index.js';

const bps = (percent: string) => {
  const [whole, fraction = ''] = percent.split('.');
  return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
};

/** Wiring only: config → db → staking and ledger clients → rules → gRPC server. */
export async function startGovernance(context: ServiceContext): Promise<RunningService> {
  const config = loadGovernanceConfig(context.env);
  const logger = context.logger.child({ service: 'governance' });
  const database = await context.openDatabase(GOVERNANCE_SCHEMA);
  if (context.platform.MIGRATE_ON_START) await migrateToLatest(database, governanceMigrations);

  const relay = new OutboxRelay({ database, bus: context.bus, logger });
  relay.start();
  const staking = createStakingClient(config.STAKING_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const ledger = createLedgerClient(config.LEDGER_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const governance = new GovernanceService(createGovernanceUnitOfWork(database, () => relay.notify()), votingPowerPort(staking), executionPort(ledger), {
    quorumBps: bps(config.GOVERNANCE_QUORUM_PERCENT),
    passThresholdBps: bps(config.GOVERNANCE_PASS_THRESHOLD_PERCENT),
    minProposalPower: parseAmount(config.GOVERNANCE_MIN_PROPOSAL_POWER, 'GOVERNANCE_MIN_PROPOSAL_POWER', { allowZero: true }),
    minVotingSeconds: config.GOVERNANCE_MIN_VOTING_SECONDS,
    maxVotingSeconds: config.GOVERNANCE_MAX_VOTING_SECONDS,
  });

  const server = new grpc.Server();
  server.addService(serviceConstructor(GOVERNANCE_PROTO, GOVERNANCE_SERVICE).service, implement(governanceHandlers(governance), logger));
  const health = addGrpcHealth(server, [GOVERNANCE_SERVICE]);
  const bindAddress = config.GOVERNANCE_GRPC_BIND ?? config.GOVERNANCE_GRPC_ADDR;
  const port = await bindServer(server, bindAddress);
  health.setAll(true);
  logger.info({ address: bindAddress, port }, 'governance gRPC listening');

  // Passed proposals whose execution failed for a passing reason (a service down) are retried.
  let retrying: Promise<void> = Promise.resolve();
  const retry = setInterval(() => {
    retrying = retrying.then(() => governance.executePending().catch((err) => logger.warn({ err }, 'proposal execution retry failed')));
  }, 5000);
  retry.unref();

  return {
    name: 'governance',
    readiness: [{ name: 'governance-database', check: () => database.ping() }],
    async close() {
      health.setAll(false);
      clearInterval(retry);
      await retrying;
      await shutdownServer(server);
      await relay.flush().catch((err) => logger.warn({ err }, 'outbox not fully flushed at shutdown'));
      await relay.stop();
      staking.close();
      ledger.close();
      await database.close();
    },
  };
}
