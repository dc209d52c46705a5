import { defineService } from '@agentvault/runtime';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { paymentsContract } from '@agentvault/contracts/payments';
import { paymentsEvents } from '@agentvault/contracts/payments-events';
import { loadPaymentsConfig } from './config.js';
import { PaymentTokenService } from './domain/tokens.js';
import { ContractService } from './domain/contracts.js';
import { DisputeService } from './domain/disputes.js';
import { X402Facilitator } from './domain/x402.js';
import { paymentsHandlers } from './grpc/handlers.js';
import { ledgerPort } from './grpc/ledger-adapter.js';
import { paymentsMigrations, PAYMENTS_SCHEMA } from '../migrations/index.js';
import { createUnitOfWork } from './store/payments-store.js';

/** A2A payment tokens, escrowed contracts, disputes and rulings; every movement a ledger hold. */
export const paymentsModule = defineService({
  name: 'payments',
  contract: paymentsContract,
  events: paymentsEvents,
  schema: { name: PAYMENTS_SCHEMA, migrations: paymentsMigrations },
  config: loadPaymentsConfig,
  calls: { ledger: ledgerContract },
  async start({ config, logger, database, outbox, clients }) {
    const ledger = ledgerPort(clients.ledger);
    const uow = createUnitOfWork(database, () => outbox.notify());
    const tokens = new PaymentTokenService(uow, ledger, { defaultTtlSeconds: config.PAYMENT_TOKEN_DEFAULT_TTL_SECONDS, maxTtlSeconds: config.PAYMENT_TOKEN_MAX_TTL_SECONDS });
    const contracts = new ContractService(uow, ledger);
    const disputes = new DisputeService(uow, ledger, contracts);

    // Expired tokens give their holds back; interrupted settlements and releases are finished.
    let sweepTimer: NodeJS.Timeout | undefined;
    let sweeping: Promise<unknown> = Promise.resolve();
    const sweep = async () => {
      await tokens.sweep();
      await contracts.sweepPending(config.CONTRACT_PENDING_GRACE_MS);
    };

    return {
      handlers: paymentsHandlers(tokens, contracts, disputes, new X402Facilitator(uow, tokens)),
      workers: [
        {
          name: 'sweep',
          start: () => {
            sweepTimer = setInterval(() => {
              sweeping = sweep().catch((err) => logger.warn({ err }, 'payments sweep failed; retried on the next pass'));
            }, config.PAYMENTS_SWEEP_INTERVAL_MS);
          },
          stop: async () => {
            clearInterval(sweepTimer);
            await sweeping;
          },
        },
      ],
    };
  },
});
