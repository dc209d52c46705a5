import * as grpc from '@grpc/grpc-js';
import { migrateToLatest } from '@agentvault/db';
import { OutboxRelay } from '@agentvault/events';
import { bindServer, implement, shutdownServer, serviceConstructor } from '@agentvault/grpc';
import { addGrpcHealth } from '@agentvault/observability';
import type { RunningService, ServiceContext } from '@agentvault/runtime';
import { createIdentityClient } from '@agentvault/identity';
import { createLedgerClient } from '@agentvault/ledger';
import { loadFederationConfig } from './config.js';
import { CardService } from './domain/card-service.js';
import { PeerService } from './domain/peer-service.js';
import { federationHandlers } from './grpc/handlers.js';
import { FEDERATION_PROTO, FEDERATION_SERVICE } from './grpc/client.js';
import { federationMigrations, FEDERATION_SCHEMA } from '../migrations/index.js';
import { createUnitOfWork } from './store/federation-store.js';
import { PeerHttpTransport, systemResolver } from './transport/peer-http.js';
import { identityDirectory, ledgerFacts } from './directory.js';

/** Wiring only: config → db → card and peers → gRPC server → the sync schedule. */
export async function startFederation(context: ServiceContext): Promise<RunningService> {
  const config = loadFederationConfig(context.env);
  const logger = context.logger.child({ service: 'federation' });
  const database = await context.openDatabase(FEDERATION_SCHEMA);
  if (context.platform.MIGRATE_ON_START) await migrateToLatest(database, federationMigrations);

  const relay = new OutboxRelay({ database, bus: context.bus, logger });
  relay.start();
  const uow = createUnitOfWork(database, () => relay.notify());
  const identity = createIdentityClient(config.IDENTITY_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const ledger = createLedgerClient(config.LEDGER_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const baseUrl = config.PUBLIC_BASE_URL.replace(/\/+$/, '');
  const directory = identityDirectory(identity, baseUrl);

  const cards = new CardService(uow, {
    profile: {
      name: config.REGISTRY_NAME,
      publicBaseUrl: baseUrl,
      role: config.REGISTRY_ROLE,
      parentRegistryUrl: config.PARENT_REGISTRY_URL,
      mintingEnabled: config.MINTING_ENABLED,
      fiatOnrampEnabled: config.FIAT_ONRAMP_ENABLED,
      allowPrivatePeers: config.FEDERATION_ALLOW_PRIVATE_PEERS,
      pinnedVisual: config.FEDERATION_PINNED_VISUAL,
    },
    rotationGraceMs: config.FEDERATION_KEY_ROTATION_GRACE_SECONDS * 1000,
    countAgents: async () => (await directory.search({ activeOnly: true, limit: 1, offset: 0 })).total,
    ledger: ledgerFacts(ledger),
  });
  await cards.ensureSigningKey();
  const transport = new PeerHttpTransport({ allowPrivatePeers: config.FEDERATION_ALLOW_PRIVATE_PEERS, ownBaseUrl: baseUrl, signingKey: () => cards.signingKey() });
  const peers = new PeerService(uow, cards, transport, directory, systemResolver, {
    allowPrivatePeers: config.FEDERATION_ALLOW_PRIVATE_PEERS,
    cardMaxAgeMs: config.FEDERATION_CARD_MAX_AGE_SECONDS * 1000,
    peerDeadlineMs: config.FEDERATION_PEER_DEADLINE_MS,
    fetchTimeoutMs: config.FEDERATION_FETCH_TIMEOUT_MS,
  });

  const server = new grpc.Server();
  server.addService(serviceConstructor(FEDERATION_PROTO, FEDERATION_SERVICE).service, implement(federationHandlers(cards, peers), logger));
  const health = addGrpcHealth(server, [FEDERATION_SERVICE]);
  const bindAddress = config.FEDERATION_GRPC_BIND ?? config.FEDERATION_GRPC_ADDR;
  const port = await bindServer(server, bindAddress);
  health.setAll(true);
  logger.info({ address: bindAddress, port, registry: config.REGISTRY_NAME, publicBaseUrl: baseUrl }, 'federation gRPC listening');

  let syncing: Promise<unknown> | null = null;
  const timer =
    config.FEDERATION_SYNC_INTERVAL_MS > 0
      ? setInterval(() => {
          if (syncing) return;
          syncing = peers
            .syncAll()
            .catch((err) => logger.warn({ err }, 'peer sync failed'))
            .finally(() => (syncing = null));
        }, config.FEDERATION_SYNC_INTERVAL_MS)
      : null;
  timer?.unref();

  return {
    name: 'federation',
    readiness: [{ name: 'federation-database', check: () => database.ping() }],
    async close() {
      if (timer) clearInterval(timer);
      health.setAll(false);
      await shutdownServer(server);
      await syncing;
      transport.close();
      identity.close();
      ledger.close();
      await relay.flush().catch((err) => logger.warn({ err }, 'outbox not fully flushed at shutdown'));
      await relay.stop();
      await database.close();
    },
  };
}
