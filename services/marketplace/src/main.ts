import { defineService } from '@agentvault/runtime';
import { createSecretBox, isProduction, secretsKey } from '@agentvault/config';
import { identityContract } from '@agentvault/contracts/identity';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { marketplaceContract } from '@agentvault/contracts/marketplace';
import { marketplaceEvents } from '@agentvault/contracts/marketplace-events';
import { loadMarketplaceConfig } from './config.js';
import { ListingService } from './domain/listings.js';
import { ProxyService } from './domain/proxy.js';
import { SettlementService } from './domain/settlements.js';
import { agentDirectory, ledgerPort } from './grpc/adapters.js';
import { marketplaceHandlers } from './grpc/handlers.js';
import { invocationPart } from './invocation-part.js';
import { createUnitOfWork } from './store/marketplace-store.js';
import { ReputationService } from './domain/reputation.js';
import { AnalyticsService } from './domain/analytics.js';
import { SettlementScheduler } from './domain/settlement-schedule.js';
import { marketplaceViewHandlers } from './grpc/views-handlers.js';
import { createViewsStore } from './store/views-store.js';
import { HttpForwarder } from './transport/http-forwarder.js';
import { marketplaceMigrations, MARKETPLACE_SCHEMA } from '../migrations/index.js';

/** A payment still processing after this long was interrupted: the recovery pass finishes it. */
const SETTLEMENT_RESUME_AFTER_MS = 60_000;

/** Service listings, discovery, the paying proxy, usage and settlements; every movement a ledger hold. */
export const marketplaceModule = defineService({
  name: 'marketplace',
  contract: marketplaceContract,
  events: marketplaceEvents,
  schema: { name: MARKETPLACE_SCHEMA, migrations: marketplaceMigrations },
  config: loadMarketplaceConfig,
  calls: { identity: identityContract, ledger: ledgerContract },
  async start({ config, logger, platform, env, database, outbox, clients }) {
    const uow = createUnitOfWork(database, () => outbox.notify());
    const agents = agentDirectory(clients.identity);
    const ledger = ledgerPort(clients.ledger);
    const forwarder = new HttpForwarder({ allowPrivateEndpoints: config.MARKETPLACE_ALLOW_PRIVATE_ENDPOINTS, maxResponseBytes: config.MARKETPLACE_MAX_RESPONSE_BYTES });
    const listings = new ListingService(uow, agents, forwarder);
    const proxy = new ProxyService(uow, agents, ledger, forwarder, { timeoutMs: config.MARKETPLACE_PROXY_TIMEOUT_MS, commissionBps: config.MARKETPLACE_COMMISSION_BPS });
    const settlements = new SettlementService(uow, ledger, agents);
    const views = createViewsStore(database.db);
    const reputation = new ReputationService(uow, views, agents);
    const analytics = new AnalyticsService(uow, views, agents, forwarder, { commissionBps: config.MARKETPLACE_COMMISSION_BPS, proxyTimeoutMs: config.MARKETPLACE_PROXY_TIMEOUT_MS });
    const scheduler = new SettlementScheduler(settlements, views, { periodMs: config.MARKETPLACE_SETTLEMENT_PERIOD_MS, graceMs: config.MARKETPLACE_SETTLEMENT_GRACE_MS });
    // A call still in flight after its deadline, two ledger round trips and a margin was cut off by a crash.
    const staleAfterMs = config.MARKETPLACE_STALE_CALL_MS ?? config.MARKETPLACE_PROXY_TIMEOUT_MS + 2 * platform.GRPC_DEADLINE_MS + 1000;
    const box = createSecretBox(secretsKey({ variable: 'MARKETPLACE_SECRETS_KEY', value: config.MARKETPLACE_SECRETS_KEY, production: isProduction(env), dataDir: platform.DATA_DIR }));
    const invocation = invocationPart({ config, platform, logger, database, box, agents, ledger, forwarder, onOutboxCommit: () => outbox.notify() });
    logger.info({ allowPrivateEndpoints: config.MARKETPLACE_ALLOW_PRIVATE_ENDPOINTS, commissionBps: config.MARKETPLACE_COMMISSION_BPS }, 'marketplace configured');

    let timer: NodeJS.Timeout | undefined;
    let recovering: Promise<unknown> | undefined;
    let settling: NodeJS.Timeout | undefined;
    let settlingPass: Promise<unknown> | undefined;
    return {
      handlers: {
        ...marketplaceHandlers(listings, proxy, settlements),
        ...marketplaceViewHandlers({ listings, reputation, analytics, scheduler, commissionBps: config.MARKETPLACE_COMMISSION_BPS }),
        ...invocation.handlers,
      },
      workers: [
        invocation.worker,
        {
          name: 'recovery',
          start: () => {
            timer = setInterval(() => {
              if (recovering) return; // one pass at a time
              recovering = proxy
                .recover(staleAfterMs)
                .then(() => settlements.resumeInterrupted(SETTLEMENT_RESUME_AFTER_MS))
                .catch((err) => logger.warn({ err }, 'marketplace recovery pass failed; retried on the next one'))
                .finally(() => (recovering = undefined));
            }, config.MARKETPLACE_RECOVERY_INTERVAL_MS);
          },
          stop: async () => {
            clearInterval(timer);
            await recovering;
          },
        },
        {
          name: 'settlements',
          start: () => {
            if (config.MARKETPLACE_SETTLEMENT_INTERVAL_MS === 0) return;
            settling = setInterval(() => {
              if (settlingPass) return;
              settlingPass = scheduler
                .run()
                .then((paid) => paid.length > 0 && logger.info({ settlements: paid.length }, 'scheduled settlements paid'))
                .catch((err) => logger.warn({ err }, 'settlement pass failed; retried on the next one'))
                .finally(() => (settlingPass = undefined));
            }, config.MARKETPLACE_SETTLEMENT_INTERVAL_MS);
          },
          stop: async () => {
            clearInterval(settling);
            await settlingPass;
          },
        },
      ],
      close: async () => forwarder.close(),
    };
  },
});
