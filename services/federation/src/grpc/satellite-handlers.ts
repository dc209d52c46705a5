import type { Handlers } from '@agentvault/grpc';
import type { FederationContract } from '@agentvault/contracts/federation';
import type { SatelliteParentService } from '../domain/satellite-parent.js';

/** proto ↔ domain for the parent's end of the satellite link. */
export function satelliteHandlers(satellites: SatelliteParentService): Pick<Handlers<FederationContract>, 'SatelliteLedgerCall'> {
  return {
    SatelliteLedgerCall: async (req) => ({ json: JSON.stringify(await satellites.call({ method: req.method, url: req.url, headers: req.headers, body: req.body })) }),
  };
}
