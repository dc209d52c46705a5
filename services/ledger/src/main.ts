import * as grpc from '@grpc/grpc-js';
import { migrateToLatest } from '@agentvault/db';
import { OutboxRelay, idempotentHandler, type Subscription } from '@agentvault/events';
import { bindServer, implement, shutdownServer, serviceConstructor } from '@agentvault/grpc';
import { addGrpcHealth } from '@agentvault/observability';
import type { RunningService, ServiceContext } from '@agentvault/runtime';
import { createIdentityClient } from '@agentvault/identity';
import { DomainError } from '@agentvault/errors';
import { loadLedgerConfig } from './config.js';
import { parseAmount } from './domain/amount.js';
import { LedgerService } from './domain/ledger-service.js';
import type { AgentDirectory } from './domain/ports.js';
import { FundingService } from './domain/funding.js';
import { ReputationService } from './domain/reputation.js';
import { fundingHandlers, ledgerHandlers, reputationHandlers } from './grpc/handlers.js';
import { LEDGER_PROTO, LEDGER_SERVICE } from './grpc/client.js';
import { ledgerMigrations, LEDGER_SCHEMA } from '../migrations/index.js';
import { createLedgerAudit, createLedgerUnitOfWork, repositories } from './store/ledger-store.js';
import { LockService } from './domain/locks.js';
import { lockHandlers } from './grpc/lock-handlers.js';
import { createLockUnitOfWork } from './store/lock-store.js';

/** Wiring only: config → logger → db → bus → gRPC server → health. */
export async function startLedger(context: ServiceContext): Promise<RunningService> {
  const config = loadLedgerConfig(context.env);
  const logger = context.logger.child({ service: 'ledger' });
  const database = await context.openDatabase(LEDGER_SCHEMA);
  if (context.platform.MIGRATE_ON_START) await migrateToLatest(database, ledgerMigrations);

  const relay = new OutboxRelay({ database, bus: context.bus, logger });
  relay.start();
  const identity = createIdentityClient(config.IDENTITY_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const directory: AgentDirectory = {
    async find(did) {
      try {
        const agent = await identity.call<{ did: string; creator_developer_id: string }>('GetAgent', { did });
        return { did: agent.did, developerId: agent.creator_developer_id };
      } catch (err) {
        if (err instanceof DomainError && err.kind === 'not_found') return null;
        throw err;
      }
    },
  };
  const uow = createLedgerUnitOfWork(database, () => relay.notify());
  const ledger = new LedgerService(uow, directory, createLedgerAudit(database), {
    transferFee: parseAmount(config.TRANSFER_FEE_AMOUNT, 'TRANSFER_FEE_AMOUNT', { allowZero: true }),
    mintingEnabled: config.MINTING_ENABLED,
    genesisSupply: parseAmount(config.GENESIS_SUPPLY, 'GENESIS_SUPPLY', { allowZero: true }),
    idempotencyTtlSeconds: config.IDEMPOTENCY_TTL_SECONDS,
  });
  logger.info({ outcome: await ledger.mintGenesisSupply() }, 'genesis supply checked');
  const locks = new LockService(createLockUnitOfWork(database, () => relay.notify()), ledger);
  await locks.refreshParameters();
  // Another replica may change a parameter; pick it up within seconds.
  const parameterRefresh = setInterval(() => locks.refreshParameters().catch((err) => logger.warn({ err }, 'ledger parameters not refreshed')), 5000);
  parameterRefresh.unref();
  const funding = new FundingService(uow, ledger);
  const reputation = new ReputationService(uow, ledger);

  // Accounts open when identity says an agent exists.
  const subscription: Subscription = await context.bus.subscribe({
    durable: 'ledger-accounts',
    filter: 'agentvault.identity.>',
    handler: idempotentHandler(database, 'ledger-accounts', async (event, trx) => {
      if (event.type !== 'agent.created') return;
      const data = event.data as { agent_did: string; developer_id: string };
      await repositories(trx).accounts.openAgent(data.agent_did, data.developer_id);
    }),
  });

  const server = new grpc.Server();
  server.addService(serviceConstructor(LEDGER_PROTO, LEDGER_SERVICE).service, implement({ ...ledgerHandlers(ledger), ...fundingHandlers(funding), ...reputationHandlers(reputation), ...lockHandlers(locks) }, logger));
  const health = addGrpcHealth(server, [LEDGER_SERVICE]);
  const bindAddress = config.LEDGER_GRPC_BIND ?? config.LEDGER_GRPC_ADDR;
  const port = await bindServer(server, bindAddress);
  health.setAll(true);
  logger.info({ address: bindAddress, port, role: config.REGISTRY_ROLE, minting: config.MINTING_ENABLED }, 'ledger gRPC listening');

  return {
    name: 'ledger',
    readiness: [{ name: 'ledger-database', check: () => database.ping() }],
    async close() {
      health.setAll(false);
      clearInterval(parameterRefresh);
      await shutdownServer(server);
      await subscription.stop();
      await relay.flush().catch((err) => logger.warn({ err }, 'outbox not fully flushed at shutdown'));
      await relay.stop();
      identity.close();
      await database.close();
    },
  };
}
