import type { Handlers } from '@agentvault/grpc';
import type { WebhooksContract } from '@agentvault/contracts/webhooks';
import { REQUEST_EXCERPT_CHARS, excerpt, type Delivery, type Webhook } from '../domain/model.js';
import type { WebhookService } from '../domain/webhook-service.js';

/** proto ↔ domain for the WebhooksService; no rules here. Secrets leave only through CreateWebhook. */

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : '');

export function webhookMessage(w: Webhook) {
  return {
    id: w.id,
    developer_id: w.developerId,
    url: w.url,
    events: w.events,
    active: w.active,
    consecutive_failures: w.consecutiveFailures,
    disabled_reason: w.disabledReason ?? '',
    created_at: iso(w.createdAt),
    updated_at: iso(w.updatedAt),
    last_success_at: iso(w.lastSuccessAt),
    last_failure_at: iso(w.lastFailureAt),
  };
}

export function deliveryMessage(d: Delivery) {
  return {
    id: d.id,
    webhook_id: d.webhookId,
    event_id: d.eventId,
    event_type: d.eventType,
    agent_did: d.agentDid ?? '',
    status: d.status,
    attempts: d.attempts,
    next_attempt_at: iso(d.nextAttemptAt),
    created_at: iso(d.createdAt),
    delivered_at: iso(d.deliveredAt),
    last_response_status: d.lastResponseStatus ?? 0,
    last_error: d.lastError ?? '',
    request_body_excerpt: excerpt(d.payload, REQUEST_EXCERPT_CHARS) ?? '',
    attempt_log: d.attemptLog.map((a) => ({
      attempt: a.attempt,
      attempted_at: iso(a.attemptedAt),
      duration_ms: a.durationMs,
      response_status: a.responseStatus ?? 0,
      response_body_excerpt: a.responseExcerpt ?? '',
      error: a.error ?? '',
    })),
  };
}

export function webhooksHandlers(service: WebhookService): Handlers<WebhooksContract> {
  return {
    ListEventTypes: async () => ({
      items: service.listEventTypes().map((e) => ({ name: e.name, source: e.source, scope: e.scope, description: e.description })),
    }),
    CreateWebhook: async (req) => {
      const { webhook, secret } = await service.createWebhook(req.developer_id, { url: req.url, events: req.events ?? [] });
      return { webhook: webhookMessage(webhook), secret };
    },
    ListWebhooks: async (req) => {
      const page = await service.listWebhooks(req.developer_id, req.limit || 50, req.offset || 0);
      return { items: page.items.map(webhookMessage), total: page.total };
    },
    GetWebhook: async (req) => webhookMessage(await service.getWebhook(req.developer_id, req.id)),
    UpdateWebhook: async (req) =>
      webhookMessage(
        await service.updateWebhook(req.developer_id, req.id, {
          url: req.set_url ? req.url : undefined,
          events: req.set_events ? (req.events ?? []) : undefined,
          active: req.set_active ? req.active : undefined,
        }),
      ),
    DeleteWebhook: async (req) => (await service.deleteWebhook(req.developer_id, req.id), {}),
    TestWebhook: async (req) => deliveryMessage(await service.testWebhook(req.developer_id, req.id)),
    ListDeliveries: async (req) => {
      const page = await service.listDeliveries(req.developer_id, req.webhook_id, { limit: req.limit || 50, offset: req.offset || 0, status: req.status || undefined });
      return { items: page.items.map(deliveryMessage), total: page.total };
    },
  };
}
