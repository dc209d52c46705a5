import { defineService } from '@agentvault/runtime';
import { identityContract } from '@agentvault/contracts/identity';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { ledgerEvents } from '@agentvault/contracts/ledger-events';
import { DomainError } from '@agentvault/errors';
import { loadLedgerConfig } from './config.js';
import { parseAmount } from './domain/amount.js';
import { LedgerService } from './domain/ledger-service.js';
import type { AgentDirectory } from './domain/ports.js';
import { FundingService } from './domain/funding.js';
import { ReputationService } from './domain/reputation.js';
import { PledgeService } from './domain/pledges.js';
import { ledgerHandlers } from './grpc/handlers.js';
import { HoldService } from './domain/holds.js';
import { createHoldUnitOfWork } from './store/hold-store.js';
import { ledgerMigrations, LEDGER_SCHEMA } from '../migrations/index.js';
import type { LedgerDatabase } from './store/schema.js';
import { createLedgerAudit, createUnitOfWork } from './store/ledger-store.js';
import { LockService } from './domain/locks.js';
import { createLockUnitOfWork } from './store/lock-store.js';
import { AGENT_ACCOUNTS_CONSUMER, openAgentAccount } from './consumers/agent-accounts.js';
import { createChainStore } from './store/chain-store.js';
import { ChainWriter } from './domain/chain-writer.js';
import { BridgeService } from './domain/bridge.js';
import { createBridgeUnitOfWork } from './store/bridge-store.js';

/** The TEG: accounts, the append-only event store, balances, transfers, funding, reputation. */
export const ledgerModule = defineService({
  name: 'ledger',
  contract: ledgerContract,
  events: ledgerEvents,
  schema: { name: LEDGER_SCHEMA, migrations: ledgerMigrations },
  config: loadLedgerConfig,
  calls: { identity: identityContract },
  async start({ config, logger, database, outbox, clients, idempotent }) {
    const directory: AgentDirectory = {
      async find(did) {
        try {
          const agent = await clients.identity.call('GetAgent', { did });
          return { did: agent.did, developerId: agent.creator_developer_id };
        } catch (err) {
          if (err instanceof DomainError && err.kind === 'not_found') return null;
          throw err;
        }
      },
    };
    // Every movement appends to the outbox, so a commit that did also wakes the chain writer.
    const chain = new ChainWriter(createChainStore(database), { pollMs: config.LEDGER_CHAIN_POLL_MS, lingerMs: config.LEDGER_CHAIN_LINGER_MS, onError: (err) => logger.warn({ err }, 'hash chain pass failed') });
    const uow = createUnitOfWork(database, () => {
      outbox.notify();
      chain.notify();
    });
    const ledger = new LedgerService(uow, directory, createLedgerAudit(database), {
      transferFee: parseAmount(config.TRANSFER_FEE_AMOUNT, 'TRANSFER_FEE_AMOUNT', { allowZero: true }),
      mintingEnabled: config.MINTING_ENABLED,
      genesisSupply: parseAmount(config.GENESIS_SUPPLY, 'GENESIS_SUPPLY', { allowZero: true }),
      idempotencyTtlSeconds: config.IDEMPOTENCY_TTL_SECONDS,
    });
    logger.info({ outcome: await ledger.mintGenesisSupply(), role: config.REGISTRY_ROLE, minting: config.MINTING_ENABLED }, 'genesis supply checked');
    const funding = new FundingService(uow, ledger);
    const reputation = new ReputationService(uow, ledger);
    const pledges = new PledgeService(uow, ledger);
    const holds = new HoldService(createHoldUnitOfWork(database, () => {
      outbox.notify();
      chain.notify();
    }), ledger);
    const locks = new LockService(createLockUnitOfWork(database, () => {
      outbox.notify();
      chain.notify();
    }), ledger);
    const bridge = new BridgeService(createBridgeUnitOfWork(database, () => {
      outbox.notify();
      chain.notify();
    }), ledger);
    await locks.refreshParameters();
    // Holds past their expiry go back to their payers, whoever placed them.
    let expiryTimer: NodeJS.Timeout | undefined;
    let expiring: Promise<unknown> = Promise.resolve();
    let parameterRefresh: NodeJS.Timeout | undefined;

    return {
      handlers: ledgerHandlers(ledger, funding, reputation, holds, pledges, locks, chain, bridge),
      consumers: [
        { durable: AGENT_ACCOUNTS_CONSUMER, filter: 'agentvault.identity.>', handler: idempotent<LedgerDatabase>(AGENT_ACCOUNTS_CONSUMER, openAgentAccount) },
      ],
      workers: [
        { name: 'hash-chain', start: () => chain.start(), stop: () => chain.stop() },
        {
          name: 'hold-expiry',
          start: () => {
            expiryTimer = setInterval(() => {
              expiring = holds.expireDue().catch((err) => logger.warn({ err }, 'hold expiry pass failed; retried on the next pass'));
            }, config.HOLD_EXPIRY_SWEEP_MS);
          },
          stop: async () => {
            clearInterval(expiryTimer);
            await expiring;
          },
        },
        {
          // Another replica may change a parameter (a passed proposal); pick it up within seconds.
          name: 'parameter-refresh',
          start: () => {
            parameterRefresh = setInterval(() => locks.refreshParameters().catch((err) => logger.warn({ err }, 'ledger parameters not refreshed')), 5000);
            parameterRefresh.unref();
          },
          stop: async () => clearInterval(parameterRefresh),
        },
      ],
    };
  },
});
