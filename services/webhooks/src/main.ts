import { defineService } from '@agentvault/runtime';
import { webhooksContract } from '@agentvault/contracts/webhooks';
import { webhooksEvents } from '@agentvault/contracts/webhooks-events';
import { counter, histogram } from '@agentvault/observability';
import { loadWebhooksConfig } from './config.js';
import { EventCatalogue } from './domain/catalogue.js';
import { DeliveryWorker } from './domain/delivery-worker.js';
import { WebhookService } from './domain/webhook-service.js';
import { webhooksHandlers } from './grpc/handlers.js';
import { webhooksMigrations, WEBHOOKS_SCHEMA } from '../migrations/index.js';
import { createSecretBox } from './store/secret-box.js';
import { createDeliveryQueue, createEventConsumer, createUnitOfWork, resealWebhookSecrets } from './store/webhooks-store.js';
import { isProduction, secretsKey } from '@agentvault/config';
import { HttpTransport, systemResolver } from './transport/http-transport.js';

/** The durable consumer that turns domain events into deliveries. */
export const WEBHOOKS_CONSUMER = 'webhooks-deliveries';

const attempts = counter('webhook_delivery_attempts_total', 'Webhook delivery attempts by outcome', ['event', 'outcome']);
const attemptDuration = histogram('webhook_delivery_attempt_seconds', 'Duration of webhook delivery attempts', ['outcome']);
const deliveryLag = histogram('webhook_delivery_lag_seconds', 'From the event to its successful delivery', ['event']);

/** Developers' webhook subscriptions, signed delivery, retries and delivery history. */
export const webhooksModule = defineService({
  name: 'webhooks',
  contract: webhooksContract,
  events: webhooksEvents,
  schema: { name: WEBHOOKS_SCHEMA, migrations: webhooksMigrations },
  config: loadWebhooksConfig,
  async start({ config, logger, platform, env, database, outbox, catalogue }) {
    // Signing secrets are sealed at rest: a required key in production, one kept in DATA_DIR elsewhere.
    const box = createSecretBox(
      secretsKey({ variable: 'WEBHOOK_SECRETS_KEY', value: config.WEBHOOK_SECRETS_KEY, production: isProduction(env), dataDir: platform.DATA_DIR }),
    );
    const resealed = await resealWebhookSecrets(database, box);
    if (resealed > 0) logger.info({ resealed }, 'sealed webhook secrets stored before sealing was the default');
    let worker: DeliveryWorker | undefined;
    const hooks = { onDeliveries: () => worker?.notify(), onOutboxCommit: () => outbox.notify() };
    const uow = createUnitOfWork(database, box, hooks);
    const service = new WebhookService(uow, systemResolver, {
      maxWebhooksPerDeveloper: config.WEBHOOK_MAX_PER_DEVELOPER,
      allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS,
      resolveTimeoutMs: Math.min(config.WEBHOOK_TIMEOUT_MS, 5000),
      catalogue: new EventCatalogue(catalogue),
    });

    const transport = new HttpTransport({ allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS });
    const deliveries = new DeliveryWorker(
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
    worker = deliveries;
    logger.info({ allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS, eventTypes: catalogue.length }, 'webhooks configured');

    const onEvents = createEventConsumer(database, WEBHOOKS_CONSUMER, box, hooks, (events, repos) => service.planDeliveries(events, repos), {
      relevant: (event) => service.isRelevantEvent(event.type),
      writesWhilePlanning: (event) => service.writesWhilePlanning(event.type),
    });
    return {
      handlers: webhooksHandlers(service),
      consumers: [
        {
          durable: WEBHOOKS_CONSUMER,
          filter: 'agentvault.>',
          handler: (event) => onEvents([event]),
          // Under load, the events that queue up while one transaction runs share the next one.
          batchHandler: onEvents,
          maxBatch: 200,
        },
      ],
      workers: [
        {
          name: 'deliveries',
          start: () => deliveries.start(),
          // Attempts in flight may finish; the rest go back to the schedule.
          stop: async () => {
            await deliveries.stop(Math.min(config.WEBHOOK_TIMEOUT_MS, 5000));
            transport.close();
          },
        },
      ],
    };
  },
});
