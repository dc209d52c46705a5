import type { AnyServiceModule } from '@agentvault/runtime';
import { identityModule } from '@agentvault/identity';
import { ledgerModule } from '@agentvault/ledger';
import { webhooksModule } from '@agentvault/webhooks';
import { stakingModule } from '@agentvault/staking';
import { governanceModule } from '@agentvault/governance';
import { paymentsModule } from '@agentvault/payments';
import { fiatModule } from '@agentvault/fiat';
import { federationModule, satelliteLedgerModule } from '@agentvault/federation';
import { marketplaceModule } from '@agentvault/marketplace';
import { gatewayModule } from '@agentvault/gateway';

/**
 * Every service of the program. This list drives `--target`, the configuration checks,
 * `agentvault migrate`, `--list-targets` (and so scripts/dev-split.sh and the test stacks) and
 * the webhook catalogue; the start order follows the `calls` between them.
 */
export const MODULES: readonly AnyServiceModule[] = [identityModule, ledgerFor(process.env), webhooksModule, paymentsModule, fiatModule, stakingModule, governanceModule, federationModule, marketplaceModule, gatewayModule];

/** A satellite keeps no event store: its `ledger` forwards every call to the parent's (services/federation/src/satellite-ledger.ts). */
function ledgerFor(environment: NodeJS.ProcessEnv): AnyServiceModule {
  return environment.REGISTRY_ROLE === 'satellite' ? satelliteLedgerModule : ledgerModule;
}
