import type { GatewayClients } from './clients.js';
import { Amount, AmountText, agentOf, developerOf, orNull, text } from './common.js';
import type { FundingRequestRecord__Output } from '@agentvault/contracts/generated/agentvault/ledger/v1/FundingRequestRecord';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import { present } from '../http/grpc-result.js';

/** Funding requests (flow 10): an agent asks the treasury for AVT; an administrator approves or rejects. */

const Status = z.enum(['pending', 'approved', 'rejected']);

const FundingRequestBody = z
  .object({ amount: Amount, reason: z.string().trim().min(1).max(256).openapi({ description: 'What the AVT is for' }) })
  .openapi('FundingRequestCreate');
const RejectBody = z.object({ reason: z.string().max(256).nullish() }).optional().openapi('FundingRequestReject');
const FundingRequestSchema = z
  .object({
    request_id: z.string(),
    agent_did: z.string(),
    amount: AmountText,
    reason: z.string(),
    status: Status,
    created_at: z.string(),
    decided_at: z.string().nullable(),
    decided_by: z.string().nullable().openapi({ description: 'The deciding administrator' }),
    rejection_reason: z.string().nullable(),
    transaction_id: z.string().nullable().openapi({ description: 'The funding movement, once approved' }),
  })
  .openapi('FundingRequest');
const ApprovalSchema = FundingRequestSchema.extend({ new_balance: AmountText.openapi({ description: "The agent's balance after the funding" }) }).openapi(
  'FundingRequestApproval',
);
const FundingRequestPage = pageEnvelope(FundingRequestSchema, 'FundingRequestPage');
const StatusQuery = PaginationQuery.extend({ status: Status.optional() });
const RequestParams = z.object({ id: z.string().min(1).max(100) });


function fundingRequestBody(r: FundingRequestRecord__Output) {
  return {
    request_id: r.request_id,
    agent_did: r.agent_did,
    amount: r.amount,
    reason: r.reason,
    status: r.status,
    created_at: r.created_at,
    decided_at: orNull(r.decided_at),
    decided_by: orNull(r.decided_by),
    rejection_reason: orNull(r.decision_reason),
    transaction_id: orNull(r.transaction_id),
  };
}

export function fundingRoutes(deps: RouteDeps, { ledger }: GatewayClients): void {
  route(deps, {
    method: 'post', path: '/api/v1/funding/request', summary: 'Ask the treasury for AVT', tags: ['Funding'],
    description: 'An administrator approves (the agent is funded once) or rejects the request.',
    auth: ['agent'], body: FundingRequestBody,
    responses: { 201: { description: 'Pending', schema: FundingRequestSchema }, 403: { description: 'The agent is suspended' } },
    handler: async ({ principal, body }) => {
      const r = await ledger.call('RequestFunding', { agent_did: agentOf(principal), amount: text(body.amount), reason: body.reason });
      return { status: 201, body: fundingRequestBody(r) };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/funding/my-requests', summary: "The calling agent's funding requests, newest first", tags: ['Funding'],
    auth: ['agent'], query: StatusQuery,
    responses: { 200: { description: 'A page of requests', schema: FundingRequestPage } },
    handler: async ({ principal, query }) => {
      const page = await ledger.call('ListFundingRequests', { agent_did: agentOf(principal), status: query.status ?? '', limit: query.limit, offset: query.offset });
      return { body: { items: page.items.map(fundingRequestBody), total: page.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/admin/funding-requests', summary: "Every agent's funding requests, newest first", tags: ['Funding Admin'],
    auth: ['developer', 'svid'], svidScope: 'funding:read', admin: true, query: StatusQuery,
    responses: { 200: { description: 'A page of requests', schema: FundingRequestPage } },
    handler: async ({ query }) => {
      const page = await ledger.call('ListFundingRequests', { agent_did: '', status: query.status ?? '', limit: query.limit, offset: query.offset });
      return { body: { items: page.items.map(fundingRequestBody), total: page.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/admin/funding-requests/:id/approve', summary: 'Approve a funding request: the treasury funds the agent, once', tags: ['Funding Admin'],
    auth: ['developer'], admin: true, params: RequestParams,
    responses: {
      200: { description: 'Approved and funded', schema: ApprovalSchema },
      404: { description: 'Unknown request' },
      409: { description: 'Already decided, or the agent is suspended' },
      422: { description: 'The treasury cannot cover it' },
    },
    handler: async ({ principal, params }) => {
      const r = await ledger.call('ApproveFundingRequest', { request_id: params.id, admin_id: developerOf(principal), reason: '' });
      return { body: { ...fundingRequestBody(present(r.request, 'request')), new_balance: present(r.transaction, 'transaction').balance_after } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/admin/funding-requests/:id/reject', summary: 'Reject a funding request', tags: ['Funding Admin'],
    auth: ['developer'], admin: true, params: RequestParams, body: RejectBody,
    responses: {
      200: { description: 'Rejected', schema: FundingRequestSchema },
      404: { description: 'Unknown request' },
      409: { description: 'Already decided' },
    },
    handler: async ({ principal, params, body }) => {
      const r = await ledger.call('RejectFundingRequest', { request_id: params.id, admin_id: developerOf(principal), reason: body?.reason ?? '' });
      return { body: fundingRequestBody(r) };
    },
  });
}
