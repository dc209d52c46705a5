import { unauthorized } from '@agentvault/errors';
import type { SelfAgent__Output as SelfAgent } from '@agentvault/contracts/generated/agentvault/identity/v1/SelfAgent';
import type { GatewayClients } from './clients.js';
import { orNull } from './common.js';
import { z } from '../http/openapi.js';
import { route, type RouteDeps } from '../http/route.js';
import type { Principal } from '../http/principal.js';
import { DidParams } from './schemas.js';

/** Signed self-registration (Ed25519 → did:web, secp256k1 → did:pkh), profiles by DID, payment addresses. */

const TAGS = ['Agents'];

const text = (max: number) => z.string().max(max);
const url = z.string().url().max(2000);
const list = z.array(z.string().min(1).max(100)).max(50);

// Strict: the signature covers the profile as sent, so nothing in it may be dropped unseen.
const ProfileInput = z
  .object({
    // No trimming or defaults here: what is parsed must stay what was signed.
    name: z.string().min(1).max(200).refine((v) => v.trim().length > 0, 'must not be blank'),
    description: text(2000).nullable().optional(),
    avatar: url.nullable().optional(),
    website: url.nullable().optional(),
    capabilities: list.nullable().optional(),
    tags: list.nullable().optional(),
  })
  .strict()
  .openapi('ProfileInput');

const RegisterRequest = z
  .object({
    key_type: z.enum(['ed25519', 'secp256k1']).optional().openapi({ description: 'ed25519 (→ did:web, the default) or secp256k1 (→ did:pkh, EIP-191 personal-sign)' }),
    public_key: z.string().min(1).max(200).openapi({ description: 'Ed25519: 32 bytes, hex or base64; secp256k1: the compressed or uncompressed point in hex' }),
    chain_id: z.string().max(40).nullable().optional().openapi({ description: 'secp256k1 only, required there: the CAIP-2 chain, e.g. "eip155:1"' }),
    profile: ProfileInput,
    timestamp: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).openapi({ description: 'Milliseconds since the epoch; within 5 minutes of the registry clock' }),
    signature: z.string().min(1).max(300).openapi({ description: 'Over the registration message (README, Signed self-registration): Ed25519 hex or base64; secp256k1 a 0x-hex personal_sign signature' }),
    referrer: z.string().max(300).nullable().optional(),
  })
  .openapi('RegisterRequest');

const AgentProfile = z
  .object({
    did: z.string(),
    id: z.string(),
    key_type: z.enum(['ed25519', 'secp256k1']),
    public_key: z.string(),
    chain_id: z.string().nullable(),
    address: z.string().nullable().openapi({ description: 'secp256k1 agents: the EIP-55 address their key controls' }),
    name: z.string(),
    description: z.string().nullable(),
    avatar: z.string().nullable(),
    website: z.string().nullable(),
    capabilities: z.array(z.string()),
    tags: z.array(z.string()),
    status: z.enum(['active', 'inactive']),
    created_at: z.number().int().openapi({ description: 'Milliseconds since the epoch' }),
    updated_at: z.number().int(),
  })
  .openapi('AgentProfile');

const RegisterResponse = z
  .object({ did: z.string(), token: z.string(), token_type: z.literal('bearer'), expires_in: z.number().int(), agent: AgentProfile })
  .openapi('RegisterResponse');

const UpdateProfileRequest = z
  .object({
    name: z.string().trim().min(1).max(200).nullable().optional(),
    description: text(2000).nullable().optional(),
    avatar: url.nullable().optional(),
    website: url.nullable().optional(),
    capabilities: list.nullable().optional(),
    tags: list.nullable().optional(),
  })
  .strict()
  .openapi('UpdateProfileRequest');

const PaymentAddressResponse = z
  .object({ did: z.string(), address: z.string(), chain_id: z.string(), source: z.string().openapi({ description: 'How the address was found: did:pkh (from the DID itself)' }) })
  .openapi('PaymentAddressResponse');

export function agentProfileJson(a: SelfAgent) {
  return {
    did: a.did,
    id: a.id,
    key_type: a.key_type as 'ed25519' | 'secp256k1',
    public_key: a.public_key,
    chain_id: orNull(a.chain_id),
    address: orNull(a.address),
    name: a.name,
    description: orNull(a.description),
    avatar: orNull(a.avatar),
    website: orNull(a.website),
    capabilities: a.capabilities,
    tags: a.tags,
    status: a.status as 'active' | 'inactive',
    created_at: Number(a.created_at),
    updated_at: Number(a.updated_at),
  };
}

/** The agent a token or a signed request speaks for. */
function callerDid(principal: Principal | undefined): string {
  if (principal?.tier === 'agent' || principal?.tier === 'signed_agent') return principal.agentDid;
  throw unauthorized('Could not validate agent credentials');
}

const SelfAgentDidParams = DidParams.openapi({ description: "The agent's DID (URL-encoded)" });

export function selfRegistrationRoutes(deps: RouteDeps, { identity }: GatewayClients): void {
  route(deps, {
    method: 'post',
    path: '/api/v1/agents/register',
    summary: 'Register an agent with a key it holds (signed self-registration)',
    description:
      'No account needed: the agent signs the registration message with its Ed25519 key (its DID becomes did:web:<registry>:agent:<id>) or its secp256k1 key, EIP-191 style (did:pkh:eip155:<chain>:<address>). A bad signature is 400; a timestamp more than 5 minutes off, or a message already used, 401; a key already registered, 409.',
    tags: TAGS,
    body: RegisterRequest,
    responses: {
      201: { description: 'Registered: the agent and an agent JWT', schema: RegisterResponse },
      400: { description: 'Invalid signature, key or chain id' },
      401: { description: 'Stale timestamp or replayed signature' },
      409: { description: 'An agent with this public key already exists' },
    },
    handler: async ({ body }) => {
      const registered = await identity.call('RegisterSelfAgent', {
        key_type: body.key_type ?? 'ed25519',
        public_key: body.public_key,
        chain_id: body.chain_id ?? '',
        timestamp: String(body.timestamp),
        signature: body.signature,
        profile_json: JSON.stringify(body.profile),
      });
      const agent = agentProfileJson(registered.agent!);
      return { status: 201, body: { did: agent.did, token: registered.token, token_type: 'bearer' as const, expires_in: registered.expires_in, agent } };
    },
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/agents/:did',
    summary: "A self-registered agent's profile",
    description: 'Public. A deactivated agent is still found, with status inactive.',
    tags: TAGS,
    params: SelfAgentDidParams,
    responses: { 200: { description: 'The profile', schema: AgentProfile }, 404: { description: 'No agent has that DID' } },
    handler: async ({ params }) => ({ body: agentProfileJson(await identity.call('GetSelfAgent', { did: params.did })) }),
  });

  route(deps, {
    method: 'put',
    path: '/api/v1/agents/:did',
    summary: "Update the calling agent's profile",
    description: 'Only the agent itself, with its token or a signed request. A field sent as null is cleared (name cannot be).',
    tags: TAGS,
    auth: ['agent', 'signed_agent'],
    params: SelfAgentDidParams,
    body: UpdateProfileRequest,
    responses: {
      200: { description: 'The updated profile', schema: AgentProfile },
      403: { description: "Cannot update another agent's profile" },
      404: { description: 'Agent not found or deactivated' },
    },
    handler: async ({ params, body, principal }) => {
      const { name, ...rest } = body;
      const change = name === null || name === undefined ? rest : { ...rest, name };
      return { body: agentProfileJson(await identity.call('UpdateSelfAgent', { caller_did: callerDid(principal), did: params.did, change_json: JSON.stringify(change) })) };
    },
  });

  route(deps, {
    method: 'delete',
    path: '/api/v1/agents/:did',
    summary: 'Deactivate the calling agent',
    description: 'Soft delete: the profile stays readable with status inactive; the agent can no longer change it or sign requests.',
    tags: TAGS,
    auth: ['agent', 'signed_agent'],
    params: SelfAgentDidParams,
    responses: {
      200: { description: 'Deactivated', schema: AgentProfile },
      403: { description: 'Cannot deactivate another agent' },
      404: { description: 'Agent not found or already deactivated' },
    },
    handler: async ({ params, principal }) => ({
      body: agentProfileJson(await identity.call('DeactivateSelfAgent', { caller_did: callerDid(principal), did: params.did })),
    }),
  });

  route(deps, {
    method: 'get',
    path: '/api/v1/agents/:did/payment-address',
    summary: "An agent's payment address",
    description: 'Derived from the DID for did:pkh agents; other agents have none (404).',
    tags: TAGS,
    params: SelfAgentDidParams,
    responses: { 200: { description: 'The address', schema: PaymentAddressResponse }, 404: { description: 'Agent not found or no payment address' } },
    handler: async ({ params }) => {
      const found = await identity.call('GetSelfAgentPaymentAddress', { did: params.did });
      return { body: { did: found.did, address: found.address, chain_id: found.chain_id, source: found.source } };
    },
  });
}
