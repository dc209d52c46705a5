import type { Database, Migration } from '@agentvault/db';
import { migrateToLatest } from '@agentvault/db';
import type { ServiceStarter } from '@agentvault/runtime';
import { startIdentity, identityMigrations, IDENTITY_SCHEMA, loadIdentityConfig } from '@agentvault/identity';
import { startLedger, ledgerMigrations, LEDGER_SCHEMA, loadLedgerConfig } from '@agentvault/ledger';
import { startWebhooks, webhooksMigrations, WEBHOOKS_SCHEMA, loadWebhooksConfig } from '@agentvault/webhooks';
import { startStaking, stakingMigrations, STAKING_SCHEMA, loadStakingConfig } from '@agentvault/staking';
import { startGovernance, governanceMigrations, GOVERNANCE_SCHEMA, loadGovernanceConfig } from '@agentvault/governance';
import { startGateway, loadGatewayConfig } from '@agentvault/gateway';

/** Every service of the program, in start order: the gateway last, once what it calls is up. */
export const SERVICES = new Map<string, ServiceStarter>([
  ['identity', startIdentity],
  ['ledger', startLedger],
  ['webhooks', startWebhooks],
  ['staking', startStaking],
  ['governance', startGovernance],
  ['gateway', startGateway],
]);

export type ServiceName = string;

/** Each service's settings, checked before anything starts so a bad value fails fast. */
export const CONFIG_CHECKS = new Map<string, (env: NodeJS.ProcessEnv) => unknown>([
  ['identity', loadIdentityConfig],
  ['ledger', loadLedgerConfig],
  ['webhooks', loadWebhooksConfig],
  ['staking', loadStakingConfig],
  ['governance', loadGovernanceConfig],
  ['gateway', loadGatewayConfig],
]);
export const TARGETS = ['all', ...SERVICES.keys()] as const;

/** Each service's own schema and migrations. */
const SCHEMAS: Array<{ schema: string; migrations: Record<string, Migration> }> = [
  { schema: IDENTITY_SCHEMA, migrations: identityMigrations },
  { schema: LEDGER_SCHEMA, migrations: ledgerMigrations },
  { schema: WEBHOOKS_SCHEMA, migrations: webhooksMigrations },
  { schema: STAKING_SCHEMA, migrations: stakingMigrations },
  { schema: GOVERNANCE_SCHEMA, migrations: governanceMigrations },
];

export async function migrateAll(openDatabase: (schema: string) => Promise<Database>): Promise<Record<string, string[]>> {
  const applied: Record<string, string[]> = {};
  for (const { schema, migrations } of SCHEMAS) {
    const database = await openDatabase(schema);
    try {
      applied[schema] = await migrateToLatest(database, migrations);
    } finally {
      await database.close();
    }
  }
  return applied;
}
