const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export interface Webhook {
  id: string;
  developerId: string;
  url: string;
  events: string[];
  active: boolean;
  consecutiveFailures: number;
  disabledReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled';
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed', 'cancelled'];

export interface DeliveryAttempt {
  attempt: number;
  attemptedAt: Date;
  durationMs: number;
  responseStatus: number | null;
  responseExcerpt: string | null;
  error: string | null;
}

export interface Delivery {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  agentDid: string | null;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  createdAt: Date;
  deliveredAt: Date | null;
  lastResponseStatus: number | null;
  lastError: string | null;
  /** The exact body that is signed and sent on every attempt. */
  payload: string;
  attemptLog: DeliveryAttempt[];
}

/** A delivery the worker has leased for one attempt, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  eventType: string;
  payload: string;
  attempts: number;
  leaseToken: string;
  url: string;
  secret: string;
  eventOccurredAt: Date | null;
}

/** A delivery to schedule. */
export interface NewDelivery {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  agentDid: string | null;
  payload: string;
  eventOccurredAt: Date | null;
}

/** What one attempt came to, as the transport reports it. */
export interface AttemptResult {
  responseStatus: number | null;
  responseExcerpt: string | null;
  error: string | null;
  durationMs: number;
}

/** Events the webhooks service publishes itself. */
export type WebhooksEvent = {
  type: 'webhook.retry_exhausted';
  subject: string;
  data: {
    webhook_id: string;
    developer_id: string;
    url: string;
    consecutive_failures: number;
    last_response_status: number | null;
    last_error: string | null;
  };
};

/** Excerpts of bodies kept in the delivery history. */
export const REQUEST_EXCERPT_CHARS = 2048;
export const RESPONSE_EXCERPT_BYTES = 1024;

export function excerpt(text: string | null, limit: number): string | null {
  if (text === null) return null;
  return text.length <= limit ? text : `${text.slice(0, limit)}…`;
}
