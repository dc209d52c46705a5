import type { Selectable } from 'kysely';
import type { Generated, Json, Numeric, Timestamp } from '@agentvault/db';
import type { OutboxTables } from '@agentvault/events';
import type { DeliveryMode, TaskHoldState, TaskStatus } from '../domain/tasks-model.js';

/** The invocation tables as migrations/0002_invocation.ts creates them; changed together. */

export interface InvocationConfigsTable {
  agent_did: string;
  enabled: boolean;
  delivery_mode: DeliveryMode;
  webhook_url: string | null;
  webhook_secret_sealed: string | null;
  capabilities: Json<{ name: string; price: string }[]>;
  updated_at: Generated<Timestamp>;
}

export interface TasksTable {
  id: string;
  caller_did: string;
  target_did: string;
  capability: string;
  delivery_mode: Exclude<DeliveryMode, 'none'>;
  status: TaskStatus;
  input: string;
  output: string | null;
  error: string | null;
  amount: Numeric;
  commission: Numeric;
  hold_id: string | null;
  hold_state: TaskHoldState;
  transaction_id: string | null;
  timeout_ms: number;
  deadline_at: Timestamp;
  created_at: Generated<Timestamp>;
  accepted_at: Timestamp | null;
  finished_at: Timestamp | null;
  latency_ms: number | null;
  idempotency_key: string | null;
  request_hash: string | null;
}

export interface TaskDatabase extends OutboxTables {
  invocation_configs: InvocationConfigsTable;
  tasks: TasksTable;
}

export type InvocationConfigRow = Selectable<InvocationConfigsTable>;
export type TaskRow = Selectable<TasksTable>;
