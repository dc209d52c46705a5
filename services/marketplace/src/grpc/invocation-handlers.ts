import type { Handlers } from '@agentvault/grpc';
import type { MarketplaceContract } from '@agentvault/contracts/marketplace';
import type { InvocationActor__Output } from '@agentvault/contracts/generated/agentvault/marketplace/v1/InvocationActor';
import { formatAmount } from '@agentvault/ledger/amount';
import type { Actor } from '../domain/model.js';
import type { ConfigView, InvocationService } from '../domain/invocation.js';
import type { Task } from '../domain/tasks-model.js';

/** proto ↔ domain for invocation and tasks; no rules here. */

export type InvocationMethods = 'GetInvocationConfig' | 'UpdateInvocationConfig' | 'Invoke' | 'GetTask' | 'ListAgentTasks' | 'AcceptTask' | 'CompleteTask' | 'FailTask';

const iso = (d: Date | null) => d?.toISOString() ?? '';

/** A proto3 `optional` field: present or not. */
function given<T extends object, K extends keyof T & string>(req: T, field: K): T[K] | undefined {
  const marker = (req as Record<string, unknown>)[`_${field}`];
  return marker === field || (marker === undefined && req[field] !== undefined) ? req[field] : undefined;
}

function actorOf(a: InvocationActor__Output | null | undefined): Actor {
  return { agentDid: a?.agent_did || undefined, developerId: a?.developer_id || undefined, admin: !!a?.admin };
}

function configMessage(v: ConfigView) {
  const c = v.config;
  return {
    agent_did: c.agentDid, enabled: c.enabled, delivery_mode: c.deliveryMode, webhook_url: v.owner ? c.webhookUrl ?? '' : '',
    webhook_secret: v.shownSecret ?? '', has_webhook_secret: !!c.webhookSecret,
    capabilities: c.capabilities.map((x) => ({ name: x.name, price: formatAmount(x.price) })), updated_at: iso(c.updatedAt),
  };
}

export function taskMessage(t: Task) {
  return {
    task_id: t.id, caller_did: t.callerDid, target_did: t.targetDid, capability: t.capability, delivery_mode: t.deliveryMode, status: t.status,
    input_json: t.input, output_json: t.output ?? '', error: t.error ?? '', amount: formatAmount(t.amount), hold_state: t.holdState,
    timeout_ms: t.timeoutMs, deadline_at: iso(t.deadlineAt), created_at: iso(t.createdAt), accepted_at: iso(t.acceptedAt), finished_at: iso(t.finishedAt),
    latency_ms: t.latencyMs ?? 0, replayed: t.replayed ?? false,
  };
}

export function invocationHandlers(invocation: InvocationService): Pick<Handlers<MarketplaceContract>, InvocationMethods> {
  return {
    GetInvocationConfig: async (req) => configMessage(await invocation.getConfig(req.agent_did, req.actor ? actorOf(req.actor) : undefined)),
    UpdateInvocationConfig: async (req) =>
      configMessage(await invocation.updateConfig(actorOf(req.actor), req.agent_did, {
        enabled: req.enabled, deliveryMode: req.delivery_mode, webhookUrl: given(req, 'webhook_url'), webhookSecret: given(req, 'webhook_secret') || undefined,
        rotateSecret: req.rotate_secret, capabilities: req.set_capabilities ? (req.capabilities ?? []).map((c) => ({ name: c.name, price: c.price })) : undefined,
      })),
    Invoke: async (req) =>
      taskMessage(await invocation.invoke({
        caller: actorOf(req.caller), callerDid: req.caller_did || undefined, targetDid: req.target_did, capability: req.capability,
        inputJson: req.input_json, timeoutMs: req.timeout_ms,
        idempotency: req.idempotency?.key ? { scope: req.idempotency.scope, key: req.idempotency.key, requestHash: req.idempotency.request_hash } : undefined,
      })),
    GetTask: async (req) => taskMessage(await invocation.getTask(actorOf(req.actor), req.task_id)),
    ListAgentTasks: async (req) => ({ items: (await invocation.pendingTasks(actorOf(req.actor), req.agent_did || undefined, req.limit)).map(taskMessage) }),
    AcceptTask: async (req) => taskMessage(await invocation.accept(actorOf(req.actor), req.task_id, req.agent_did || undefined)),
    CompleteTask: async (req) => taskMessage(await invocation.complete(actorOf(req.actor), req.task_id, req.agent_did || undefined, req.output_json)),
    FailTask: async (req) => taskMessage(await invocation.fail(actorOf(req.actor), req.task_id, req.agent_did || undefined, req.error)),
  };
}
