import type { ClientsOf } from '@agentvault/runtime';
import { identityContract } from '@agentvault/contracts/identity';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { webhooksContract } from '@agentvault/contracts/webhooks';
import { paymentsContract } from '@agentvault/contracts/payments';
import { fiatContract } from '@agentvault/contracts/fiat';
import { federationContract } from '@agentvault/contracts/federation';
import { marketplaceContract } from '@agentvault/contracts/marketplace';

/** Every service the gateway calls: one typed client each, made by the runner. */
export const gatewayCalls = {
  identity: identityContract,
  ledger: ledgerContract,
  webhooks: webhooksContract,
  payments: paymentsContract,
  fiat: fiatContract,
  federation: federationContract,
  marketplace: marketplaceContract,
};

export type GatewayClients = ClientsOf<typeof gatewayCalls>;
