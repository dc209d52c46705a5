import type { InvocationConfig, Task, TaskEnd, TaskHoldState, TaskStatus } from './tasks-model.js';

/** The task tables, as the invocation rules see them; one executor (the database or a transaction). */
export interface TaskRepositories {
  configs: {
    get(agentDid: string): Promise<InvocationConfig | null>;
    upsert(config: InvocationConfig): Promise<void>;
  };
  tasks: {
    /** False when a task already holds the idempotency key (nothing written). */
    insert(task: Task, idempotency?: { key: string; requestHash: string }): Promise<boolean>;
    byIdempotencyKey(key: string): Promise<{ task: Task; requestHash: string } | null>;
    get(id: string): Promise<Task | null>;
    /** Moves an open task from one status to another; false when it was not in `from`. */
    transition(id: string, from: TaskStatus[], to: TaskStatus, at: Date): Promise<Task | null>;
    /** Ends an open task (pending or processing); null when it had already ended. */
    end(id: string, end: TaskEnd): Promise<Task | null>;
    setHold(id: string, holdId: string): Promise<void>;
    setHoldState(id: string, from: TaskHoldState[], to: TaskHoldState, transactionId?: string): Promise<boolean>;
    /** Pending queue tasks of an agent whose hold is in place, oldest first. */
    pendingFor(targetDid: string, now: Date, limit: number): Promise<Task[]>;
    /**
     * Open tasks past their deadline (webhook tasks only after `webhookGraceMs` more, the time
     * their own delivery takes to give up), ended as timed out with their holds to give back.
     */
    expire(now: Date, webhookGraceMs: number, limit: number): Promise<Task[]>;
    /** Tasks whose hold is still to post (completed) or to give back (failed, timed out). */
    unresolvedHolds(limit: number): Promise<Task[]>;
  };
  outbox: { emit(event: { type: string; data: Record<string, unknown>; subject?: string }): Promise<void> };
}

export interface TaskUnitOfWork {
  readonly read: TaskRepositories;
  run<T>(work: (repos: TaskRepositories) => Promise<T>): Promise<T>;
}

export interface AgentDelivery {
  url: URL;
  secret: string;
  task: Task;
  callerDid: string;
  timeoutMs: number;
}

export type AgentAnswer =
  | { kind: 'completed'; output: string; latencyMs: number }
  | { kind: 'failed'; error: string; latencyMs: number }
  | { kind: 'timeout'; error: string; latencyMs: number };

/** A webhook agent: one signed POST per task, answered within the deadline. */
export interface AgentWebhook {
  deliver(delivery: AgentDelivery): Promise<AgentAnswer>;
  /** Refuses a URL the endpoint guard would never deliver to (when the configuration is saved). */
  checkUrl(url: URL): Promise<void>;
}
