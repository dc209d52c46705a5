import type { Proposal__Output } from '@agentvault/contracts/generated/agentvault/governance/v1/Proposal';
import type { Policy__Output } from '@agentvault/contracts/generated/agentvault/governance/v1/Policy';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, type RouteDeps } from '../http/route.js';
import type { GatewayClients } from './clients.js';
import { agentOf, orNull } from './common.js';

/** Governance (flow 7): proposals, votes, tallies (agent JWTs only) and the TEG policies. */

const PowerText = z.string().openapi({ description: 'Voting power, 18 decimal places' });
const ProposalBody = z
  .object({
    title: z.string().min(1).max(200),
    description: z.string().max(10_000).default(''),
    proposal_type: z.enum(['text', 'parameter_change', 'treasury_spend', 'policy_adoption']).default('text'),
    parameters: z.record(z.unknown()).optional().openapi({ description: 'parameter_change: {parameter, value}; treasury_spend: {recipient_agent_id, amount}; policy_adoption: {policy_id}' }),
    duration_seconds: z.number().int().min(1).max(31_536_000).optional().openapi({ description: 'The voting period' }),
    voting_period_seconds: z.number().int().min(1).max(31_536_000).optional(),
    scope: z.enum(['local', 'federation']).default('local').openapi({ description: "federation: approved peers' agents vote too, each registry signs its tally, this one combines them (text proposals)" }),
  })
  .openapi('ProposalCreate');
const ProposalSchema = z
  .object({
    id: z.string(), proposal_id: z.string(), proposer_did: z.string(), title: z.string(), description: z.string(), proposal_type: z.string(),
    parameters: z.record(z.unknown()), status: z.string(), created_at: z.string(), end_timestamp: z.string(), snapshot_total_power: PowerText,
    quorum_power: PowerText, quorum_percent: z.string(), pass_threshold_percent: z.string(), votes_for: PowerText, votes_against: PowerText,
    votes_abstain: PowerText, total_voters: z.number().int(), tallied_at: z.string().nullable(), execution_status: z.string(),
    execution_result: z.string().nullable(), executed_at: z.string().nullable(),
    scope: z.enum(['local', 'federation']),
    origin_registry: z.string().nullable().openapi({ description: "On a copy of another registry's federation proposal: that registry" }),
    origin_proposal_id: z.string().nullable(),
    federation: z.record(z.unknown()).nullable().openapi({ description: "At the proposing registry: participants, each peer's signed tally, those awaited, and once decided how they combined" }),
  })
  .openapi('Proposal');
const ProposalParams = z.object({ proposal_id: z.string().min(1).max(100) });
const ProposalsQuery = PaginationQuery.extend({
  status: z.enum(['open', 'passed', 'rejected', 'no_quorum']).optional(),
  include_closed: z.enum(['true', 'false']).optional().openapi({ description: 'Without status: false lists only open proposals' }),
});
const VoteBody = z
  .object({
    choice: z.enum(['for', 'against', 'abstain']).optional(),
    vote_in_favor: z.boolean().optional().openapi({ description: 'The older form: true is for, false against' }),
    reason: z.string().max(1000).optional(),
  })
  .refine((b) => b.choice !== undefined || b.vote_in_favor !== undefined, { message: 'choice is required', path: ['choice'] })
  .openapi('VoteCreate');
const VoteSchema = z
  .object({ id: z.string(), proposal_id: z.string(), voter_did: z.string(), choice: z.string(), vote: z.boolean().nullable(), voting_power: PowerText, reason: z.string().nullable(), created_at: z.string() })
  .openapi('Vote');

const PolicyType = z.enum(['attestation', 'governance', 'compliance', 'economic']);
const PolicyBody = z
  .object({
    policy_code: z.string().min(1).max(100), policy_name: z.string().min(1).max(200), policy_type: PolicyType,
    description: z.string().max(5000).nullish(), parameters: z.record(z.unknown()).nullish(), circuit_identifier: z.string().max(200).nullish(),
    enforcement_level: z.string().max(50).nullish(), reward_amount: z.string().max(64).nullish(), rules_document_url: z.string().max(1000).nullish(),
    is_active: z.boolean().nullish(),
  })
  .openapi('PolicyCreate');
const PolicyPatch = z
  .object({
    policy_name: z.string().min(1).max(200).nullish(), description: z.string().max(5000).nullish(), parameters: z.record(z.unknown()).nullish(),
    enforcement_level: z.string().max(50).nullish(), reward_amount: z.string().max(64).nullish(), is_active: z.boolean().nullish(),
  })
  .openapi('PolicyUpdate');
const PolicySchema = z
  .object({
    policy_id: z.string(), policy_code: z.string(), policy_name: z.string(), policy_type: z.string(), policy_version: z.string(), description: z.string().nullable(),
    parameters: z.record(z.unknown()).nullable(), circuit_identifier: z.string().nullable(), enforcement_level: z.string().nullable(),
    reward_amount: z.string().nullable(), rules_document_url: z.string().nullable(), is_active: z.boolean(), created_at: z.string(), updated_at: z.string(),
  })
  .openapi('Policy');
const PolicyList = z.object({ policies: z.array(PolicySchema), total: z.number().int() }).openapi('PolicyList');
const PolicyParams = z.object({ policy_id: z.string().min(1).max(100) });
const PolicyQuery = z.object({ active_only: z.enum(['true', 'false']).optional(), policy_type: PolicyType.optional() });

/** A JSON object the service stored from a request; the gateway's own schema checked it then. */
const jsonObject = (text: string): Record<string, unknown> => (text ? (JSON.parse(text) as Record<string, unknown>) : {});
const opt = (v: string | null | undefined) => v ?? '';
const bool = (v: boolean | null | undefined) => (v === undefined || v === null ? '' : String(v));

function proposalJson(p: Proposal__Output) {
  return {
    id: p.proposal_id, proposal_id: p.proposal_id, proposer_did: p.proposer_did, title: p.title, description: p.description, proposal_type: p.proposal_type,
    parameters: jsonObject(p.parameters_json), status: p.status, created_at: p.created_at, end_timestamp: p.voting_ends_at,
    snapshot_total_power: p.snapshot_total_power, quorum_power: p.quorum_power, quorum_percent: p.quorum_percent, pass_threshold_percent: p.pass_threshold_percent,
    votes_for: p.votes_for, votes_against: p.votes_against, votes_abstain: p.votes_abstain, total_voters: p.total_voters, tallied_at: orNull(p.tallied_at),
    execution_status: p.execution_status, execution_result: orNull(p.execution_result), executed_at: orNull(p.executed_at),
    scope: p.scope === 'federation' ? ('federation' as const) : ('local' as const), origin_registry: orNull(p.origin_registry), origin_proposal_id: orNull(p.origin_proposal_id),
    federation: p.federation_json ? jsonObject(p.federation_json) : null,
  };
}

function policyJson(p: Policy__Output) {
  return {
    policy_id: p.policy_id, policy_code: p.policy_code, policy_name: p.policy_name, policy_type: p.policy_type, policy_version: p.policy_version,
    description: orNull(p.description), parameters: p.parameters_json ? jsonObject(p.parameters_json) : null, circuit_identifier: orNull(p.circuit_identifier),
    enforcement_level: orNull(p.enforcement_level), reward_amount: orNull(p.reward_amount), rules_document_url: orNull(p.rules_document_url),
    is_active: p.is_active, created_at: p.created_at, updated_at: p.updated_at,
  };
}

export function governanceRoutes(deps: RouteDeps, { governance }: GatewayClients): void {
  const TAGS = ['Governance'];

  route(deps, {
    method: 'post', path: '/api/v1/governance/proposals', summary: 'Open a proposal (voting power is snapshotted now)', tags: TAGS, auth: ['agent'], body: ProposalBody,
    responses: { 201: { description: 'The proposal', schema: ProposalSchema }, 403: { description: 'Not enough voting power to propose' } },
    handler: async ({ principal, body }) => ({
      status: 201,
      body: proposalJson(await governance.call('CreateProposal', {
        proposer_did: agentOf(principal), title: body.title, description: body.description, proposal_type: body.proposal_type,
        parameters_json: JSON.stringify(body.parameters ?? {}), voting_period_seconds: body.voting_period_seconds ?? body.duration_seconds ?? 7 * 24 * 3600, scope: body.scope,
      })),
    }),
  });
  route(deps, {
    method: 'get', path: '/api/v1/governance/proposals', summary: 'Proposals, newest first', tags: TAGS, auth: ['agent'], query: ProposalsQuery,
    responses: { 200: { description: 'Proposals', schema: z.array(ProposalSchema) } },
    handler: async ({ query, res }) => {
      const status = query.status ?? (query.include_closed === 'false' ? 'open' : '');
      const page = await governance.call('ListProposals', { status, limit: query.limit, offset: query.offset });
      res.setHeader('X-Total-Count', String(page.total));
      return { body: page.items.map(proposalJson) };
    },
  });
  route(deps, {
    method: 'get', path: '/api/v1/governance/proposals/:proposal_id', summary: 'One proposal', tags: TAGS, auth: ['agent'], params: ProposalParams,
    responses: { 200: { description: 'The proposal', schema: ProposalSchema } },
    handler: async ({ params }) => ({ body: proposalJson(await governance.call('GetProposal', { proposal_id: params.proposal_id })) }),
  });
  route(deps, {
    method: 'post', path: '/api/v1/governance/proposals/:proposal_id/vote', summary: 'Vote with your power at the snapshot, once', tags: TAGS, auth: ['agent'],
    params: ProposalParams, body: VoteBody,
    description: 'One vote per agent per proposal: a second vote is refused with 409 (votes are not replaced). After the voting period: 422.',
    responses: { 201: { description: 'The vote', schema: VoteSchema }, 409: { description: 'Already voted' }, 422: { description: 'Voting has ended, or no power at the snapshot' } },
    handler: async ({ principal, params, body }) => {
      const choice = body.choice ?? (body.vote_in_favor ? 'for' : 'against');
      const v = await governance.call('CastVote', { proposal_id: params.proposal_id, voter_did: agentOf(principal), choice, reason: body.reason ?? '' });
      return {
        status: 201,
        body: { id: v.vote_id, proposal_id: v.proposal_id, voter_did: v.voter_did, choice: v.choice, vote: v.choice === 'abstain' ? null : v.choice === 'for', voting_power: v.voting_power, reason: orNull(v.reason), created_at: v.created_at },
      };
    },
  });
  route(deps, {
    method: 'post', path: '/api/v1/governance/proposals/:proposal_id/tally', summary: 'Decide a proposal after its end (final; the same however often)', tags: TAGS,
    auth: ['agent'], params: ProposalParams,
    responses: { 200: { description: 'The decided proposal', schema: ProposalSchema.extend({ total_votes: PowerText }) }, 422: { description: 'Voting is still open' } },
    handler: async ({ params }) => {
      const p = proposalJson(await governance.call('Tally', { proposal_id: params.proposal_id }));
      const total = [p.votes_for, p.votes_against, p.votes_abstain].reduce((t, v) => t + BigInt(v.replace('.', '')), 0n);
      return { body: { ...p, total_votes: `${total / 10n ** 18n}.${(total % 10n ** 18n).toString().padStart(18, '0')}` } };
    },
  });
  route(deps, {
    method: 'get', path: '/api/v1/governance/policies/active', summary: 'The policies in force', tags: TAGS, auth: ['agent'], query: PolicyQuery,
    responses: { 200: { description: 'Active policies', schema: PolicyList } },
    handler: async ({ query }) => {
      const page = await governance.call('ListPolicies', { active_only: true, policy_type: query.policy_type ?? '' });
      return { body: { policies: page.items.map(policyJson), total: page.total } };
    },
  });

  // ── policies: administration, and the registry's TEG views ────────────────────

  const list = async (activeOnly: boolean, type?: string) => {
    const page = await governance.call('ListPolicies', { active_only: activeOnly, policy_type: type ?? '' });
    return { body: { policies: page.items.map(policyJson), total: page.total } };
  };
  const create = async (body: z.infer<typeof PolicyBody>) => ({
    status: 201,
    body: policyJson(await governance.call('CreatePolicy', {
      policy_code: body.policy_code, policy_name: body.policy_name, policy_type: body.policy_type, description: opt(body.description),
      parameters_json: body.parameters ? JSON.stringify(body.parameters) : '', circuit_identifier: opt(body.circuit_identifier), enforcement_level: opt(body.enforcement_level),
      reward_amount: opt(body.reward_amount), rules_document_url: opt(body.rules_document_url), is_active: bool(body.is_active),
    })),
  });
  const update = async (id: string, body: z.infer<typeof PolicyPatch>) => ({
    body: policyJson(await governance.call('UpdatePolicy', {
      policy_id: id, policy_name: opt(body.policy_name), description: opt(body.description), parameters_json: body.parameters ? JSON.stringify(body.parameters) : '',
      enforcement_level: opt(body.enforcement_level), reward_amount: opt(body.reward_amount), is_active: bool(body.is_active),
    })),
  });
  for (const [base, tags] of [['/api/v1/governance/admin/policies', ['Governance Admin']], ['/api/v1/teg/policies', ['TEG Integration']]] as const) {
    const adminOnly = base.includes('/admin/');
    route(deps, {
      method: 'get', path: base, summary: 'Policies', tags: [...tags], query: PolicyQuery, ...(adminOnly ? { auth: ['developer' as const], admin: true } : {}),
      responses: { 200: { description: 'Policies', schema: PolicyList } },
      handler: ({ query }) => list(query.active_only === 'true', query.policy_type),
    });
    route(deps, {
      method: 'get', path: `${base}/:policy_id`, summary: 'One policy', tags: [...tags], params: PolicyParams, ...(adminOnly ? { auth: ['developer' as const], admin: true } : {}),
      responses: { 200: { description: 'The policy', schema: PolicySchema } },
      handler: async ({ params }) => ({ body: policyJson(await governance.call('GetPolicy', { policy_id: params.policy_id })) }),
    });
    route(deps, {
      method: 'post', path: base, summary: 'Create a policy', tags: [...tags], auth: ['developer'], admin: true, body: PolicyBody,
      responses: { 201: { description: 'Created', schema: PolicySchema }, 409: { description: 'The code is taken' } },
      handler: ({ body }) => create(body),
    });
    route(deps, {
      method: 'put', path: `${base}/:policy_id`, summary: 'Change a policy', tags: [...tags], auth: ['developer'], admin: true, params: PolicyParams, body: PolicyPatch,
      responses: { 200: { description: 'Updated', schema: PolicySchema } },
      handler: ({ params, body }) => update(params.policy_id, body),
    });
    route(deps, {
      method: 'delete', path: `${base}/:policy_id`, summary: 'Delete a policy', tags: [...tags], auth: ['developer'], admin: true, params: PolicyParams,
      responses: { 200: { description: 'The deleted policy', schema: PolicySchema } },
      handler: async ({ params }) => ({ body: policyJson(await governance.call('DeletePolicy', { policy_id: params.policy_id })) }),
    });
  }
}
