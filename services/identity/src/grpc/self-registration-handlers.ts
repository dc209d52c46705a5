import type { Handlers } from '@agentvault/grpc';
import type { IdentityContract } from '@agentvault/contracts/identity';
import { DomainError } from '@agentvault/errors';
import type { ProfileChange, SelfAgent, SelfAgentProfile, SelfRegistrationService } from '../domain/self-registration.js';

/** proto ↔ domain for the self-registration RPCs of the IdentityService. */

type SelfRegistrationMethods =
  | 'RegisterSelfAgent' | 'AuthenticateSignedRequest' | 'GetSelfAgent' | 'UpdateSelfAgent' | 'DeactivateSelfAgent' | 'GetSelfAgentPaymentAddress';

export function selfAgentMessage(a: SelfAgent) {
  return {
    did: a.did,
    id: a.id,
    key_type: a.keyType,
    public_key: a.publicKey,
    chain_id: a.chainId ?? '',
    address: a.address ?? '',
    name: a.profile.name,
    description: a.profile.description ?? '',
    avatar: a.profile.avatar ?? '',
    website: a.profile.website ?? '',
    capabilities: a.profile.capabilities,
    tags: a.profile.tags,
    status: a.status,
    created_at: String(a.createdAt.getTime()),
    updated_at: String(a.updatedAt.getTime()),
  };
}

const badJson = (field: string) => new DomainError('bad_request', `${field} is not a JSON object`, { code: 'INVALID_REQUEST', field });

function jsonObject(value: string, field: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw badJson(field);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw badJson(field);
  return parsed as Record<string, unknown>;
}

const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const textList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The gateway has checked the profile's shape; this keeps the fields the registry stores. */
function profileOf(raw: Record<string, unknown>): SelfAgentProfile {
  if (typeof raw.name !== 'string' || raw.name.trim().length === 0) throw new DomainError('bad_request', 'profile.name is required', { code: 'INVALID_REQUEST', field: 'profile.name' });
  return { name: raw.name, description: optionalText(raw.description), avatar: optionalText(raw.avatar), website: optionalText(raw.website), capabilities: textList(raw.capabilities), tags: textList(raw.tags) };
}

function changeOf(raw: Record<string, unknown>): ProfileChange {
  const change: ProfileChange = {};
  if (typeof raw.name === 'string' && raw.name.trim()) change.name = raw.name;
  for (const field of ['description', 'avatar', 'website'] as const) if (field in raw) change[field] = optionalText(raw[field]);
  for (const field of ['capabilities', 'tags'] as const) if (Array.isArray(raw[field])) change[field] = textList(raw[field]);
  return change;
}

export function selfRegistrationHandlers(service: SelfRegistrationService): Pick<Handlers<IdentityContract>, SelfRegistrationMethods> {
  return {
    RegisterSelfAgent: async (req) => {
      const profileAsSent = jsonObject(req.profile_json, 'profile');
      const registered = await service.register({
        keyType: req.key_type,
        publicKey: req.public_key,
        chainId: req.chain_id || null,
        timestamp: Number(req.timestamp),
        signature: req.signature,
        profileAsSent,
        profile: profileOf(profileAsSent),
      });
      return { agent: selfAgentMessage(registered.agent), token: registered.token, expires_in: registered.expiresIn };
    },
    AuthenticateSignedRequest: async (req) =>
      selfAgentMessage(
        await service.authenticateRequest({
          did: req.did,
          method: req.method,
          path: req.path,
          bodySha256: req.body_sha256,
          timestamp: Number(req.timestamp),
          signature: req.signature,
        }),
      ),
    GetSelfAgent: async (req) => selfAgentMessage(await service.getProfile(req.did)),
    UpdateSelfAgent: async (req) => selfAgentMessage(await service.updateProfile(req.caller_did, req.did, changeOf(jsonObject(req.change_json, 'body')))),
    DeactivateSelfAgent: async (req) => selfAgentMessage(await service.deactivate(req.caller_did, req.did)),
    GetSelfAgentPaymentAddress: async (req) => {
      const found = await service.paymentAddress(req.did);
      return { did: req.did, address: found.address, chain_id: found.chainId, source: found.source };
    },
  };
}
