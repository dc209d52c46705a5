import { loadConfig, env, z, ConfigError } from '@agentvault/config';

const decimal = (fallback: string) => z.string().regex(/^\d+(\.\d{1,18})?$/, 'expected a decimal amount such as 0.001').default(fallback);

export const ledgerConfigShape = {
  /** mainframe: its own event store, can mint. satellite: minting off, its parent's currency. */
  REGISTRY_ROLE: z.enum(['mainframe', 'satellite']).default('mainframe'),
  MINTING_ENABLED: env.bool(true),
  /** AVT minted to the treasury the first time a mainframe's ledger starts. */
  GENESIS_SUPPLY: decimal('1000000000'),
  TRANSFER_FEE_AMOUNT: decimal('0.001'),
  IDEMPOTENCY_TTL_SECONDS: env.int(86400, 1),
  /** How often pending holds past their expiry are voided back to their payers. */
  HOLD_EXPIRY_SWEEP_MS: env.int(5000, 10),
  /** Longest pause before newly written events are hashed into the chain (commits also wake the writer). */
  LEDGER_CHAIN_POLL_MS: env.int(1000, 10),
  /** How long a commit's wake-up waits, so that the commits meanwhile share one pass of the chain writer. */
  LEDGER_CHAIN_LINGER_MS: env.int(100, 0),
};

export type LedgerConfig = ReturnType<typeof loadLedgerConfig>;

export function loadLedgerConfig(source: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(ledgerConfigShape, source);
  if (config.REGISTRY_ROLE === 'satellite' && source.MINTING_ENABLED === 'true') {
    throw new ConfigError([{ variable: 'MINTING_ENABLED', message: 'a satellite registry cannot mint' }]);
  }
  return { ...config, MINTING_ENABLED: config.REGISTRY_ROLE === 'satellite' ? false : config.MINTING_ENABLED };
}
