import type { Handlers } from '@agentvault/grpc';
import type { FederationContract } from '@agentvault/contracts/federation';
import type { SatelliteParentService } from '../domain/satellite-parent.js';

/** proto ↔ domain for the parent's end of the satellite link. */
export function satelliteHandlers(satellites: SatelliteParentService): Pick<Handlers<FederationContract>, 'SatelliteLedgerCall'> {
  return {
    SatelliteLedgerCall: async (req) => {
      const signed = await satellites.call({ method: req.method, url: req.url, headers: req.headers, body: req.body });
      return { status: signed.status, headers: signed.headers, body: signed.body };
    },
  };
}
