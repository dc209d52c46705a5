import * as grpc from '@grpc/grpc-js';
import { migrateToLatest } from '@agentvault/db';
import { OutboxRelay, type Subscription } from '@agentvault/events';
import { bindServer, implement, shutdownServer, serviceConstructor } from '@agentvault/grpc';
import { addGrpcHealth, counter, histogram } from '@agentvault/observability';
import type { RunningService, ServiceContext } from '@agentvault/runtime';
import { loadWebhooksConfig } from './config.js';
import { DeliveryWorker } from './domain/delivery-worker.js';
import { WebhookService, isRelevantEvent } from './domain/webhook-service.js';
import { webhooksHandlers } from './grpc/handlers.js';
import { WEBHOOKS_PROTO, WEBHOOKS_SERVICE } from './grpc/client.js';
import { webhooksMigrations } from '../migrations/index.js';
import { createSecretBox } from './store/secret-box.js';
import { createDeliveryQueue, createEventConsumer, createUnitOfWork, resealWebhookSecrets } from './store/webhooks-store.js';
import { isProduction, secretsKey } from '@agentvault/config';
import { HttpTransport, systemResolver } from './transport/http-transport.js';

export const WEBHOOKS_SCHEMA = 'webhooks';
/** The durable consumer that turns domain events into deliveries. */
export const WEBHOOKS_CONSUMER = 'webhooks-deliveries';

const attempts = counter('webhook_delivery_attempts_total', 'Webhook delivery attempts by outcome', ['event', 'outcome']);
const attemptDuration = histogram('webhook_delivery_attempt_seconds', 'Duration of webhook delivery attempts', ['outcome']);
const deliveryLag = histogram('webhook_delivery_lag_seconds', 'From the event to its successful delivery', ['event']);

/** Wiring only: config → logger → db → bus → worker → gRPC server → health. */
export async function startWebhooks(context: ServiceContext): Promise<RunningService> {
  const config = loadWebhooksConfig(context.env);
  const box = createSecretBox(
    secretsKey({ variable: 'WEBHOOK_SECRETS_KEY', value: config.WEBHOOK_SECRETS_KEY, production: isProduction(context.env), dataDir: context.platform.DATA_DIR }),
  );
  const logger = context.logger.child({ service: 'webhooks' });
  const database = await context.openDatabase(WEBHOOKS_SCHEMA);
  if (context.platform.MIGRATE_ON_START) await migrateToLatest(database, webhooksMigrations);

  const relay = new OutboxRelay({ database, bus: context.bus, logger });
  relay.start();
  const resealed = await resealWebhookSecrets(database, box);
  if (resealed > 0) logger.info({ resealed }, 'sealed webhook secrets stored before sealing was the default');
  let worker: DeliveryWorker | undefined;
  const hooks = { onDeliveries: () => worker?.notify(), onEvents: () => relay.notify() };
  const uow = createUnitOfWork(database, box, hooks);
  const service = new WebhookService(uow, systemResolver, {
    maxWebhooksPerDeveloper: config.WEBHOOK_MAX_PER_DEVELOPER,
    allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    resolveTimeoutMs: Math.min(config.WEBHOOK_TIMEOUT_MS, 5000),
  });

  const transport = new HttpTransport({ allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS });
  worker = new DeliveryWorker(
    createDeliveryQueue(database, box),
    uow,
    transport,
    {
      retryUnitMs: config.WEBHOOK_RETRY_UNIT_MS,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      leaseMs: config.WEBHOOK_TIMEOUT_MS + 5000,
      concurrency: config.WEBHOOK_CONCURRENCY,
      pollMs: config.WEBHOOK_POLL_MS,
      retentionMs: config.WEBHOOK_DELIVERY_RETENTION_DAYS * 24 * 3600_000,
    },
    logger,
    ({ delivery, result, outcome }) => {
      const ok = outcome === 'delivered';
      attempts.inc({ event: delivery.eventType, outcome: ok ? 'success' : 'failure' });
      attemptDuration.observe({ outcome: ok ? 'success' : 'failure' }, result.durationMs / 1000);
      if (ok && delivery.eventOccurredAt) deliveryLag.observe({ event: delivery.eventType }, (Date.now() - delivery.eventOccurredAt.getTime()) / 1000);
    },
  );
  worker.start();

  const subscription: Subscription = await context.bus.subscribe({
    durable: WEBHOOKS_CONSUMER,
    filter: 'agentvault.>',
    handler: createEventConsumer(database, WEBHOOKS_CONSUMER, box, hooks, (event, repos) => service.handleEvent(event, repos), (event) => isRelevantEvent(event.type)),
  });

  const server = new grpc.Server();
  server.addService(serviceConstructor(WEBHOOKS_PROTO, WEBHOOKS_SERVICE).service, implement(webhooksHandlers(service), logger));
  const health = addGrpcHealth(server, [WEBHOOKS_SERVICE]);
  const bindAddress = config.WEBHOOKS_GRPC_BIND ?? config.WEBHOOKS_GRPC_ADDR;
  const port = await bindServer(server, bindAddress);
  health.setAll(true);
  logger.info({ address: bindAddress, port, allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS }, 'webhooks gRPC listening');

  return {
    name: 'webhooks',
    readiness: [{ name: 'webhooks-database', check: () => database.ping() }],
    async close() {
      health.setAll(false);
      await shutdownServer(server);
      await subscription.stop();
      // Attempts in flight may finish; the rest go back to the schedule.
      await worker!.stop(Math.min(config.WEBHOOK_TIMEOUT_MS, 5000));
      transport.close();
      await relay.flush().catch((err) => logger.warn({ err }, 'outbox not fully flushed at shutdown'));
      await relay.stop();
      await database.close();
    },
  };
}
