import type { ClientsOf } from '@agentvault/runtime';
import { identityContract } from '@agentvault/contracts/identity';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { webhooksContract } from '@agentvault/contracts/webhooks';
import { federationContract } from '@agentvault/contracts/federation';

/** Every service the gateway calls: one typed client each, made by the runner. */
export const gatewayCalls = {
  identity: identityContract,
  ledger: ledgerContract,
  webhooks: webhooksContract,
  federation: federationContract,
};

export type GatewayClients = ClientsOf<typeof gatewayCalls>;
