import { loadConfig, env, isProduction, isSecretsKey, z, ConfigError } from '@agentvault/config';
import { bridgeConfigShape } from './bridge-config.js';

const visualPin = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return {};
    try {
      const parsed = JSON.parse(v) as unknown;
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Object.values(parsed).every((x) => typeof x === 'string')) throw new Error();
      return parsed as Record<string, string>;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected a JSON object of strings, e.g. {"orb":"sovereign-gold"}' });
      return z.NEVER;
    }
  });

export const federationConfigShape = {
  /** This registry's name on its card and to its peers. */
  REGISTRY_NAME: env.string('agentvault'),
  /**
   * Where the world reaches this registry's gateway; the card's identity and every endpoint derive
   * from it. Required in production; elsewhere unset means the address the gateway reports.
   */
  PUBLIC_BASE_URL: env.url(['http', 'https']).optional(),
  REGISTRY_ROLE: z.enum(['mainframe', 'satellite']).default('mainframe'),
  MINTING_ENABLED: env.bool(true),
  FIAT_ONRAMP_ENABLED: env.bool(false),
  /** A satellite's parent mainframe. */
  PARENT_REGISTRY_URL: env.url(['http', 'https']).optional(),
  /** Lets peers live on loopback, private and link-local addresses (local development and tests only). */
  FEDERATION_ALLOW_PRIVATE_PEERS: env.bool(false),
  /** How long a retired card key stays published (and its cards verify). */
  FEDERATION_KEY_ROTATION_GRACE_SECONDS: env.int(7 * 24 * 3600, 0),
  /** Approved peers' cards are re-fetched (with If-None-Match) this often; 0 turns the schedule off. */
  FEDERATION_SYNC_INTERVAL_MS: env.int(300_000, 0),
  /** A cached peer card older than this makes its verdict stale. */
  FEDERATION_CARD_MAX_AGE_SECONDS: env.int(3600, 1),
  /** What one peer may cost a federated search, or a ruling waiting for the peer that carries it out. */
  FEDERATION_PEER_DEADLINE_MS: env.int(2000, 10),
  FEDERATION_FETCH_TIMEOUT_MS: env.int(5000, 10),
  /** How often federation proposals are announced to peers and closed copies' signed tallies sent home; 0 turns it off. */
  FEDERATION_VOTE_INTERVAL_MS: env.int(5000, 0),
  /** A visual identity pinned by the network operator, JSON, e.g. {"orb":"sovereign-gold","glow":"amber"}. */
  FEDERATION_PINNED_VISUAL: visualPin,
  /**
   * 32 bytes, base64: seals the card's private signing keys at rest (AES-256-GCM). Required in
   * production (NODE_ENV=production); elsewhere unset means a key generated once into DATA_DIR/keys/.
   */
  FEDERATION_SECRETS_KEY: z.string().refine(isSecretsKey, 'expected 32 bytes, base64-encoded (openssl rand -base64 32)').optional(),
  ...bridgeConfigShape,
};

export type FederationConfig = ReturnType<typeof loadFederationConfig>;

export function loadFederationConfig(source: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(federationConfigShape, source);
  if (config.REGISTRY_ROLE === 'satellite' && !config.PARENT_REGISTRY_URL) {
    throw new ConfigError([{ variable: 'PARENT_REGISTRY_URL', message: 'a satellite names the parent mainframe whose currency it uses' }]);
  }
  if (config.FAULT_CRASH_AT.length > 0 && isProduction(source)) {
    throw new ConfigError([{ variable: 'FAULT_CRASH_AT', message: 'a test-only setting; refused when NODE_ENV=production' }]);
  }
  if (!config.PUBLIC_BASE_URL && isProduction(source)) {
    throw new ConfigError([{ variable: 'PUBLIC_BASE_URL', message: "required when NODE_ENV=production: the registry card's identity derives from it" }]);
  }
  return { ...config, MINTING_ENABLED: config.REGISTRY_ROLE === 'satellite' ? false : config.MINTING_ENABLED };
}
