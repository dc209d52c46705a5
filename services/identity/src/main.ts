import * as grpc from '@grpc/grpc-js';
import { migrateToLatest } from '@agentvault/db';
import { OutboxRelay, idempotentHandler } from '@agentvault/events';
import { bindServer, implement, shutdownServer, serviceConstructor } from '@agentvault/grpc';
import { addGrpcHealth } from '@agentvault/observability';
import type { RunningService, ServiceContext } from '@agentvault/runtime';
import { loadIdentityConfig } from './config.js';
import { IdentityService } from './domain/identity-service.js';
import { identityHandlers } from './grpc/handlers.js';
import { IDENTITY_PROTO, IDENTITY_SERVICE } from './grpc/client.js';
import { identityMigrations } from '../migrations/index.js';
import { createSigningKeyStore, createUnitOfWork, repositories, resealTotpSecrets } from './store/identity-store.js';
import { createSecretBox, isProduction, secretsKey } from '@agentvault/config';
import { agentStatusConsumer, AGENT_STATUS_EVENTS } from './consumers/agent-status.js';

export const IDENTITY_SCHEMA = 'identity';

/** Wiring only: config → logger → db → bus → gRPC server → health. */
export async function startIdentity(context: ServiceContext): Promise<RunningService> {
  const config = loadIdentityConfig(context.env);
  const box = createSecretBox(
    secretsKey({ variable: 'TOTP_SECRETS_KEY', value: config.TOTP_SECRETS_KEY, production: isProduction(context.env), dataDir: context.platform.DATA_DIR }),
  );
  const logger = context.logger.child({ service: 'identity' });
  const database = await context.openDatabase(IDENTITY_SCHEMA);
  if (context.platform.MIGRATE_ON_START) await migrateToLatest(database, identityMigrations);

  const relay = new OutboxRelay({ database, bus: context.bus, logger });
  relay.start();
  const resealed = await resealTotpSecrets(database, box);
  if (resealed > 0) logger.info({ resealed }, 'sealed TOTP secrets stored before sealing was the default');
  const service = new IdentityService(createUnitOfWork(database, () => relay.notify(), box), createSigningKeyStore(database), {
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    recoveryTokenTtlSeconds: config.RECOVERY_TOKEN_TTL_SECONDS,
    bootstrapTokenTtlSeconds: config.BOOTSTRAP_TOKEN_TTL_SECONDS,
    totpIssuer: config.TOTP_ISSUER,
  });
  if (config.BOOTSTRAP_ADMIN_EMAIL && config.BOOTSTRAP_ADMIN_PASSWORD) {
    const outcome = await service.ensureAdmin(config.BOOTSTRAP_ADMIN_EMAIL, config.BOOTSTRAP_ADMIN_PASSWORD);
    logger.info({ outcome }, 'bootstrap admin checked');
  }
  await service.jwks(); // make sure a signing key exists before the first request

  // Only the ledger's agent.* events: transfers (most of its traffic) never reach us.
  const mirrorStatus = idempotentHandler(database, 'identity-agent-status', agentStatusConsumer((trx) => repositories(trx)));
  const agentStatus = await context.bus.subscribe({
    durable: 'identity-agent-status',
    filter: 'agentvault.ledger.agent.>',
    handler: (event) => (AGENT_STATUS_EVENTS.has(event.type) ? mirrorStatus(event) : Promise.resolve()),
  });

  const server = new grpc.Server();
  server.addService(serviceConstructor(IDENTITY_PROTO, IDENTITY_SERVICE).service, implement(identityHandlers(service), logger));
  const health = addGrpcHealth(server, [IDENTITY_SERVICE]);
  const bindAddress = config.IDENTITY_GRPC_BIND ?? config.IDENTITY_GRPC_ADDR;
  const port = await bindServer(server, bindAddress);
  health.setAll(true);
  logger.info({ address: bindAddress, port }, 'identity gRPC listening');

  return {
    name: 'identity',
    readiness: [{ name: 'identity-database', check: () => database.ping() }],
    async close() {
      health.setAll(false);
      await shutdownServer(server);
      await agentStatus.stop();
      // Publish what committed before we stop; anything left stays in the outbox for next time.
      await relay.flush().catch((err) => logger.warn({ err }, 'outbox not fully flushed at shutdown'));
      await relay.stop();
      await database.close();
    },
  };
}
