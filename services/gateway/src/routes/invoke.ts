import type { InvocationConfig__Output } from '@agentvault/contracts/generated/agentvault/marketplace/v1/InvocationConfig';
import type { Task__Output } from '@agentvault/contracts/generated/agentvault/marketplace/v1/Task';
import type { GatewayClients } from './clients.js';
import { Amount, AmountText, idempotencyOf, orNull, replayHeader, text } from './common.js';
import { DidParams } from './schemas.js';
import { z } from '../http/openapi.js';
import { isAdmin, type Principal } from '../http/principal.js';
import { route, type RouteDeps } from '../http/route.js';

/**
 * Invocation and tasks: an agent's invocation configuration, `POST /api/v1/invoke` (a webhook
 * agent answers within the timeout; a queue agent gets a task it polls, accepts and completes),
 * the caller's view of a task and the queue agent's side. A paid capability is held on the
 * caller's account and charged once, when the task completes.
 */

const TAGS = ['Invocation'];
/** Bodies that carry a task's input or result take up to 1 MB; a larger one is a 413. */
export const TASK_PAYLOAD_LIMIT = '1mb';
export const isTaskPayloadPath = (path: string) => path === '/api/v1/invoke' || /^\/api\/v1\/agent\/tasks\/[^/]+\/result$/.test(path);
/** With a developer credential: which of the developer's agents acts. */
const AGENT_HEADER = 'x-agent-did';
/** The longest task (5 minutes) plus the ledger round trips around it. */
const INVOKE_DEADLINE_MS = 330_000;

const CapabilitySchema = z.object({ name: z.string().min(1).max(100), price: AmountText }).openapi('CapabilityPrice');

const InvocationConfigSchema = z
  .object({
    agent_did: z.string(),
    enabled: z.boolean(),
    delivery_mode: z.enum(['none', 'webhook', 'queue']),
    capabilities: z.array(CapabilitySchema).openapi({ description: 'Prices per capability (AVT per completed task); empty: every capability, free' }),
    webhook_url: z.string().nullable().optional().openapi({ description: "Where tasks are POSTed (webhook mode); shown to the agent's owner only" }),
    webhook_secret: z.string().optional().openapi({ description: 'The Standard Webhooks signing secret (whsec_…), shown once: when this update generated it' }),
    has_webhook_secret: z.boolean().optional(),
    updated_at: z.string().nullable(),
  })
  .openapi('InvocationConfig');

const UpdateInvocationConfigBody = z
  .object({
    enabled: z.boolean(),
    delivery_mode: z.enum(['none', 'webhook', 'queue']),
    webhook_url: z.string().max(2048).nullish().openapi({ description: 'Public http(s) URL; required for webhook mode (kept when omitted, cleared by null)' }),
    webhook_secret: z.string().max(200).nullish().openapi({ description: 'Your own whsec_ secret; omitted in webhook mode with none stored, one is generated and shown once' }),
    rotate_secret: z.boolean().optional().openapi({ description: 'Generate a new signing secret (shown once in the answer)' }),
    capabilities: z.array(z.object({ name: z.string().min(1).max(100), price: Amount })).max(100).optional().openapi({ description: 'Replaces the priced capabilities; kept when omitted' }),
  })
  .openapi('UpdateInvocationConfig');

const InvokeBody = z
  .object({
    target_did: z.string().min(1).max(300),
    capability: z.string().min(1).max(100),
    input: z.record(z.string(), z.unknown()).openapi({ type: 'object', description: 'The input (a JSON object, at most 1 MB)' }),
    timeout_ms: z.number().int().min(100).max(300_000).optional().openapi({ description: 'Default 30000, at most 300000' }),
  })
  .openapi('InvokeRequest');

const TaskSchema = z
  .object({
    task_id: z.string().uuid(),
    status: z.enum(['pending', 'processing', 'completed', 'failed', 'timed_out']),
    caller_did: z.string(),
    target_did: z.string(),
    capability: z.string(),
    delivery_mode: z.enum(['webhook', 'queue']),
    input: z.unknown().optional(),
    output: z.unknown().nullable().openapi({ description: 'The result, once completed' }),
    error: z.string().nullable(),
    amount: AmountText.openapi({ description: 'What the caller is charged when the task completes (nothing otherwise)' }),
    charged: z.boolean().openapi({ description: 'Whether the amount was charged (completed, paid capability)' }),
    timeout_ms: z.number().int(),
    deadline_at: z.string(),
    created_at: z.string(),
    accepted_at: z.string().nullable(),
    finished_at: z.string().nullable(),
    latency_ms: z.number().int().nullable(),
  })
  .openapi('Task');

const TaskParams = z.object({ task_id: z.string().uuid() });
const AgentQuery = z.object({ agent_did: z.string().max(300).optional().openapi({ 'x-free-text': true, description: 'With a developer credential: the agent acting' }) });
const PendingQuery = AgentQuery.extend({
  limit: z.preprocess((v) => (typeof v === 'string' && /^\d{1,3}$/.test(v) ? Number(v) : v), z.number().int().min(1).max(50)).default(10),
});

function actorOf(principal: Principal | undefined) {
  if (principal?.tier === 'agent') return { agent_did: principal.agentDid, developer_id: '', admin: false };
  if (principal?.tier === 'developer') return { agent_did: '', developer_id: principal.developerId, admin: isAdmin(principal) };
  return { agent_did: '', developer_id: '', admin: false };
}

const parsed = (json: string) => (json ? (JSON.parse(json) as unknown) : null);

function configJson(c: InvocationConfig__Output, owner: boolean) {
  return {
    agent_did: c.agent_did, enabled: c.enabled, delivery_mode: c.delivery_mode as 'none' | 'webhook' | 'queue',
    capabilities: (c.capabilities ?? []).map((x) => ({ name: x.name, price: x.price })),
    ...(owner ? { webhook_url: orNull(c.webhook_url), has_webhook_secret: c.has_webhook_secret } : {}),
    ...(c.webhook_secret ? { webhook_secret: c.webhook_secret } : {}),
    updated_at: c.updated_at && !c.updated_at.startsWith('1970-') ? c.updated_at : null,
  };
}

function taskJson(t: Task__Output, withInput = true) {
  return {
    task_id: t.task_id, status: t.status as 'pending' | 'processing' | 'completed' | 'failed' | 'timed_out', caller_did: t.caller_did, target_did: t.target_did,
    capability: t.capability, delivery_mode: t.delivery_mode as 'webhook' | 'queue', ...(withInput ? { input: parsed(t.input_json) } : {}),
    output: parsed(t.output_json), error: orNull(t.error), amount: t.amount, charged: t.status === 'completed' && ['posting', 'posted'].includes(t.hold_state),
    timeout_ms: t.timeout_ms, deadline_at: t.deadline_at, created_at: t.created_at, accepted_at: orNull(t.accepted_at), finished_at: orNull(t.finished_at),
    latency_ms: t.finished_at ? t.latency_ms : null,
  };
}

export function invocationRoutes(deps: RouteDeps, { marketplace }: GatewayClients): void {
  route(deps, {
    method: 'get',
    path: '/api/v1/agents/:did/invocation',
    summary: "An agent's invocation configuration",
    description: 'Public: whether it accepts invocations, how tasks reach it, and the price of each capability.',
    tags: TAGS,
    params: DidParams,
    responses: { 200: { description: 'The configuration', schema: InvocationConfigSchema }, 404: { description: 'No such agent' } },
    handler: async ({ params }) => ({ body: configJson(await marketplace.call('GetInvocationConfig', { agent_did: params.did }), false) }),
  });

  route(deps, {
    method: 'put',
    path: '/api/v1/agents/:did/invocation',
    summary: "Change an agent's invocation configuration (the agent itself or its developer)",
    description:
      'Webhook mode POSTs each task to webhook_url, signed as Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature) with the whsec_ secret; ' +
      'the agent answers 2xx with JSON ({"output": …}, or the output itself) within the timeout. Queue mode keeps tasks for the agent to poll at /api/v1/agent/tasks.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: DidParams,
    body: UpdateInvocationConfigBody,
    responses: { 200: { description: 'The configuration as changed', schema: InvocationConfigSchema } },
    handler: async ({ params, body, principal }) => {
      const c = await marketplace.call('UpdateInvocationConfig', {
        actor: actorOf(principal), agent_did: params.did, enabled: body.enabled, delivery_mode: body.delivery_mode,
        webhook_url: body.webhook_url === undefined ? undefined : text(body.webhook_url), webhook_secret: body.webhook_secret ?? undefined,
        rotate_secret: body.rotate_secret ?? false,
        capabilities: (body.capabilities ?? []).map((x) => ({ name: x.name, price: text(x.price) })), set_capabilities: body.capabilities !== undefined,
      });
      return { body: configJson(c, true) };
    },
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/invoke',
    summary: "Invoke another agent's capability",
    description:
      'A webhook agent answers within timeout_ms (default 30 s, at most 5 min): 200 with the completed task; the agent failing is a 502 and no answer in time a 504, ' +
      'the task staying readable at /api/v1/tasks/{task_id} either way. A queue agent: 202 with the pending task. A paid capability is held on the caller\'s ' +
      'account and charged once, when the task completes; a failure or timeout gives it back. A body over 1 MB is a 413. With a developer credential, X-Agent-DID names the calling agent.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    idempotent: true,
    body: InvokeBody,
    responses: {
      200: { description: 'Completed (webhook agent)', schema: TaskSchema },
      202: { description: 'Pending (queue agent)', schema: TaskSchema },
      404: { description: 'No such agent or capability' },
      409: { description: 'The agent does not accept invocations' },
      413: { description: 'Body larger than 1 MB' },
      502: { description: 'The agent failed the task or could not be reached; nothing was charged' },
      504: { description: 'The agent did not answer in time; nothing was charged' },
    },
    handler: async ({ req, body, principal, idempotency }) => {
      const t = await marketplace.call(
        'Invoke',
        {
          caller: actorOf(principal), caller_did: req.get(AGENT_HEADER) ?? '', target_did: body.target_did, capability: body.capability,
          input_json: JSON.stringify(body.input), timeout_ms: body.timeout_ms ?? 0, idempotency: idempotencyOf(idempotency),
        },
        { deadlineMs: INVOKE_DEADLINE_MS },
      );
      return { status: t.status === 'completed' ? 200 : 202, headers: replayHeader(t), body: taskJson(t, false) };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/tasks/:task_id',
    summary: 'A task, for the agent that created it',
    description: 'The calling agent, or the developer of the agent that created it; anyone else gets 404.',
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: TaskParams,
    responses: { 200: { description: 'The task', schema: TaskSchema }, 404: { description: 'No such task of yours' } },
    handler: async ({ params, principal }) => ({ body: taskJson(await marketplace.call('GetTask', { actor: actorOf(principal), task_id: params.task_id, agent_did: '' })) }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/agent/tasks',
    summary: "A queue agent's pending tasks, oldest first",
    tags: TAGS,
    auth: ['agent', 'developer'],
    query: PendingQuery,
    responses: { 200: { description: 'Pending tasks', schema: z.object({ items: z.array(TaskSchema), count: z.number().int() }).openapi('PendingTasks') } },
    handler: async ({ query, principal }) => {
      const { items = [] } = await marketplace.call('ListAgentTasks', { actor: actorOf(principal), agent_did: query.agent_did ?? '', limit: query.limit });
      return { body: { items: items.map((t) => taskJson(t)), count: items.length } };
    },
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/agent/tasks/:task_id/accept',
    summary: 'Accept a pending task (it is then processing)',
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: TaskParams,
    query: AgentQuery,
    responses: { 200: { description: 'The task, processing', schema: TaskSchema }, 403: { description: 'Not your task' }, 404: { description: 'No such task' }, 409: { description: 'Not pending' } },
    handler: async ({ params, query, principal }) => ({
      body: taskJson(await marketplace.call('AcceptTask', { actor: actorOf(principal), task_id: params.task_id, agent_did: query.agent_did ?? '' })),
    }),
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/agent/tasks/:task_id/result',
    summary: 'Complete a task with its result (a paid capability is charged now)',
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: TaskParams,
    query: AgentQuery,
    body: z.object({ output: z.unknown().openapi({ description: 'The result (JSON, at most 1 MB)' }) }).openapi('TaskResult'),
    responses: { 200: { description: 'The task, completed', schema: TaskSchema }, 403: { description: 'Not your task' }, 404: { description: 'No such task' }, 409: { description: 'Already ended or timed out' } },
    handler: async ({ params, query, body, principal }) => ({
      body: taskJson(await marketplace.call('CompleteTask', {
        actor: actorOf(principal), task_id: params.task_id, agent_did: query.agent_did ?? '', output_json: JSON.stringify(body.output ?? null),
      })),
    }),
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/agent/tasks/:task_id/fail',
    summary: 'Report that a task failed (nothing is charged)',
    tags: TAGS,
    auth: ['agent', 'developer'],
    params: TaskParams,
    query: AgentQuery,
    body: z.object({ error: z.string().min(1).max(2000) }).openapi('TaskFailure'),
    responses: { 200: { description: 'The task, failed', schema: TaskSchema }, 403: { description: 'Not your task' }, 404: { description: 'No such task' }, 409: { description: 'Already ended or timed out' } },
    handler: async ({ params, query, body, principal }) => ({
      body: taskJson(await marketplace.call('FailTask', { actor: actorOf(principal), task_id: params.task_id, agent_did: query.agent_did ?? '', error: body.error })),
    }),
  });
}
