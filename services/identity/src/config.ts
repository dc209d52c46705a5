import { loadConfig, env, isSecretsKey, z, ConfigError } from '@agentvault/config';

export const identityConfigShape = {
  JWT_ISSUER: env.string('agentvault'),
  JWT_AUDIENCE: env.string('agentvault-api'),
  ACCESS_TOKEN_TTL_SECONDS: env.int(3600, 60),
  RECOVERY_TOKEN_TTL_SECONDS: env.int(600, 60),
  BOOTSTRAP_TOKEN_TTL_SECONDS: env.int(3600, 60),
  TOTP_ISSUER: env.string('AgentVault'),
  /** Sybil limit: active agents one developer may have; create_agent refuses the next. */
  MAX_AGENTS_PER_DEVELOPER: env.int(100, 1),
  /** The host named in self-registered agents' did:web DIDs (a port written %3A). */
  REGISTRY_DID_HOST: z.string().regex(/^[a-z0-9.-]+(%3A\d{1,5})?$/i, 'expected a host name, a port written %3A (e.g. registry.example.com or localhost%3A8000)').default('localhost'),
  /** Sybil limit: active agents one organization may hold; also the highest agent quota an organization may set. */
  MAX_AGENTS_PER_ORGANIZATION: env.int(1000, 1),
  /** The highest API key quota an organization may set (and its default). */
  MAX_API_KEYS_PER_ORGANIZATION: env.int(100, 1),
  /** The highest requests-per-minute quota an organization may set (and its default). */
  MAX_REQUESTS_PER_MINUTE_PER_ORGANIZATION: env.int(6000, 1),
  /** Agents (creating one, adding one to an organization) need a verified email address. */
  REQUIRE_VERIFIED_EMAIL: env.bool(false),
  /** smtp:// or smtps:// (credentials in the URL) for verification mail; unset: mail is disabled. */
  SMTP_URL: env.url(['smtp', 'smtps']).optional(),
  MAIL_FROM: env.string('AgentVault <no-reply@localhost>'),
  SMTP_TIMEOUT_MS: env.int(10_000, 100),
  /** The registry's public URL: the verification links in mail point here. */
  PUBLIC_BASE_URL: env.url(['https', 'http']).default('http://127.0.0.1:8080'),
  EMAIL_VERIFICATION_TTL_SECONDS: env.int(86_400, 60),
  BOOTSTRAP_ADMIN_EMAIL: z.string().email({ message: 'expected an email address' }).optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().optional(),
  /**
   * 32 bytes, base64: seals TOTP secrets at rest (AES-256-GCM). Required in production
   * (NODE_ENV=production); elsewhere unset means a key generated once into DATA_DIR/keys/.
   */
  TOTP_SECRETS_KEY: z.string().refine(isSecretsKey, 'expected 32 bytes, base64-encoded (openssl rand -base64 32)').optional(),
};

export type IdentityConfig = ReturnType<typeof loadIdentityConfig>;

export function loadIdentityConfig(source: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(identityConfigShape, source);
  if (config.BOOTSTRAP_ADMIN_EMAIL && !config.BOOTSTRAP_ADMIN_PASSWORD) {
    throw new ConfigError([{ variable: 'BOOTSTRAP_ADMIN_PASSWORD', message: 'required when BOOTSTRAP_ADMIN_EMAIL is set' }]);
  }
  return config;
}
