import type { ResponseOf } from '@agentvault/grpc';
import type { PaymentsContract } from '@agentvault/contracts/payments';
import type { GatewayClients } from './clients.js';
import { present } from '../http/grpc-result.js';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import { isAdmin } from '../http/principal.js';
import { agentOf, Amount, AmountText, developerOf, orNull, text } from './common.js';

/** A2A payment tokens, escrowed contracts, disputes and rulings: HTTP ↔ the payments service. */

const Did = z.string().trim().min(1).max(300);
const TokenText = z.string().trim().min(1).max(100).openapi({ description: 'apt_<64 hex>', example: 'apt_' + '0'.repeat(64) });
const TokenStatus = z.enum(['AUTHORIZED', 'CONSUMED', 'SETTLED', 'RELEASED', 'EXPIRED']);

const PaymentTokenSchema = z
  .object({
    token_id: z.string(),
    payment_token: z.string().optional().openapi({ description: 'Only in the answer to authorize' }),
    caller_agent_id: z.string(),
    receiver_agent_id: z.string(),
    amount: AmountText,
    fee_amount: AmountText,
    purpose: z.string(),
    status: TokenStatus,
    hold_id: z.string(),
    transaction_id: z.string().nullable(),
    created_at: z.string(),
    expires_at: z.string(),
    settled_at: z.string().nullable(),
    released_at: z.string().nullable(),
    receiver_registry: z.string().nullable().openapi({ description: 'The receiver’s registry when it is another one: settle goes over the SF-3 bridge' }),
  })
  .openapi('PaymentToken');
const VerificationSchema = z
  .object({
    valid: z.boolean(),
    token_id: z.string().nullable(),
    amount: AmountText.nullable(),
    caller_agent_id: z.string().nullable(),
    receiver_agent_id: z.string().nullable(),
    status: TokenStatus.nullable(),
    expires_at: z.string().nullable(),
    already_consumed: z.boolean().openapi({ description: 'P25-001: a CONSUMED or SETTLED token still verifies valid; verify is a presence check only' }),
    detail: z.string(),
  })
  .openapi('PaymentVerification');
const SettlementSchema = z
  .object({ token: PaymentTokenSchema, transaction_id: z.string(), amount: AmountText, fee_amount: AmountText, status: TokenStatus, replayed: z.boolean() })
  .openapi('PaymentSettlement');

const ContractSchema = z
  .object({
    contract_id: z.string(),
    client_agent_did: z.string(),
    provider_agent_did: z.string().nullable(),
    description: z.string(),
    price: AmountText,
    deadline: z.string(),
    status: z.string(),
    result_pointer: z.string().nullable(),
    hold_id: z.string(),
    transaction_id: z.string().nullable(),
    dispute_id: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
    accepted_at: z.string().nullable(),
    submitted_at: z.string().nullable(),
    completed_at: z.string().nullable(),
  })
  .openapi('Contract');

const EvidenceSchema = z.object({ pointer: z.string(), submitted_by: z.string(), description: z.string(), submitted_at: z.string() });
const DisputeSchema = z
  .object({
    dispute_id: z.string(),
    claimant_agent_id: z.string(),
    defendant_agent_id: z.string(),
    transaction_id: z.string().nullable(),
    contract_id: z.string().nullable(),
    reason_code: z.string(),
    description: z.string(),
    status: z.string(),
    evidence: z.array(EvidenceSchema),
    resolution_notes: z.string().nullable(),
    penalties: z.object({ reputation_adjustment: z.number().int(), token_penalty: AmountText.nullable() }),
    penalized_agent_id: z.string().nullable(),
    penalty_recipient: z.string().nullable().openapi({ description: 'The claimant when the claimant wins; did:agentvault:treasury when a claim fails' }),
    penalty_transaction_id: z.string().nullable(),
    ruled_by: z.string().nullable(),
    ruled_at: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
    defendant_registry: z.string().nullable().openapi({ description: 'The peer registry hosting the defendant, when not this one' }),
    cross_registry_slash: z
      .object({
        registry: z.string(),
        status: z.enum(['pending', 'applied', 'refused']),
        reason: z.string().nullable().openapi({ description: "refused: the peer's reason; pending: why the last delivery did not get an answer" }),
        penalty_transaction_id: z.string().nullable().openapi({ description: "The penalty's transaction on the peer's ledger" }),
      })
      .nullable()
      .openapi({ description: "A penalty on the defendant of another registry, carried out there once (to that registry's treasury)" }),
  })
  .openapi('Dispute');


type TokenMessage = ResponseOf<PaymentsContract, 'ReleasePayment'>;
type ContractMessage = ResponseOf<PaymentsContract, 'GetContract'>;
type DisputeMessage = ResponseOf<PaymentsContract, 'GetDispute'>;

function tokenBody(t: TokenMessage) {
  const body: Record<string, unknown> = {
    token_id: t.token_id, caller_agent_id: t.caller_agent_id, receiver_agent_id: t.receiver_agent_id, amount: t.amount, fee_amount: t.fee_amount,
    purpose: t.purpose, status: t.status, hold_id: t.hold_id, transaction_id: orNull(t.transaction_id), created_at: t.created_at,
    expires_at: t.expires_at, settled_at: orNull(t.settled_at), released_at: orNull(t.released_at), receiver_registry: orNull(t.receiver_registry),
  };
  if (t.payment_token) body.payment_token = t.payment_token;
  return body;
}

function contractBody(c: ContractMessage) {
  return {
    contract_id: c.contract_id, client_agent_did: c.client_agent_did, provider_agent_did: orNull(c.provider_agent_did), description: c.description,
    price: c.price, deadline: c.deadline, status: c.status, result_pointer: orNull(c.result_pointer), hold_id: c.hold_id,
    transaction_id: orNull(c.transaction_id), dispute_id: orNull(c.dispute_id), created_at: c.created_at, updated_at: c.updated_at,
    accepted_at: orNull(c.accepted_at), submitted_at: orNull(c.submitted_at), completed_at: orNull(c.completed_at),
  };
}

function disputeBody(d: DisputeMessage) {
  return {
    dispute_id: d.dispute_id, claimant_agent_id: d.claimant_agent_id, defendant_agent_id: d.defendant_agent_id, transaction_id: orNull(d.transaction_id),
    contract_id: orNull(d.contract_id), reason_code: d.reason_code, description: d.description, status: d.status, evidence: d.evidence,
    resolution_notes: orNull(d.resolution_notes),
    penalties: { reputation_adjustment: d.penalties?.reputation_adjustment ?? 0, token_penalty: orNull(d.penalties?.token_penalty) },
    penalized_agent_id: orNull(d.penalized_agent_id), penalty_recipient: orNull(d.penalty_recipient), penalty_transaction_id: orNull(d.penalty_transaction_id),
    ruled_by: orNull(d.ruled_by), ruled_at: orNull(d.ruled_at), created_at: d.created_at, updated_at: d.updated_at,
    defendant_registry: orNull(d.defendant_registry),
    cross_registry_slash: isSlashStatus(d.remote_slash_status) && d.defendant_registry
      ? { registry: d.defendant_registry, status: d.remote_slash_status, reason: orNull(d.remote_slash_reason), penalty_transaction_id: orNull(d.remote_penalty_transaction_id) }
      : null,
  };
}

const isSlashStatus = (s: string): s is 'pending' | 'applied' | 'refused' => s === 'pending' || s === 'applied' || s === 'refused';

const page = <M>(p: { items: M[]; total: number }, map: (x: M) => unknown, q: { limit: number; offset: number }) => ({ items: p.items.map(map), total: p.total, limit: q.limit, offset: q.offset });

export function paymentRoutes(deps: RouteDeps, clients: GatewayClients): void {
  const payments = clients.payments;
  // ── A2A payment tokens ──────────────────────────────────────────────────────
  route(deps, {
    method: 'post', path: '/api/v1/a2a-payment/authorize', summary: 'Authorize a payment to another agent: the funds are held', tags: ['A2A Payments'],
    description: 'Mints apt_<64 hex> (status AUTHORIZED, default TTL 15 minutes) and holds amount + fee on the caller\'s balance, so settle cannot fail for lack of funds.',
    auth: ['agent'], idempotent: true,
    body: z
      .object({
        receiver_agent_id: Did, amount: Amount, purpose: z.string().max(256).nullish(), ttl_seconds: z.number().int().min(1).max(86_400).nullish(),
        receiver_registry: z.string().trim().min(1).max(2048).nullish().openapi({ description: 'For a receiver on another registry: that registry’s name or base URL (an approved peer)' }),
      })
      .openapi('PaymentAuthorize'),
    responses: { 201: { description: 'Authorized', schema: PaymentTokenSchema }, 404: { description: 'Unknown receiver' }, 422: { description: 'Insufficient funds' } },
    handler: async ({ principal, body }) => {
      const t = await payments.call('AuthorizePayment', {
        caller_did: agentOf(principal), receiver_did: body.receiver_agent_id, amount: text(body.amount), purpose: body.purpose ?? '', ttl_seconds: body.ttl_seconds ?? 0,
        receiver_registry: body.receiver_registry ?? '',
      });
      return { status: 201, body: tokenBody(t) };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/a2a-payment/verify', summary: 'Verify a payment token presented to a service agent', tags: ['A2A Payments'],
    description: 'No auth. P25-001: a CONSUMED (or SETTLED) token still verifies valid — verify is a presence check; track consumption locally and do not redo paid work.',
    body: z.object({ payment_token: TokenText }).openapi('PaymentVerify'),
    responses: { 200: { description: 'The verdict', schema: VerificationSchema } },
    handler: async ({ body }) => {
      const v = await payments.call('VerifyPayment', { payment_token: body.payment_token });
      return {
        body: {
          valid: v.valid, token_id: orNull(v.token_id), amount: orNull(v.amount), caller_agent_id: orNull(v.caller_agent_id), receiver_agent_id: orNull(v.receiver_agent_id),
          status: orNull(v.status), expires_at: orNull(v.expires_at), already_consumed: v.already_consumed, detail: v.detail,
        },
      };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/a2a-payment/settle', summary: 'Settle a payment token: the held AVT moves to the receiver, once', tags: ['A2A Payments'],
    description: 'Status CONSUMED → SETTLED. Derive the Idempotency-Key from the token (token[4:36]); concurrent or repeated settles move the money once. For a receiver on another registry, send the receiver’s X-Payment-Issuer (its registry, as authorized); that registry must be in TRUSTED_REGISTRIES, and the value goes as a cross-registry transfer (transaction_id names it; CONSUMED while it is pending).',
    auth: ['agent'], idempotent: true,
    body: z.object({ payment_token: TokenText }).openapi('PaymentSettle'),
    responses: { 200: { description: 'Settled', schema: SettlementSchema }, 409: { description: 'Released or expired' }, 422: { description: 'Expired: the hold is back' } },
    handler: async ({ req, principal, body }) => {
      const s = await payments.call('SettlePayment', { caller_did: agentOf(principal), payment_token: body.payment_token, payment_issuer: req.get('x-payment-issuer') ?? '' });
      const token = present(s.token, 'token');
      return { body: { token: tokenBody(token), transaction_id: s.transaction_id, amount: s.amount, fee_amount: s.fee_amount, status: token.status, replayed: s.replayed } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/a2a-payment/release', summary: 'Release an unconsumed payment token: its hold goes back', tags: ['A2A Payments'],
    auth: ['agent'], body: z.object({ payment_token: TokenText }).openapi('PaymentRelease'),
    responses: { 200: { description: 'Released', schema: PaymentTokenSchema }, 409: { description: 'Already consumed' } },
    handler: async ({ principal, body }) => ({ body: tokenBody(await payments.call('ReleasePayment', { caller_did: agentOf(principal), payment_token: body.payment_token })) }),
  });

  route(deps, {
    method: 'post', path: '/api/v1/a2a-payment/release-by-id/:token_id', summary: 'Release an unconsumed payment token by its id', tags: ['A2A Payments'],
    auth: ['agent'], idempotent: true, params: z.object({ token_id: z.string().min(1).max(100) }),
    responses: { 200: { description: 'Released', schema: PaymentTokenSchema }, 409: { description: 'Already consumed' } },
    handler: async ({ principal, params }) => ({ body: tokenBody(await payments.call('ReleasePayment', { caller_did: agentOf(principal), token_id: params.token_id })) }),
  });

  route(deps, {
    method: 'get', path: '/api/v1/a2a-payment/my-tokens', summary: "The calling agent's payment tokens, newest first", tags: ['A2A Payments'],
    auth: ['agent'], query: PaginationQuery.extend({ status: TokenStatus.optional() }),
    responses: { 200: { description: 'A page of tokens', schema: pageEnvelope(PaymentTokenSchema, 'PaymentTokenPage') } },
    handler: async ({ principal, query }) => {
      const p = await payments.call('ListMyTokens', { caller_did: agentOf(principal), status: query.status ?? '', limit: query.limit, offset: query.offset });
      return { body: page(p, tokenBody, query) };
    },
  });

  // ── contracts ───────────────────────────────────────────────────────────────
  const ContractParams = z.object({ contract_id: z.string().min(1).max(100) });
  const contractAction = (method: 'post', path: string, summary: string, rpc: 'AcceptContract' | 'ApproveContract' | 'CancelContract') =>
    route(deps, {
      method: 'post', path, summary, tags: ['Contracts'], auth: ['agent'], params: ContractParams,
      responses: { 200: { description: 'The contract', schema: ContractSchema }, 403: { description: 'Not this party\'s step' }, 409: { description: 'Wrong state' } },
      handler: async ({ principal, params }) => ({ body: contractBody(await payments.call(rpc, { contract_id: params.contract_id, agent_did: agentOf(principal) })) }),
    });

  route(deps, {
    method: 'post', path: '/api/v1/contracts', summary: 'Propose a contract: the price is held on the client\'s funds', tags: ['Contracts'],
    auth: ['agent'], idempotent: true,
    body: z
      .object({
        provider_agent_did: Did.nullish().openapi({ description: 'Absent: open to every provider' }),
        description: z.string().trim().min(1).max(4000).optional(),
        scope_description: z.string().trim().min(1).max(4000).optional(),
        price: Amount.optional(),
        payment_amount: Amount.optional(),
        deadline: z.string().min(1).max(64).openapi({ description: 'RFC 3339' }),
      })
      .openapi('ContractCreate'),
    responses: { 201: { description: 'Open', schema: ContractSchema }, 422: { description: 'Insufficient funds or a bad field' } },
    handler: async ({ principal, body }) => {
      const c = await payments.call('CreateContract', {
        client_did: agentOf(principal), provider_did: body.provider_agent_did ?? '', description: body.description ?? body.scope_description ?? '',
        price: text(body.price ?? body.payment_amount), deadline: body.deadline,
      });
      return { status: 201, body: contractBody(c) };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/contracts', summary: 'Open contracts, newest first', tags: ['Contracts'], auth: ['agent', 'developer'], query: PaginationQuery,
    responses: { 200: { description: 'A page of open contracts', schema: pageEnvelope(ContractSchema, 'ContractPage') } },
    handler: async ({ query }) => ({ body: page(await payments.call('ListOpenContracts', { limit: query.limit, offset: query.offset }), contractBody, query) }),
  });

  route(deps, {
    method: 'get', path: '/api/v1/contracts/agent/:agent_did', summary: "An agent's contracts (as client or provider)", tags: ['Contracts'], auth: ['agent', 'developer'],
    params: z.object({ agent_did: Did }), query: PaginationQuery.extend({ status: z.enum(['OPEN', 'ACCEPTED', 'SUBMITTED', 'APPROVED', 'COMPLETED', 'CANCELLED', 'DISPUTED', 'RESOLVED']).optional() }),
    responses: { 200: { description: 'A page of contracts', schema: pageEnvelope(ContractSchema, 'AgentContractPage') } },
    handler: async ({ params, query }) =>
      ({ body: page(await payments.call('ListAgentContracts', { agent_did: params.agent_did, status: query.status ?? '', limit: query.limit, offset: query.offset }), contractBody, query) }),
  });

  route(deps, {
    method: 'get', path: '/api/v1/contracts/:contract_id', summary: 'A contract', tags: ['Contracts'], auth: ['agent', 'developer'], params: ContractParams,
    responses: { 200: { description: 'The contract', schema: ContractSchema } },
    handler: async ({ params }) => ({ body: contractBody(await payments.call('GetContract', { contract_id: params.contract_id })) }),
  });

  contractAction('post', '/api/v1/contracts/:contract_id/accept', 'Accept a contract (the provider)', 'AcceptContract');
  route(deps, {
    method: 'post', path: '/api/v1/contracts/:contract_id/submit', summary: 'Submit the work (the provider): a pointer to the result', tags: ['Contracts'],
    auth: ['agent'], params: ContractParams,
    body: z.object({ result_pointer: z.string().trim().min(1).max(2048).optional(), pr_url: z.string().trim().min(1).max(2048).optional() }).openapi('ContractSubmit'),
    responses: { 200: { description: 'Submitted', schema: ContractSchema }, 409: { description: 'Wrong state' } },
    handler: async ({ principal, params, body }) =>
      ({ body: contractBody(await payments.call('SubmitContractWork', { contract_id: params.contract_id, agent_did: agentOf(principal), result_pointer: body.result_pointer ?? body.pr_url ?? '' })) }),
  });
  contractAction('post', '/api/v1/contracts/:contract_id/approve-completion', 'Approve the work (the client): the held price goes to the provider', 'ApproveContract');
  contractAction('post', '/api/v1/contracts/:contract_id/cancel', 'Cancel (the client): before acceptance, or after a missed deadline; the price comes back', 'CancelContract');

  // ── disputes ────────────────────────────────────────────────────────────────
  const DisputeParams = z.object({ dispute_id: z.string().min(1).max(100) });
  const DisputeStatusQuery = PaginationQuery.extend({ status: z.enum(['OPEN', 'RESOLVED_FAVOR_CLAIMANT', 'RESOLVED_FAVOR_DEFENDANT', 'DISMISSED']).optional() });

  route(deps, {
    method: 'post', path: '/api/v1/disputes', summary: 'File a dispute against another agent', tags: ['Disputes'], auth: ['agent'],
    body: z
      .object({
        defendant_agent_id: Did,
        avtp_transaction_id: z.string().max(200).nullish(),
        transaction_id: z.string().max(200).nullish(),
        contract_id: z.string().max(100).nullish(),
        reason_code: z.string().min(1).max(64),
        brief_description: z.string().max(4000).nullish(),
        description: z.string().max(4000).nullish(),
        evidence_pointer: z.string().max(2048).nullish(),
        defendant_registry: z.string().max(2048).nullish().openapi({ description: "The defendant's registry (a peer's base URL or name) when it is not this one: a penalty on the defendant is carried out there" }),
      })
      .openapi('DisputeFile'),
    responses: { 201: { description: 'Open', schema: DisputeSchema }, 409: { description: 'The contract cannot be disputed now' } },
    handler: async ({ principal, body }) => {
      const d = await payments.call('FileDispute', {
        claimant_did: agentOf(principal), defendant_did: body.defendant_agent_id, transaction_id: body.transaction_id ?? body.avtp_transaction_id ?? '',
        contract_id: body.contract_id ?? '', reason_code: body.reason_code, description: body.description ?? body.brief_description ?? '', evidence_pointer: body.evidence_pointer ?? '',
        defendant_registry: body.defendant_registry ?? '',
      });
      return { status: 201, body: disputeBody(d) };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/disputes/my-disputes', summary: 'Disputes the calling agent is a party to', tags: ['Disputes'], auth: ['agent'], query: DisputeStatusQuery,
    responses: { 200: { description: 'A page of disputes', schema: pageEnvelope(DisputeSchema, 'DisputePage') } },
    handler: async ({ principal, query }) =>
      ({ body: page(await payments.call('ListAgentDisputes', { agent_did: agentOf(principal), status: query.status ?? '', limit: query.limit, offset: query.offset }), disputeBody, query) }),
  });

  route(deps, {
    method: 'get', path: '/api/v1/disputes/agent/:agent_did', summary: "An agent's disputes (the agent itself or an administrator)", tags: ['Disputes'],
    auth: ['agent', 'developer'], params: z.object({ agent_did: Did }), query: DisputeStatusQuery,
    responses: { 200: { description: 'A page of disputes', schema: pageEnvelope(DisputeSchema, 'AgentDisputePage') }, 404: { description: 'Not yours to see' } },
    handler: async ({ principal, params, query }) => {
      const allowed = isAdmin(principal) || (principal?.tier === 'agent' && principal.agentDid === params.agent_did);
      if (!allowed) return { body: { items: [], total: 0, limit: query.limit, offset: query.offset } };
      return { body: page(await payments.call('ListAgentDisputes', { agent_did: params.agent_did, status: query.status ?? '', limit: query.limit, offset: query.offset }), disputeBody, query) };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/disputes/:dispute_id', summary: 'A dispute (its parties and administrators only)', tags: ['Disputes'],
    auth: ['agent', 'developer'], params: DisputeParams,
    responses: { 200: { description: 'The dispute', schema: DisputeSchema }, 404: { description: 'Unknown, or not a party' } },
    handler: async ({ principal, params }) =>
      ({ body: disputeBody(await payments.call('GetDispute', { dispute_id: params.dispute_id, viewer_did: principal?.tier === 'agent' ? principal.agentDid : '', viewer_is_admin: isAdmin(principal) })) }),
  });

  route(deps, {
    method: 'post', path: '/api/v1/disputes/:dispute_id/evidence', summary: 'Add evidence to an open dispute (a party)', tags: ['Disputes'], auth: ['agent'], params: DisputeParams,
    body: z.object({ evidence_pointer: z.string().trim().min(1).max(2048), description: z.string().max(1000).nullish() }).openapi('DisputeEvidence'),
    responses: { 200: { description: 'The dispute', schema: DisputeSchema }, 409: { description: 'Already ruled' } },
    handler: async ({ principal, params, body }) =>
      ({ body: disputeBody(await payments.call('AddDisputeEvidence', { dispute_id: params.dispute_id, agent_did: agentOf(principal), evidence_pointer: body.evidence_pointer, description: body.description ?? '' })) }),
  });

  route(deps, {
    method: 'get', path: '/api/v1/teg/disputes/log', summary: 'The dispute log (administrators)', tags: ['Disputes'], auth: ['developer'], admin: true, query: DisputeStatusQuery,
    responses: { 200: { description: 'A page of disputes', schema: pageEnvelope(DisputeSchema, 'DisputeLogPage') } },
    handler: async ({ query }) => ({ body: page(await payments.call('ListDisputes', { status: query.status ?? '', limit: query.limit, offset: query.offset }), disputeBody, query) }),
  });

  route(deps, {
    method: 'put', path: '/api/v1/admin/disputes/:dispute_id/ruling', summary: 'Rule on a dispute: applied once', tags: ['Disputes'], auth: ['developer'], admin: true,
    description: 'The token penalty moves through the ledger from the losing party to the claimant (to the treasury when the claim fails); the reputation adjustment applies to the losing party; a disputed contract\'s hold is posted or voided. A defendant of another registry (defendant_registry) is penalized there, once, or that registry refuses with a reason recorded on the ruling (cross_registry_slash).',
    params: DisputeParams,
    body: z
      .object({
        resolution_status: z.enum(['RESOLVED_FAVOR_CLAIMANT', 'RESOLVED_FAVOR_DEFENDANT', 'DISMISSED']),
        resolution_notes: z.string().max(4000).nullish(),
        penalties: z.object({ reputation_adjustment: z.number().int().min(-1000).max(1000).nullish(), token_penalty: Amount.nullish() }).nullish(),
      })
      .openapi('DisputeRuling'),
    responses: { 200: { description: 'The ruled dispute', schema: DisputeSchema }, 409: { description: 'Already ruled differently' } },
    handler: async ({ principal, params, body }) => {
      const d = await payments.call('RuleDispute', {
        dispute_id: params.dispute_id, admin_id: developerOf(principal), resolution_status: body.resolution_status,
        resolution_notes: body.resolution_notes ?? '',
        penalties: { reputation_adjustment: body.penalties?.reputation_adjustment ?? 0, token_penalty: text(body.penalties?.token_penalty ?? '') },
      });
      return { body: disputeBody(d) };
    },
  });
}

// ── x402 facilitator ──────────────────────────────────────────────────────────
const X402_TAGS = ['x402'];
const X402Requirements = z
  .object({
    scheme: z.string().max(64),
    network: z.string().max(64),
    maxAmountRequired: z.string().max(64).openapi({ description: 'Atomic units: 10^-18 AVT', example: '1000000000000000000' }),
    resource: z.string().max(2048),
    description: z.string().max(4000).optional(),
    mimeType: z.string().max(256).optional(),
    payTo: Did.openapi({ description: 'The receiving agent: the DID the payment token names' }),
    maxTimeoutSeconds: z.number().int().min(0).max(86_400).optional(),
    asset: z.string().max(64).openapi({ example: 'AVT' }),
    extra: z.record(z.string(), z.unknown()).nullish(),
  })
  .openapi('X402PaymentRequirements');
const X402Payload = z
  .object({
    x402Version: z.number().int(),
    scheme: z.string().max(64),
    network: z.string().max(64),
    payload: z.object({
      paymentToken: TokenText,
      nonce: z.string().max(100).openapi({ description: '0x + 64 hex, chosen by the payer; settle is idempotent on it', example: '0x' + '1'.repeat(64) }),
    }),
  })
  .openapi('X402PaymentPayload');
const X402Body = z.object({ x402Version: z.number().int(), paymentPayload: X402Payload, paymentRequirements: X402Requirements }).openapi('X402Request');

const x402Request = (body: z.infer<typeof X402Body>, agentDid = '') => ({
  agent_did: agentDid, x402_version: body.x402Version, payload_x402_version: body.paymentPayload.x402Version, payload_scheme: body.paymentPayload.scheme,
  payload_network: body.paymentPayload.network, payment_token: body.paymentPayload.payload.paymentToken, nonce: body.paymentPayload.payload.nonce,
  scheme: body.paymentRequirements.scheme, network: body.paymentRequirements.network, max_amount_required: body.paymentRequirements.maxAmountRequired,
  pay_to: body.paymentRequirements.payTo, asset: body.paymentRequirements.asset, resource: body.paymentRequirements.resource,
});

export function x402Routes(deps: RouteDeps, clients: GatewayClients): void {
  route(deps, {
    method: 'get', path: '/api/v1/x402/supported', summary: 'The x402 payment kinds this facilitator verifies and settles', tags: X402_TAGS,
    responses: {
      200: {
        description: 'Supported kinds',
        schema: z.object({ kinds: z.array(z.object({ x402Version: z.number().int(), scheme: z.string(), network: z.string() })) }).openapi('X402Supported'),
      },
    },
    handler: async () => {
      const r = await clients.payments.call('X402Supported', {});
      return { body: { kinds: r.kinds.map((k) => ({ x402Version: k.x402_version, scheme: k.scheme, network: k.network })) } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/x402/verify', summary: 'Verify an x402 payment (exact scheme, agentvault network)', tags: X402_TAGS,
    description: 'No auth. The payload carries an A2A payment token whose funds are held; valid when it names payTo, covers maxAmountRequired and is unused (or settled under this very nonce).',
    body: X402Body,
    responses: {
      200: { description: 'The verdict', schema: z.object({ isValid: z.boolean(), invalidReason: z.string().optional(), payer: z.string().optional() }).openapi('X402VerifyResponse') },
    },
    handler: async ({ body }) => {
      const v = await clients.payments.call('X402Verify', x402Request(body));
      return { body: { isValid: v.is_valid, ...(v.invalid_reason ? { invalidReason: v.invalid_reason } : {}), ...(v.payer ? { payer: v.payer } : {}) } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/x402/settle', summary: 'Settle an x402 payment: the held AVT moves to payTo, once per nonce', tags: X402_TAGS,
    description: 'The payTo agent settles. A retry with the same nonce (after a timeout, say) answers the first settlement and moves nothing.',
    auth: ['agent'],
    body: X402Body,
    responses: {
      200: {
        description: 'The settlement (success false with errorReason when it did not happen)',
        schema: z
          .object({ success: z.boolean(), errorReason: z.string().optional(), payer: z.string().optional(), transaction: z.string(), network: z.string() })
          .openapi('X402SettleResponse'),
      },
    },
    handler: async ({ principal, body }) => {
      const r = await clients.payments.call('X402Settle', x402Request(body, agentOf(principal)));
      return {
        body: { success: r.success, ...(r.error_reason ? { errorReason: r.error_reason } : {}), ...(r.payer ? { payer: r.payer } : {}), transaction: r.transaction, network: r.network },
      };
    },
  });
}
