import type { Amount } from '@agentvault/ledger/amount';

export type DeliveryMode = 'none' | 'webhook' | 'queue';
export const DELIVERY_MODES: readonly DeliveryMode[] = ['none', 'webhook', 'queue'];

export interface CapabilityPrice {
  name: string;
  price: Amount;
}

export interface InvocationConfig {
  agentDid: string;
  enabled: boolean;
  deliveryMode: DeliveryMode;
  webhookUrl: string | null;
  /** Sealed at rest; the store opens it for delivery only. */
  webhookSecret: string | null;
  /** Empty: any capability, free. */
  capabilities: CapabilityPrice[];
  updatedAt: Date;
}

export type TaskStatus = 'pending' | 'processing' | 'completed' | 'failed' | 'timed_out';
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['pending', 'processing'];
/** none | placing → held → (posting → posted) | (releasing → voided) */
export type TaskHoldState = 'none' | 'placing' | 'held' | 'posting' | 'posted' | 'releasing' | 'voided';

export interface Task {
  id: string;
  callerDid: string;
  targetDid: string;
  capability: string;
  deliveryMode: Exclude<DeliveryMode, 'none'>;
  status: TaskStatus;
  /** JSON text. */
  input: string;
  output: string | null;
  error: string | null;
  amount: Amount;
  commission: Amount;
  holdId: string | null;
  holdState: TaskHoldState;
  transactionId: string | null;
  timeoutMs: number;
  deadlineAt: Date;
  createdAt: Date;
  acceptedAt: Date | null;
  finishedAt: Date | null;
  latencyMs: number | null;
  /** Set on the answer to a repeated Idempotency-Key. */
  replayed?: boolean;
}

/** How a task ends: what is written, in one statement, only while it is still open. */
export type TaskEnd =
  | { status: 'completed'; output: string; holdState: 'none' | 'posting'; latencyMs: number; at: Date }
  | { status: 'failed' | 'timed_out'; error: string; holdState: 'none' | 'releasing'; latencyMs: number | null; at: Date };
