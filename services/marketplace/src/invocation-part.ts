import type { SecretBox } from '@agentvault/config';
import type { Database } from '@agentvault/db';
import type { Logger } from '@agentvault/observability';
import type { PlatformConfig } from '@agentvault/runtime';
import { isWebhookSecret, newWebhookSecret } from '@agentvault/webhooks/signature';
import type { MarketplaceConfig } from './config.js';
import { InvocationService } from './domain/invocation.js';
import type { AgentDirectory, Forwarder, LedgerPort } from './domain/ports.js';
import { invocationHandlers } from './grpc/invocation-handlers.js';
import type { TaskDatabase } from './store/task-schema.js';
import { createTaskUnitOfWork } from './store/task-store.js';
import { WebhookAgentClient } from './transport/agent-webhook.js';

/** Invocation and tasks, wired: the service, its gRPC handlers and its recovery worker. */
export function invocationPart(deps: {
  config: MarketplaceConfig;
  platform: PlatformConfig;
  logger: Logger;
  database: Database<TaskDatabase>;
  box: SecretBox;
  agents: AgentDirectory;
  ledger: LedgerPort;
  forwarder: Forwarder;
  onOutboxCommit: () => void;
}) {
  const { config, platform, logger } = deps;
  const uow = createTaskUnitOfWork(deps.database, deps.box, deps.onOutboxCommit);
  const service = new InvocationService(uow, deps.agents, deps.ledger, new WebhookAgentClient(deps.forwarder), {
    commissionBps: config.MARKETPLACE_COMMISSION_BPS,
    // After the agent's answer come up to two ledger round trips; a task still open after that was cut off.
    webhookGraceMs: config.MARKETPLACE_INVOCATION_GRACE_MS ?? 2 * platform.GRPC_DEADLINE_MS + 1000,
    newSecret: newWebhookSecret,
    isSecret: isWebhookSecret,
  });

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  const pass = () => {
    if (running) return; // one pass at a time
    running = service
      .recover()
      .then((n) => n > 0 && logger.info({ resolved: n }, 'tasks past their deadline ended and their holds resolved'))
      .catch((err) => logger.warn({ err }, 'task recovery pass failed; retried on the next one'))
      .finally(() => (running = undefined));
  };
  return {
    service,
    handlers: invocationHandlers(service),
    worker: {
      name: 'task-recovery',
      start: () => {
        // At start first: whatever a crash left half done is finished before new work piles up.
        pass();
        timer = setInterval(pass, config.MARKETPLACE_INVOCATION_RECOVERY_INTERVAL_MS);
      },
      stop: async () => {
        clearInterval(timer);
        await running;
        await service.drain();
      },
    },
  };
}
