import * as grpc from '@grpc/grpc-js';
import { migrateToLatest } from '@agentvault/db';
import { OutboxRelay } from '@agentvault/events';
import { bindServer, implement, shutdownServer, serviceConstructor } from '@agentvault/grpc';
import { addGrpcHealth } from '@agentvault/observability';
import type { RunningService, ServiceContext } from '@agentvault/runtime';
import { createLedgerClient } from '@agentvault/ledger';
import { loadPaymentsConfig } from './config.js';
import { PaymentTokenService } from './domain/tokens.js';
import { ContractService } from './domain/contracts.js';
import { DisputeService } from './domain/disputes.js';
import { paymentsHandlers } from './grpc/handlers.js';
import { ledgerPort } from './grpc/ledger-adapter.js';
import { PAYMENTS_PROTO, PAYMENTS_SERVICE } from './grpc/client.js';
import { paymentsMigrations, PAYMENTS_SCHEMA } from '../migrations/index.js';
import { createPaymentsUnitOfWork } from './store/payments-store.js';

/** Wiring only: config → logger → db → ledger client → sweep → gRPC server → health. */
export async function startPayments(context: ServiceContext): Promise<RunningService> {
  const config = loadPaymentsConfig(context.env);
  const logger = context.logger.child({ service: 'payments' });
  const database = await context.openDatabase(PAYMENTS_SCHEMA);
  if (context.platform.MIGRATE_ON_START) await migrateToLatest(database, paymentsMigrations);

  const relay = new OutboxRelay({ database, bus: context.bus, logger });
  relay.start();
  const ledgerClient = createLedgerClient(config.LEDGER_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const ledger = ledgerPort(ledgerClient);
  const uow = createPaymentsUnitOfWork(database, () => relay.notify());
  const tokens = new PaymentTokenService(uow, ledger, { defaultTtlSeconds: config.PAYMENT_TOKEN_DEFAULT_TTL_SECONDS, maxTtlSeconds: config.PAYMENT_TOKEN_MAX_TTL_SECONDS });
  const contracts = new ContractService(uow, ledger);
  const disputes = new DisputeService(uow, ledger, contracts);

  // Expired tokens give their holds back; interrupted settlements and releases are finished.
  let sweeping: Promise<unknown> = Promise.resolve();
  const sweepTimer = setInterval(() => {
    sweeping = tokens.sweep().catch((err) => logger.warn({ err }, 'payment token sweep failed; retried on the next pass'));
  }, config.PAYMENTS_SWEEP_INTERVAL_MS);

  const server = new grpc.Server();
  server.addService(serviceConstructor(PAYMENTS_PROTO, PAYMENTS_SERVICE).service, implement(paymentsHandlers(tokens, contracts, disputes), logger));
  const health = addGrpcHealth(server, [PAYMENTS_SERVICE]);
  const bindAddress = config.PAYMENTS_GRPC_BIND ?? config.PAYMENTS_GRPC_ADDR;
  const port = await bindServer(server, bindAddress);
  health.setAll(true);
  logger.info({ address: bindAddress, port }, 'payments gRPC listening');

  return {
    name: 'payments',
    readiness: [{ name: 'payments-database', check: () => database.ping() }],
    async close() {
      health.setAll(false);
      clearInterval(sweepTimer);
      await shutdownServer(server);
      await sweeping;
      await relay.flush().catch((err) => logger.warn({ err }, 'outbox not fully flushed at shutdown'));
      await relay.stop();
      ledgerClient.close();
      await database.close();
    },
  };
}
