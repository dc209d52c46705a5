import { z } from '../http/openapi.js';
import { route, type RouteDeps } from '../http/route.js';
import type { GatewayClients } from './clients.js';
import { reportingBaseUrl, signedRequest } from './federation.js';

/** Where a parent takes its satellites' ledger calls (services/federation/src/domain/satellite-link.ts names the same path). */
export const SATELLITE_LEDGER_PATH = '/api/v1/internal/federation/satellite/ledger';

/** The parent's end of the satellite link: registry-authenticated ledger calls of its satellites. */
export function satelliteRoutes(deps: RouteDeps, clients: GatewayClients): void {
  const federation = reportingBaseUrl(clients.federation, deps.publicBaseUrl);
  route(deps, {
    method: 'post',
    path: SATELLITE_LEDGER_PATH,
    summary: "A satellite's ledger call",
    description:
      'Registry-authenticated (RFC 9421, by an approved satellite of this registry; replays refused). Body {method, request, idempotency_key}: the call runs on this ledger if the satellite may make it (its own agents only; never minting or the treasury: 403 with the reason).',
    tags: ['Federation'],
    body: z.record(z.unknown()),
    responses: { 200: { description: "The ledger's answer, signed by this registry (@status, agentvault-registry, Content-Digest)", schema: z.record(z.unknown()) }, 401: { description: 'Unsigned, forged or replayed' }, 403: { description: 'Not open to this satellite' } },
    handler: async ({ req }) => {
      // The answer is signed by this registry (RFC 9421 response signature): passed on as it is.
      const signed = await federation.call('SatelliteLedgerCall', signedRequest(req));
      return { status: signed.status, headers: signed.headers, raw: signed.body };
    },
  });
}
