import * as grpc from '@grpc/grpc-js';
import { migrateToLatest } from '@agentvault/db';
import { OutboxRelay } from '@agentvault/events';
import { bindServer, implement, shutdownServer, serviceConstructor } from '@agentvault/grpc';
import { addGrpcHealth } from '@agentvault/observability';
import type { RunningService, ServiceContext } from '@agentvault/runtime';
import { createIdentityClient } from '@agentvault/identity';
import { createLedgerClient } from '@agentvault/ledger';
import { DomainError } from '@agentvault/errors';
import { loadFiatConfig, type FiatConfig } from './config.js';
import { FiatService, type FiatSurface } from './domain/fiat-service.js';
import { formatAvt, parseAvt } from './domain/money.js';
import type { Directory, PledgeLedger } from './domain/ports.js';
import { fiatHandlers } from './grpc/handlers.js';
import { FIAT_PROTO, FIAT_SERVICE } from './grpc/client.js';
import { createParentRegistry } from './parent-registry.js';
import { StripeProvider } from './provider/stripe.js';
import { createFiatUnitOfWork } from './store/fiat-store.js';
import { fiatMigrations, FIAT_SCHEMA } from '../migrations/index.js';

/** What this registry's fiat surface is, from its settings (already checked for contradictions). */
export function fiatSurface(config: FiatConfig): FiatSurface {
  if (config.REGISTRY_ROLE === 'satellite') {
    return {
      kind: 'satellite',
      reason: 'This registry is a satellite: it cannot mint AVT and takes no fiat. Pledge on its mainframe, or through POST /api/v1/fiat/proxy/checkout-session',
      parent: config.PARENT_REGISTRY_URL ? createParentRegistry(config.PARENT_REGISTRY_URL, config.FIAT_PROXY_TIMEOUT_MS, config.PUBLIC_BASE_URL) : null,
      noParentReason: 'This satellite has no PARENT_REGISTRY_URL to forward pledges to',
    };
  }
  if (!config.FIAT_GENESIS_REGISTRY) return { kind: 'off', reason: 'This registry takes no fiat: it is not a genesis registry (FIAT_GENESIS_REGISTRY is not true)' };
  if (!config.FIAT_ONRAMP_ENABLED) return { kind: 'off', reason: 'The fiat on-ramp is switched off on this registry (FIAT_ONRAMP_ENABLED is not true)' };
  return { kind: 'onramp' };
}

/** Wiring only: config → db → ledger, identity and Stripe clients → gRPC server → health. */
export async function startFiat(context: ServiceContext): Promise<RunningService> {
  const config = loadFiatConfig(context.env);
  const logger = context.logger.child({ service: 'fiat' });
  const database = await context.openDatabase(FIAT_SCHEMA);
  if (context.platform.MIGRATE_ON_START) await migrateToLatest(database, fiatMigrations);

  const relay = new OutboxRelay({ database, bus: context.bus, logger });
  relay.start();
  const ledgerClient = createLedgerClient(config.LEDGER_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const identity = createIdentityClient(config.IDENTITY_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });

  const ledger: PledgeLedger = {
    async credit(pledgeId, agentDid, amount, reason) {
      const r = await ledgerClient.call<{ transaction: { transaction_id: string } }>('CreditPledge', { pledge_id: pledgeId, agent_did: agentDid ?? '', amount: formatAvt(amount), reason });
      return { transactionId: r.transaction.transaction_id };
    },
    async claim(pledgeId, agentDid, amount) {
      const r = await ledgerClient.call<{ transaction: { transaction_id: string } }>('ClaimPledge', { pledge_id: pledgeId, agent_did: agentDid, amount: formatAvt(amount) });
      return { transactionId: r.transaction.transaction_id };
    },
    async reverse(pledgeId, agentDid, amount, step) {
      const r = await ledgerClient.call<{ transaction: { transaction_id: string }; taken: string; shortfall: string }>('ReversePledge', {
        pledge_id: pledgeId, agent_did: agentDid ?? '', amount: formatAvt(amount), step,
      });
      return { transactionId: r.transaction.transaction_id, taken: parseAvt(r.taken), shortfall: parseAvt(r.shortfall) };
    },
  };
  const directory: Directory = {
    async agentOwner(did) {
      try {
        return (await identity.call<{ creator_developer_id: string }>('GetAgent', { did })).creator_developer_id;
      } catch (err) {
        if (err instanceof DomainError && err.kind === 'not_found') return null;
        throw err;
      }
    },
    async developerEmail(developerId) {
      try {
        return (await identity.call<{ email: string }>('GetDeveloper', { developer_id: developerId })).email || null;
      } catch (err) {
        if (err instanceof DomainError && err.kind === 'not_found') return null;
        throw err;
      }
    },
  };

  const surface = fiatSurface(config);
  const provider = surface.kind === 'onramp'
    ? new StripeProvider({
      apiKey: config.STRIPE_API_KEY!, webhookSecret: config.STRIPE_WEBHOOK_SECRET!, apiBase: config.STRIPE_API_BASE,
      timeoutMs: config.STRIPE_TIMEOUT_MS, toleranceSeconds: config.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
    })
    : null;
  const backerPage = new URL('/become-a-backer', config.PUBLIC_BASE_URL).toString();
  const fiat = new FiatService(createFiatUnitOfWork(database, () => relay.notify()), surface, {
    tiers: config.tierTable,
    successUrl: `${backerPage}?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${backerPage}?cancelled=1`,
    returnOrigins: config.returnOrigins,
  }, provider, ledger, directory);

  const server = new grpc.Server();
  server.addService(serviceConstructor(FIAT_PROTO, FIAT_SERVICE).service, implement(fiatHandlers(fiat, config.tierTable), logger));
  const health = addGrpcHealth(server, [FIAT_SERVICE]);
  const bindAddress = config.FIAT_GRPC_BIND ?? config.FIAT_GRPC_ADDR;
  const port = await bindServer(server, bindAddress);
  health.setAll(true);
  logger.info({ address: bindAddress, port, surface: surface.kind }, 'fiat gRPC listening');

  return {
    name: 'fiat',
    readiness: [{ name: 'fiat-database', check: () => database.ping() }],
    async close() {
      health.setAll(false);
      await shutdownServer(server);
      await relay.flush().catch((err) => logger.warn({ err }, 'outbox not fully flushed at shutdown'));
      await relay.stop();
      ledgerClient.close();
      identity.close();
      await database.close();
    },
  };
}
