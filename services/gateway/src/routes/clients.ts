import type { ClientsOf } from '@agentvault/runtime';
import { identityContract } from '@agentvault/contracts/identity';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { webhooksContract } from '@agentvault/contracts/webhooks';
import { stakingContract } from '@agentvault/contracts/staking';
import { governanceContract } from '@agentvault/contracts/governance';
import { paymentsContract } from '@agentvault/contracts/payments';
import { fiatContract } from '@agentvault/contracts/fiat';
import { federationContract } from '@agentvault/contracts/federation';
import { marketplaceContract } from '@agentvault/contracts/marketplace';

/** Every service the gateway calls: one typed client each, made by the runner. */
export const gatewayCalls = {
  identity: identityContract,
  ledger: ledgerContract,
  webhooks: webhooksContract,
  staking: stakingContract,
  governance: governanceContract,
  payments: paymentsContract,
  fiat: fiatContract,
  federation: federationContract,
  marketplace: marketplaceContract,
};

export type GatewayClients = ClientsOf<typeof gatewayCalls>;
