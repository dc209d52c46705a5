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
import { holdHandlers } from './grpc/hold-handlers.js';
import { HoldService } from './domain/holds.js';
import { createHoldUnitOfWork } from './store/hold-store.js';
import { LEDGER_PROTO, LEDGER_SERVICE } from './grpc/client.js';
import { ledgerMigrations, LEDGER_SCHEMA } from '../migrations/index.js';
import { createLedgerAudit, createLedgerUnitOfWork, repositories } from './store/ledger-store.js';

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
  const funding = new FundingService(uow, ledger);
  const reputation = new ReputationService(uow, ledger);
  const holds = new HoldService(createHoldUnitOfWork(database, () => relay.notify()), ledger);
  // Holds past their expiry go back to their payers, whoever placed them.
  let expiring: Promise<unknown> = Promise.resolve();
  const expiryTimer = setInterval(() => {
    expiring = holds.expireDue().catch((err) => logger.warn({ err }, 'hold expiry pass failed; retried on the next pass'));
  }, config.HOLD_EXPIRY_SWEEP_MS);

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
  server.addService(serviceConstructor(LEDGER_PROTO, LEDGER_SERVICE).service, implement({ ...ledgerHandlers(ledger), ...fundingHandlers(funding), ...reputationHandlers(reputation), ...holdHandlers(holds) }, logger));
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
      clearInterval(expiryTimer);
      await shutdownServer(server);
      await expiring;
      await subscription.stop();
      await relay.flush().catch((err) => logger.warn({ err }, 'outbox not fully flushed at shutdown'));
      await relay.stop();
      identity.close();
      await database.close();
    },
  };
}
