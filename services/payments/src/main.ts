import { defineService } from '@agentvault/runtime';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { federationContract } from '@agentvault/contracts/federation';
import { crossRegistryPayments } from './grpc/cross-registry-adapter.js';
import { RemoteSlashes } from './domain/cross-registry-slash.js';
import { federationSlashChannel } from './grpc/federation-adapter.js';
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
import { createUnitOfWork, repositories } from './store/payments-store.js';
import { AuditorService } from './domain/auditor.js';
import { AvtpService } from './domain/avtp.js';
import { AttestationService } from './domain/attestations.js';
import { auditHandlers } from './grpc/audit-handlers.js';
import { jwsVerifier } from './verifiers/jws.js';
import { groth16Verifier } from './verifiers/groth16.js';
import { storePolicyDirectory } from './store/policy-directory.js';
import { velocityConsumer, VELOCITY_CONSUMER } from './consumers/velocity.js';
import { refundShortfallConsumer, REFUND_SHORTFALL_CONSUMER } from './consumers/refund-shortfall.js';
import type { PaymentsDatabase } from './store/schema.js';

/** A2A payment tokens, escrowed contracts, disputes and rulings; every movement a ledger hold. */
export const paymentsModule = defineService({
  name: 'payments',
  contract: paymentsContract,
  events: paymentsEvents,
  schema: { name: PAYMENTS_SCHEMA, migrations: paymentsMigrations },
  config: loadPaymentsConfig,
  calls: { ledger: ledgerContract, federation: federationContract },
  async start({ config, logger, database, outbox, clients, idempotent, idempotentMany }) {
    const ledger = ledgerPort(clients.ledger);
    const uow = createUnitOfWork(database, () => outbox.notify());
    const tokens = new PaymentTokenService(uow, ledger, {
      defaultTtlSeconds: config.PAYMENT_TOKEN_DEFAULT_TTL_SECONDS, maxTtlSeconds: config.PAYMENT_TOKEN_MAX_TTL_SECONDS, crossRegistry: crossRegistryPayments(clients.federation),
    });
    const contracts = new ContractService(uow, ledger);
    const remoteSlashes = new RemoteSlashes(uow, federationSlashChannel(clients.federation));
    const disputes = new DisputeService(uow, ledger, contracts, undefined, remoteSlashes);
    const auditor = new AuditorService(uow, { maxTransfers: config.AUDITOR_VELOCITY_MAX_TRANSFERS, windowSeconds: config.AUDITOR_VELOCITY_WINDOW_SECONDS });
    await auditor.seedRules();
    const avtp = new AvtpService(uow, ledger);
    const attestations = new AttestationService(uow, storePolicyDirectory(uow), { jws: jwsVerifier, groth16: groth16Verifier }, ledger);
    const velocity = velocityConsumer(auditor, (trx) => repositories(trx, () => outbox.notify()));
    const onTransfer = idempotent<PaymentsDatabase>(VELOCITY_CONSUMER, (event, trx) => velocity([event], trx));
    // Every completed transfer comes here: under load, the waiting ones share a transaction and its reads.
    const onTransfers = idempotentMany<PaymentsDatabase>(VELOCITY_CONSUMER, velocity);
    const onRefundShortfall = idempotent<PaymentsDatabase>(REFUND_SHORTFALL_CONSUMER, refundShortfallConsumer(auditor, (trx) => repositories(trx, () => outbox.notify())));

    // Expired tokens give their holds back; interrupted settlements and releases are finished.
    let sweepTimer: NodeJS.Timeout | undefined;
    let sweeping: Promise<unknown> = Promise.resolve();
    const sweep = async () => {
      await tokens.sweep();
      await contracts.sweepPending(config.CONTRACT_PENDING_GRACE_MS);
      await attestations.sweep();
      // Rulings against agents of other registries, until each registry has answered.
      await remoteSlashes.retryPending();
    };

    return {
      handlers: { ...paymentsHandlers(tokens, contracts, disputes, new X402Facilitator(uow, tokens)), ...auditHandlers(auditor, avtp, attestations) },
      consumers: [
        // Only completed transfers: the velocity rule counts them per sender.
        { durable: VELOCITY_CONSUMER, filter: 'agentvault.ledger.transaction.completed', handler: onTransfer, batchHandler: onTransfers, maxBatch: 200 },
        // A fiat refund that could not take everything back becomes an auditor flag.
        { durable: REFUND_SHORTFALL_CONSUMER, filter: 'agentvault.fiat.fiat.refund_shortfall', handler: onRefundShortfall },
      ],
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
