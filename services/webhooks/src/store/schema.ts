import type { Selectable } from 'kysely';
import type { Generated, Json, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { DeliveryStatus } from '../domain/model.js';

/**
 * The webhooks schema as migrations/index.ts creates it; every store queries through it.
 * A migration that changes a table changes this interface in the same commit.
 */

export interface WebhooksTable {
  id: string;
  /** identity's developer id; another service's key, so no foreign key. */
  developer_id: string;
  url: string;
  events: Json<string[]>;
  /** Sealed by secret-box.ts. */
  secret: string;
  active: Generated<boolean>;
  consecutive_failures: Generated<number>;
  disabled_reason: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
  last_success_at: Timestamp | null;
  last_failure_at: Timestamp | null;
}

export interface AgentOwnersTable {
  agent_did: string;
  developer_id: string;
  recorded_at: Generated<Timestamp>;
}

export interface DeliveriesTable {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  agent_did: string | null;
  event_occurred_at: Timestamp | null;
  /** The exact body, signed and sent on every attempt. */
  payload: string;
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp | null;
  lease_token: string | null;
  lease_until: Timestamp | null;
  last_attempt_at: Timestamp | null;
  last_response_status: number | null;
  last_error: string | null;
  delivered_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  finished_at: Timestamp | null;
}

export interface DeliveryAttemptsTable {
  delivery_id: string;
  attempt: number;
  attempted_at: Timestamp;
  duration_ms: number;
  response_status: number | null;
  response_excerpt: string | null;
  error: string | null;
}

export interface WebhooksDatabase extends OutboxTables {
  webhooks: WebhooksTable;
  agent_owners: AgentOwnersTable;
  deliveries: DeliveriesTable;
  delivery_attempts: DeliveryAttemptsTable;
}

export type WebhookRow = Selectable<WebhooksTable>;
export type DeliveryRow = Selectable<DeliveriesTable>;
export type DeliveryAttemptRow = Selectable<DeliveryAttemptsTable>;
