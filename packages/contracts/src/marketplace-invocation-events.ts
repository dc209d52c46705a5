import type { EventDescription } from './events.js';

/**
 * The marketplace's task events (invocation of one agent's capability by another). `agent_did`
 * is the target agent, the event's subject the caller: both developers can subscribe.
 */
export type TaskEventData = {
  task_id: string;
  agent_did: string;
  caller_did: string;
  capability: string;
  delivery_mode: 'webhook' | 'queue';
  status: 'pending' | 'processing' | 'completed' | 'failed' | 'timed_out';
  /** What the caller is charged when the task completes (decimal string, 18 places). */
  amount: string;
};

export interface InvocationEventPayloads {
  'task.created': TaskEventData;
  'task.accepted': TaskEventData;
  'task.completed': TaskEventData & { latency_ms: number };
  'task.failed': TaskEventData & { error: string };
  'task.timed_out': TaskEventData;
}

export const invocationEventDescriptions: { [T in keyof InvocationEventPayloads]: EventDescription } = {
  'task.created': { scope: 'agent', description: 'An agent invoked a capability of another agent: a task was created for it.' },
  'task.accepted': { scope: 'agent', description: 'A queue agent accepted a task and is working on it.' },
  'task.completed': { scope: 'agent', description: 'A task was completed with a result; a paid capability was charged.' },
  'task.failed': { scope: 'agent', description: 'A task failed (the agent reported an error or could not be reached); nothing was charged.' },
  'task.timed_out': { scope: 'agent', description: 'A task was not completed within its timeout; nothing was charged.' },
};
