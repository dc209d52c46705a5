import type { Request } from 'express';
import type { CrossRegistryTransfer__Output } from '@agentvault/contracts/generated/agentvault/federation/v1/CrossRegistryTransfer';
import type { GatewayClients } from './clients.js';
import { reportingBaseUrl } from './federation.js';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import { agentOf, Amount, AmountText, idempotencyOf, orNull, replayHeader, text } from './common.js';

/**
 * Cross-registry transfers (flow 8) and the SF-3 wrapped-token bridge: HTTP ↔ the federation
 * service, which runs the saga; the money moves only in each frame's ledger.
 */

const TAGS = ['Cross-Registry Transfers'];
const BRIDGE_TAGS = ['SF-3 Bridge'];

/** Registry-to-registry (RFC 9421 signed by an approved peer): their bodies are kept as sent. */
export const BRIDGE_SIGNED_PATHS: readonly string[] = ['/api/v1/bridge/mint-wrapped', '/api/v1/bridge/unlock', '/api/v1/bridge/cancel'];

const Did = z.string().trim().min(1).max(300);
const Registry = z.string().trim().min(1).max(2048).openapi({ description: "An approved peer registry's name or base URL" });

const TransferBody = z
  .object({
    receiver_agent_id: Did,
    receiver_registry: Registry,
    amount: Amount,
    message: z.string().max(256).optional(),
  })
  .openapi('CrossRegistryTransferRequest');
const RedeemBody = z
  .object({
    origin_registry: Registry.openapi({ description: 'The frame whose AVT the wrapped tokens stand for (name or base URL)' }),
    receiver_agent_id: Did.openapi({ description: 'Who receives the released AVT there' }),
    amount: Amount,
  })
  .openapi('BridgeRedeemRequest');

const TransferSchema = z
  .object({
    transfer_id: z.string(),
    kind: z.enum(['transfer', 'redeem']),
    status: z.enum(['pending', 'completed', 'compensated', 'failed']).openapi({ description: 'pending until the saga ends; compensated: the peer refused or timed out and the AVT came back' }),
    state: z.string().openapi({ description: 'created, debited, credited, aborting, completed, compensated or failed' }),
    sender_agent_id: z.string(),
    receiver_agent_id: z.string(),
    source_registry: z.string(),
    target_registry: z.string(),
    target_registry_name: z.string(),
    amount: AmountText,
    message: z.string().nullable(),
    failure_reason: z.string().nullable(),
    purpose: z.string(),
    payment_ref: z.string().nullable(),
    steps: z.array(z.object({ step: z.string(), at: z.string(), detail: z.string().nullable() })),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('CrossRegistryTransfer');
const TransferPage = pageEnvelope(TransferSchema, 'CrossRegistryTransferPage');
const Json = z.record(z.unknown());

export function transferJson(t: CrossRegistryTransfer__Output) {
  return {
    transfer_id: t.transfer_id, kind: t.kind === 'redeem' ? ('redeem' as const) : ('transfer' as const), status: t.status, state: t.state,
    sender_agent_id: t.sender_agent_id, receiver_agent_id: t.receiver_agent_id, source_registry: t.source_registry, target_registry: t.target_registry,
    target_registry_name: t.target_registry_name, amount: t.amount, message: orNull(t.message), failure_reason: orNull(t.failure_reason),
    purpose: t.purpose, payment_ref: orNull(t.payment_ref),
    steps: t.steps.map((s) => ({ step: s.step, at: s.at, detail: orNull(s.detail) })),
    created_at: t.created_at, updated_at: t.updated_at,
  };
}

/** 200 once the saga has ended, 202 while it still waits for the peer. */
const answer = (t: CrossRegistryTransfer__Output) => ({ status: t.status === 'pending' ? 202 : 200, headers: replayHeader(t), body: transferJson(t) });

/** The signed HTTP request as the peer sent it: the URL it addressed, its headers and the exact body. */
function signedRequest(req: Request) {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return { method: req.method, url: `${req.protocol}://${req.get('host')}${req.originalUrl}`, headers, body: req.rawBody?.toString('utf8') ?? '' };
}
const parse = (doc: { json: string }) => JSON.parse(doc.json) as Record<string, unknown>;

export function bridgeRoutes(deps: RouteDeps, clients: GatewayClients): void {
  // The federation service signs peer calls with our public URL: every call tells it where that is.
  const federation = reportingBaseUrl(clients.federation, deps.publicBaseUrl);
  const { ledger } = clients;
  const start = (path: string, summary: string, description: string) =>
    route(deps, {
      method: 'post', path, summary, description, tags: path.includes('/bridge/') ? BRIDGE_TAGS : TAGS,
      auth: ['agent'], idempotent: true, body: TransferBody,
      responses: {
        200: { description: 'Completed, compensated or refused', schema: TransferSchema },
        202: { description: 'Pending: the saga goes on by itself; poll GET /api/v1/teg/cross-registry-transfer/{transfer_id}', schema: TransferSchema },
        422: { description: 'Unknown or unapproved registry, bad amount, or the Idempotency-Key reused with another body' },
      },
      handler: async ({ principal, body, idempotency }) =>
        answer(await federation.call('StartCrossRegistryTransfer', {
          sender_did: agentOf(principal), receiver_did: body.receiver_agent_id, receiver_registry: body.receiver_registry, amount: text(body.amount),
          message: body.message ?? '', idempotency: idempotencyOf(idempotency), purpose: 'transfer', payment_ref: '', hold_id: '',
        })),
    });

  start(
    '/api/v1/teg/cross-registry-transfer',
    'Transfer AVT to an agent of another registry',
    "Flow 8. Locks the amount in this frame's bridge escrow and has the receiver's frame mint as many wrapped tokens to the receiver. A refusal or a final timeout there gives the AVT back (compensated). Accepts Idempotency-Key.",
  );
  start(
    '/api/v1/bridge/transfer',
    'Bridge AVT to another frame as wrapped tokens',
    'The SF-3 bridge step of flow 8 (the same saga): lock here, mint-wrapped at the peer. Accepts Idempotency-Key.',
  );

  route(deps, {
    method: 'get', path: '/api/v1/teg/cross-registry-transfer/:transfer_id', summary: 'A cross-registry transfer you started', tags: TAGS,
    auth: ['agent'], params: z.object({ transfer_id: z.string().max(200) }),
    responses: { 200: { description: 'Its state', schema: TransferSchema }, 404: { description: 'Not yours, or no such transfer' } },
    handler: async ({ principal, params }) => ({ body: transferJson(await federation.call('GetCrossRegistryTransfer', { transfer_id: params.transfer_id, agent_did: agentOf(principal) })) }),
  });
  route(deps, {
    method: 'get', path: '/api/v1/teg/cross-registry-transfers', summary: 'Your cross-registry transfers and redemptions, newest first', tags: TAGS,
    auth: ['agent'], query: PaginationQuery,
    responses: { 200: { description: 'A page', schema: TransferPage } },
    handler: async ({ principal, query }) => {
      const page = await federation.call('ListCrossRegistryTransfers', { agent_did: agentOf(principal), limit: query.limit, offset: query.offset });
      return { body: { items: page.items.map(transferJson), total: page.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/bridge/redeem', summary: 'Redeem wrapped tokens in the frame they came from', tags: BRIDGE_TAGS,
    description: 'Burns your wrapped tokens here and has their frame release as much AVT from its bridge escrow to the receiver there. A refusal there mints them back to you (compensated). Accepts Idempotency-Key.',
    auth: ['agent'], idempotent: true, body: RedeemBody,
    responses: { 200: { description: 'Completed, compensated or refused', schema: TransferSchema }, 202: { description: 'Pending', schema: TransferSchema } },
    handler: async ({ principal, body, idempotency }) =>
      answer(await federation.call('StartBridgeRedeem', {
        holder_did: agentOf(principal), origin_registry: body.origin_registry, receiver_did: body.receiver_agent_id, amount: text(body.amount), idempotency: idempotencyOf(idempotency),
      })),
  });

  route(deps, {
    method: 'get', path: '/api/v1/bridge/wrapped-balances', summary: 'The wrapped tokens you hold, per frame they stand for', tags: BRIDGE_TAGS,
    auth: ['agent'],
    responses: { 200: { description: 'Balances', schema: z.object({ agent_id: z.string(), items: z.array(z.object({ origin: z.string(), balance: AmountText })) }).openapi('WrappedBalances') } },
    handler: async ({ principal }) => {
      // Balances are the ledger's, read directly as for AVT.
      const r = await ledger.call('GetWrappedBalances', { did: agentOf(principal) });
      return { body: { agent_id: r.agent_id, items: r.items.map((i) => ({ origin: i.origin, balance: i.balance })) } };
    },
  });

  // ── registry to registry ──
  const signed = (path: string, method: 'ReceiveBridgeMint' | 'ReceiveBridgeUnlock' | 'ReceiveBridgeCancel', summary: string, description: string) =>
    route(deps, {
      method: 'post', path, summary, description: `${description} Registry-authenticated: an RFC 9421 signature by an approved peer. Accepts Idempotency-Key.`, tags: BRIDGE_TAGS,
      idempotent: true, body: Json,
      responses: { 200: { description: 'What happened (status)', schema: Json }, 401: { description: 'Unsigned, forged or replayed' }, 403: { description: 'Not an approved (or, for payments, trusted) peer' } },
      handler: async ({ req }) => ({ body: parse(await federation.call(method, signedRequest(req))) }),
    });
  signed('/api/v1/bridge/mint-wrapped', 'ReceiveBridgeMint', 'Mint wrapped tokens for AVT the calling frame locked', 'Once per transfer_id; status minted, or aborted when the caller cancelled it first.');
  signed('/api/v1/bridge/unlock', 'ReceiveBridgeUnlock', 'Release escrow for wrapped tokens the calling frame burned', 'Once per redeem_id; never more than the escrow holds for the caller.');
  signed('/api/v1/bridge/cancel', 'ReceiveBridgeCancel', 'Cancel a mint or an unlock for good', 'Answers aborted, or minted / unlocked if that happened first.');
  route(deps, {
    method: 'get', path: '/api/v1/bridge/supply', summary: 'What this frame holds for the calling frame', tags: BRIDGE_TAGS,
    description: 'Registry-authenticated (RFC 9421): escrow locked for the caller and wrapped supply of its AVT, for its conservation audit.',
    responses: { 200: { description: 'The figures', schema: Json } },
    handler: async ({ req }) => ({ body: parse(await federation.call('GetBridgeSupply', signedRequest(req))) }),
  });

  route(deps, {
    method: 'get', path: '/api/v1/admin/bridge/conservation', summary: 'Conservation audit of the bridge, per peer frame', tags: BRIDGE_TAGS,
    description: 'For each approved frame: AVT locked here against its wrapped supply of ours, and its escrow against our wrapped supply of its AVT. They agree whenever no transfer is in flight.',
    auth: ['developer'], admin: true,
    responses: { 200: { description: 'The report', schema: Json } },
    handler: async () => ({ body: parse(await federation.call('GetBridgeConservation', {})) }),
  });
}
