import type { Delivery, DeliveryAttempt, Webhook } from '../domain/model.js';
import type { DeliveryAttemptRow, DeliveryRow, WebhookRow } from './schema.js';

/** Row → domain mappers shared by the stores. */

/** A left-joined webhook: every column null when the join found none. */
export type JoinedWebhookRow = { [K in keyof WebhookRow]: WebhookRow[K] | null };

/** Whether the left join found a webhook (its key is never null otherwise). */
export function isJoinedWebhook(row: JoinedWebhookRow): row is WebhookRow {
  return row.id !== null;
}

const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

function jsonArray(v: unknown): string[] {
  if (Array.isArray(v)) return v as string[];
  if (typeof v === 'string') return JSON.parse(v) as string[];
  return [];
}

export function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id,
    developerId: row.developer_id,
    url: row.url,
    events: jsonArray(row.events),
    active: row.active,
    consecutiveFailures: Number(row.consecutive_failures),
    disabledReason: row.disabled_reason ?? null,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    lastSuccessAt: date(row.last_success_at),
    lastFailureAt: date(row.last_failure_at),
  };
}

export function toAttempt(row: DeliveryAttemptRow): DeliveryAttempt {
  return {
    attempt: Number(row.attempt),
    attemptedAt: new Date(row.attempted_at),
    durationMs: Number(row.duration_ms),
    responseStatus: row.response_status ?? null,
    responseExcerpt: row.response_excerpt ?? null,
    error: row.error ?? null,
  };
}

export function toDelivery(row: DeliveryRow, attempts: DeliveryAttempt[]): Delivery {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    eventId: row.event_id,
    eventType: row.event_type,
    agentDid: row.agent_did ?? null,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: date(row.next_attempt_at),
    createdAt: new Date(row.created_at),
    deliveredAt: date(row.delivered_at),
    lastResponseStatus: row.last_response_status ?? null,
    lastError: row.last_error ?? null,
    payload: row.payload,
    attemptLog: attempts,
  };
}
