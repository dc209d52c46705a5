import { z } from '../http/openapi.js';
import { route, type RouteDeps } from '../http/route.js';
import type { GatewayClients } from './clients.js';
import { reportingBaseUrl, signedRequest } from './federation.js';

/**
 * Registry-to-registry calls of federation-wide votes and the cross-registry slash. Each is an
 * RFC 9421 signed request of an approved peer, checked by the federation service over the exact
 * body bytes (so these paths keep their raw body).
 */

const TAGS = ['Federation'];
export const FEDERATED_PROPOSAL_PATH = '/api/v1/federation/votes/proposals';
export const FEDERATED_TALLY_PATH = '/api/v1/federation/votes/tallies';
export const SLASH_PATH = '/api/v1/federation/slash';
export const FEDERATED_SIGNED_PATHS: readonly string[] = [FEDERATED_PROPOSAL_PATH, FEDERATED_TALLY_PATH, SLASH_PATH];

const Json = z.record(z.unknown());
const parse = (doc: { json: string }) => JSON.parse(doc.json) as Record<string, unknown>;
const SIGNED = { 401: { description: 'Unsigned, forged or replayed' }, 403: { description: 'The calling registry is not an approved peer' } };

export function federatedRoutes(deps: RouteDeps, clients: GatewayClients): void {
  const federation = reportingBaseUrl(clients.federation, deps.publicBaseUrl);
  route(deps, {
    method: 'post',
    path: FEDERATED_PROPOSAL_PATH,
    summary: "A peer's federation-wide proposal, to be voted on here",
    description: 'Registry-authenticated. Opens (once per proposal of that peer) a copy that agents of this registry vote on with their own voting power; when it closes, its signed tally is sent to the proposing registry.',
    tags: TAGS,
    body: Json,
    responses: { 200: { description: 'The copy here', schema: Json }, ...SIGNED },
    handler: async ({ req }) => ({ body: parse(await federation.call('ReceiveFederatedProposal', signedRequest(req))) }),
  });
  route(deps, {
    method: 'post',
    path: FEDERATED_TALLY_PATH,
    summary: "A peer's signed tally of one of this registry's federation proposals",
    description: "Registry-authenticated. Body {tally}: a compact JWS (EdDSA) by a key of the peer's JWKS; refused (422 TALLY_NOT_VERIFIED) when unsigned, forged or naming another registry.",
    tags: TAGS,
    body: Json,
    responses: { 200: { description: 'Accepted', schema: Json }, 422: { description: 'The tally does not verify' }, ...SIGNED },
    handler: async ({ req }) => ({ body: parse(await federation.call('ReceiveFederatedTally', signedRequest(req))) }),
  });
  route(deps, {
    method: 'post',
    path: SLASH_PATH,
    summary: "A peer's dispute ruling against an agent of this registry",
    description: 'Registry-authenticated. Applies the token penalty (to this registry’s treasury) and the reputation adjustment once per ruling of that peer, or refuses with a reason; a replay gets the first answer.',
    tags: TAGS,
    body: Json,
    responses: { 200: { description: 'applied or refused, with the reason', schema: Json }, 409: { description: 'The ruling was received before with other terms' }, ...SIGNED },
    handler: async ({ req }) => ({ body: parse(await federation.call('ReceiveSlash', signedRequest(req))) }),
  });
}
