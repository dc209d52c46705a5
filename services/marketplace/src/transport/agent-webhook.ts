import { randomUUID } from 'node:crypto';
import { standardWebhookSignature, USER_AGENT } from '@agentvault/webhooks/signature';
import type { AgentAnswer, AgentDelivery, AgentWebhook } from '../domain/invocation-ports.js';
import type { Forwarder } from '../domain/ports.js';

/** The event name a webhook agent sees in `webhook-event`-style routing (its body says the same). */
export const TASK_DELIVERY_EVENT = 'task.invoke';
const SNIPPET = 300;

/**
 * Tasks to webhook agents: one POST per task, signed as Standard Webhooks (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature` over `${id}.${timestamp}.${body}` with the agent's
 * `whsec_` secret), through the proxy's forwarder (the endpoint guard, the deadline, a breaker per
 * host). A 2xx JSON answer completes the task: its `output` member, or the whole body without one.
 */
export class WebhookAgentClient implements AgentWebhook {
  constructor(private readonly forwarder: Forwarder) {}

  checkUrl(url: URL): Promise<void> {
    return this.forwarder.checkEndpoint(url);
  }

  async deliver(d: AgentDelivery): Promise<AgentAnswer> {
    const body = JSON.stringify({
      type: TASK_DELIVERY_EVENT,
      task_id: d.task.id,
      caller_did: d.callerDid,
      target_did: d.task.targetDid,
      capability: d.task.capability,
      input: JSON.parse(d.task.input) as unknown,
      timeout_ms: d.task.timeoutMs,
      deadline_at: d.task.deadlineAt.toISOString(),
    });
    // One message per task: the task id names it, so a receiver can drop a replay.
    const messageId = `msg_${d.task.id}`;
    const timestamp = Math.floor(Date.now() / 1000);
    const result = await this.forwarder.forward({
      url: d.url,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'user-agent': USER_AGENT,
        'webhook-id': messageId,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': standardWebhookSignature(d.secret, messageId, timestamp, body),
        'x-agentvault-task-id': d.task.id,
        'x-agentvault-request-id': randomUUID(),
      },
      body: Buffer.from(body, 'utf8'),
      timeoutMs: d.timeoutMs,
    });
    if (result.kind === 'timeout') return { kind: 'timeout', error: result.error, latencyMs: result.latencyMs };
    if (result.kind !== 'answered') return { kind: 'failed', error: `agent unreachable: ${result.error}`, latencyMs: result.latencyMs };
    const text = result.body.toString('utf8');
    if (result.status < 200 || result.status > 299) {
      return { kind: 'failed', error: `agent answered ${result.status}${text ? `: ${text.slice(0, SNIPPET)}` : ''}`, latencyMs: result.latencyMs };
    }
    let answer: unknown;
    try {
      answer = JSON.parse(text);
    } catch {
      return { kind: 'failed', error: 'agent answered with a body that is not JSON', latencyMs: result.latencyMs };
    }
    const output = answer !== null && typeof answer === 'object' && !Array.isArray(answer) && 'output' in answer ? (answer as { output: unknown }).output : answer;
    return { kind: 'completed', output: JSON.stringify(output ?? null), latencyMs: result.latencyMs };
  }
}
