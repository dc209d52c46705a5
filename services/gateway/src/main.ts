import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { createIdentityClient } from '@agentvault/identity';
import { createLedgerClient } from '@agentvault/ledger';
import { createWebhooksClient } from '@agentvault/webhooks';
import { createStakingClient } from '@agentvault/staking';
import { createGovernanceClient } from '@agentvault/governance';
import type { RunningService, ServiceContext } from '@agentvault/runtime';
import { loadGatewayConfig } from './config.js';
import { createGatewayApp } from './http/app.js';

/** Wiring only: config → clients → HTTP server. */
export async function startGateway(context: ServiceContext): Promise<RunningService & { port: number }> {
  const config = loadGatewayConfig(context.env);
  const logger = context.logger.child({ service: 'gateway' });
  const identity = createIdentityClient(config.IDENTITY_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const ledger = createLedgerClient(config.LEDGER_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const webhooks = createWebhooksClient(config.WEBHOOKS_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const staking = createStakingClient(config.STAKING_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const governance = createGovernanceClient(config.GOVERNANCE_GRPC_ADDR, { deadlineMs: config.GRPC_DEADLINE_MS });
  const redis = context.platform.REDIS_URL
    ? new Redis(context.platform.REDIS_URL, { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 })
    : undefined;
  // Redis trouble is survivable (limits fail open); log it instead of crashing.
  redis?.setMaxListeners(50);
  redis?.on('error', (err) => logger.warn({ err: err.message }, 'redis unavailable'));

  const readiness = [
    { name: 'identity', check: async () => void (await identity.call('GetJwks', {}, { deadlineMs: 1000 })) },
    { name: 'ledger', check: async () => void (await ledger.call('GetFeeConfig', {}, { deadlineMs: 1000 })) },
    { name: 'webhooks', check: async () => void (await webhooks.call('ListEventTypes', {}, { deadlineMs: 1000 })) },
    { name: 'governance', check: async () => void (await governance.call('ListPolicies', {}, { deadlineMs: 1000 })) },
    { name: 'staking', check: async () => void (await staking.call('GetSummary', {}, { deadlineMs: 1000 })) },
    ...context.sharedReadiness,
  ];
  const app = createGatewayApp({ config, logger, identity, ledger, webhooks, staking, governance, redis, redisKeyPrefix: context.platform.REDIS_KEY_PREFIX, readiness });
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, 'gateway listening');

  return {
    name: 'gateway',
    port,
    readiness: [],
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      });
      identity.close();
      ledger.close();
      webhooks.close();
      staking.close();
      governance.close();
      redis?.disconnect();
    },
  };
}
