import { present } from '../http/grpc-result.js';
import type { GatewayClients } from './clients.js';
import { developerOf, orNull } from './common.js';
import type { Webhook__Output } from '@agentvault/contracts/generated/agentvault/webhooks/v1/Webhook';
import type { Delivery__Output } from '@agentvault/contracts/generated/agentvault/webhooks/v1/Delivery';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import type { Principal } from '../http/principal.js';

/** Developer webhooks: subscriptions, test-fire, delivery history, and the public event catalogue. */

const TAGS = ['Webhooks'];
const BASE = '/api/v1/developers/webhooks';


const EventTypeSchema = z
  .object({
    name: z.string().openapi({ example: 'agent.created' }),
    source: z.string().openapi({ description: 'The service that emits it' }),
    scope: z.enum(['agent', 'developer']).openapi({ description: "'agent': about one of your agents (agent_did is set); 'developer': about your account" }),
    description: z.string(),
  })
  .openapi('WebhookEventType');

const WebhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.string()),
    active: z.boolean(),
    consecutive_failures: z.number().int().openapi({ description: 'Failed attempts since the last success; at 10 the webhook is disabled' }),
    disabled_reason: z.string().nullable().openapi({ description: "'retry_exhausted' when the service switched it off" }),
    created_at: z.string(),
    updated_at: z.string(),
    last_success_at: z.string().nullable(),
    last_failure_at: z.string().nullable(),
  })
  .openapi('Webhook');

const NewWebhookSchema = WebhookSchema.extend({
  secret: z.string().openapi({
    description:
      'whsec_…: shown only this once. X-TheProtocol-Signature is the hex HMAC-SHA256 of the raw body keyed with this string; ' +
      'webhook-signature (Standard Webhooks) uses the base64-decoded part after whsec_.',
  }),
}).openapi('NewWebhook');

const CreateWebhookBody = z
  .object({
    url: z.string().min(1).max(2048).openapi({ example: 'https://example.com/hooks/agentvault' }),
    events: z.array(z.string().min(1).max(100)).min(1).max(50).openapi({ example: ['agent.created', 'transaction.completed'] }),
  })
  .openapi('CreateWebhook');

const UpdateWebhookBody = z
  .object({
    url: z.string().min(1).max(2048).optional(),
    events: z.array(z.string().min(1).max(100)).min(1).max(50).optional(),
    active: z.boolean().optional().openapi({ description: 'true turns a disabled webhook on again and clears its failure count' }),
  })
  .openapi('UpdateWebhook');

const AttemptSchema = z
  .object({
    attempt: z.number().int(),
    attempted_at: z.string(),
    duration_ms: z.number().int(),
    response_status: z.number().int().nullable(),
    response_body_excerpt: z.string().nullable().openapi({ description: 'The first 1 KiB of the answer' }),
    error: z.string().nullable(),
  })
  .openapi('WebhookDeliveryAttempt');

const DeliverySchema = z
  .object({
    id: z.string().openapi({ description: 'Also the envelope id, X-TheProtocol-Delivery-ID and webhook-id' }),
    webhook_id: z.string(),
    event_id: z.string(),
    event: z.string(),
    agent_did: z.string().nullable(),
    status: z.enum(['pending', 'delivered', 'failed', 'cancelled']),
    attempts: z.number().int(),
    next_attempt_at: z.string().nullable(),
    created_at: z.string(),
    delivered_at: z.string().nullable(),
    response_status: z.number().int().nullable().openapi({ description: 'Of the last attempt' }),
    error: z.string().nullable(),
    request_body_excerpt: z.string().openapi({ description: 'The signed body, cut at 2048 characters' }),
    attempt_log: z.array(AttemptSchema),
  })
  .openapi('WebhookDelivery');

const WebhookIdParams = z.object({ id: z.string().min(1).max(64) });
const DeliveriesQuery = PaginationQuery.extend({ status: z.enum(['pending', 'delivered', 'failed', 'cancelled']).optional() });

function webhookJson(w: Webhook__Output) {
  return {
    id: w.id,
    url: w.url,
    events: w.events ?? [],
    active: w.active,
    consecutive_failures: w.consecutive_failures,
    disabled_reason: orNull(w.disabled_reason),
    created_at: w.created_at,
    updated_at: w.updated_at,
    last_success_at: orNull(w.last_success_at),
    last_failure_at: orNull(w.last_failure_at),
  };
}

function deliveryJson(d: Delivery__Output) {
  return {
    id: d.id,
    webhook_id: d.webhook_id,
    event_id: d.event_id,
    event: d.event_type,
    agent_did: orNull(d.agent_did),
    status: d.status,
    attempts: d.attempts,
    next_attempt_at: orNull(d.next_attempt_at),
    created_at: d.created_at,
    delivered_at: orNull(d.delivered_at),
    response_status: d.last_response_status || null,
    error: orNull(d.last_error),
    request_body_excerpt: d.request_body_excerpt,
    attempt_log: (d.attempt_log ?? []).map((a) => ({
      attempt: a.attempt,
      attempted_at: a.attempted_at,
      duration_ms: a.duration_ms,
      response_status: a.response_status || null,
      response_body_excerpt: orNull(a.response_body_excerpt),
      error: orNull(a.error),
    })),
  };
}

export function webhookRoutes(deps: RouteDeps, { webhooks }: GatewayClients): void {
  route(deps, {
    method: 'get',
    path: '/api/v1/webhooks/events',
    summary: 'The webhook event catalogue',
    description: 'Every event type a webhook can subscribe to. Subscribing to a name not listed here is a 400.',
    tags: TAGS,
    query: PaginationQuery,
    responses: { 200: { description: 'The catalogue', schema: pageEnvelope(EventTypeSchema, 'WebhookEventTypePage') } },
    handler: async ({ query }) => {
      const { items } = await webhooks.call('ListEventTypes', {});
      return {
        headers: { 'Cache-Control': 'public, max-age=300' },
        body: { items: items.slice(query.offset, query.offset + query.limit), total: items.length, limit: query.limit, offset: query.offset },
      };
    },
  });

  route(deps, {
    method: 'post',
    path: BASE,
    summary: 'Create a webhook',
    description:
      'Subscribes `url` to the listed event types (see GET /api/v1/webhooks/events; unknown names are a 400 that lists them). ' +
      'The signing secret is in this response only. At most 10 webhooks per developer. ' +
      'Private, loopback and link-local targets are refused.',
    tags: TAGS,
    auth: ['developer'],
    body: CreateWebhookBody,
    responses: {
      201: { description: 'Created, with its signing secret', schema: NewWebhookSchema },
      400: { description: 'Unknown event types (listed in error.context.unknown_events)' },
      409: { description: 'The developer already has 10 webhooks' },
    },
    handler: async ({ principal, body }) => {
      const created = await webhooks.call('CreateWebhook', { developer_id: developerOf(principal), url: body.url, events: body.events });
      return { status: 201, headers: { 'Cache-Control': 'no-store' }, body: { ...webhookJson(present(created.webhook, 'webhook')), secret: created.secret } };
    },
  });

  route(deps, {
    method: 'get',
    path: BASE,
    summary: 'Your webhooks',
    description: 'Without their secrets.',
    tags: TAGS,
    auth: ['developer'],
    query: PaginationQuery,
    responses: { 200: { description: 'A page of webhooks', schema: pageEnvelope(WebhookSchema, 'WebhookPage') } },
    handler: async ({ principal, query }) => {
      const page = await webhooks.call('ListWebhooks', { developer_id: developerOf(principal), limit: query.limit, offset: query.offset });
      return { body: { items: page.items.map(webhookJson), total: page.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'get',
    path: `${BASE}/:id`,
    summary: 'One of your webhooks',
    tags: TAGS,
    auth: ['developer'],
    params: WebhookIdParams,
    responses: { 200: { description: 'The webhook', schema: WebhookSchema }, 404: { description: 'No such webhook of yours' } },
    handler: async ({ principal, params }) => ({ body: webhookJson(await webhooks.call('GetWebhook', { developer_id: developerOf(principal), id: params.id })) }),
  });

  route(deps, {
    method: 'put',
    path: `${BASE}/:id`,
    summary: 'Update a webhook',
    description: 'Changes one or more of url, events and active. Turning a webhook on again (active: true) clears its failure count.',
    tags: TAGS,
    auth: ['developer'],
    params: WebhookIdParams,
    body: UpdateWebhookBody,
    responses: { 200: { description: 'The updated webhook', schema: WebhookSchema }, 400: { description: 'Unknown event types' }, 404: { description: 'No such webhook of yours' } },
    handler: async ({ principal, params, body }) => {
      const updated = await webhooks.call('UpdateWebhook', {
        developer_id: developerOf(principal),
        id: params.id,
        set_url: body.url !== undefined,
        url: body.url ?? '',
        set_events: body.events !== undefined,
        events: body.events ?? [],
        set_active: body.active !== undefined,
        active: body.active ?? false,
      });
      return { body: webhookJson(updated) };
    },
  });

  route(deps, {
    method: 'delete',
    path: `${BASE}/:id`,
    summary: 'Delete a webhook',
    description: 'Its pending deliveries and its history go with it.',
    tags: TAGS,
    auth: ['developer'],
    params: WebhookIdParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such webhook of yours' } },
    handler: async ({ principal, params }) => {
      await webhooks.call('DeleteWebhook', { developer_id: developerOf(principal), id: params.id });
      return { status: 204 };
    },
  });

  route(deps, {
    method: 'post',
    path: `${BASE}/:id/test`,
    summary: 'Send a test.ping',
    description: 'Schedules a signed test.ping delivery to the webhook now (also when it is inactive); follow it in the delivery history.',
    tags: TAGS,
    auth: ['developer'],
    params: WebhookIdParams,
    responses: { 202: { description: 'The scheduled delivery', schema: DeliverySchema }, 404: { description: 'No such webhook of yours' } },
    handler: async ({ principal, params }) => ({
      status: 202,
      body: deliveryJson(await webhooks.call('TestWebhook', { developer_id: developerOf(principal), id: params.id })),
    }),
  });

  route(deps, {
    method: 'get',
    path: `${BASE}/:id/deliveries`,
    summary: "A webhook's delivery history",
    description: 'Newest first: each delivery with its status, the response codes of its attempts and excerpts of the bodies.',
    tags: TAGS,
    auth: ['developer'],
    params: WebhookIdParams,
    query: DeliveriesQuery,
    responses: { 200: { description: 'A page of deliveries', schema: pageEnvelope(DeliverySchema, 'WebhookDeliveryPage') }, 404: { description: 'No such webhook of yours' } },
    handler: async ({ principal, params, query }) => {
      const page = await webhooks.call('ListDeliveries', {
        developer_id: developerOf(principal),
        webhook_id: params.id,
        limit: query.limit,
        offset: query.offset,
        status: query.status ?? '',
      });
      return { body: { items: page.items.map(deliveryJson), total: page.total, limit: query.limit, offset: query.offset } };
    },
  });
}
