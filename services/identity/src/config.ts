import { loadConfig, env, z, ConfigError } from '@agentvault/config';

export const identityConfigShape = {
  JWT_ISSUER: env.string('agentvault'),
  JWT_AUDIENCE: env.string('agentvault-api'),
  ACCESS_TOKEN_TTL_SECONDS: env.int(3600, 60),
  RECOVERY_TOKEN_TTL_SECONDS: env.int(600, 60),
  BOOTSTRAP_TOKEN_TTL_SECONDS: env.int(3600, 60),
  TOTP_ISSUER: env.string('AgentVault'),
  BOOTSTRAP_ADMIN_EMAIL: z.string().email({ message: 'expected an email address' }).optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().optional(),
};

export type IdentityConfig = ReturnType<typeof loadIdentityConfig>;

export function loadIdentityConfig(source: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(identityConfigShape, source);
  if (config.BOOTSTRAP_ADMIN_EMAIL && !config.BOOTSTRAP_ADMIN_PASSWORD) {
    throw new ConfigError([{ variable: 'BOOTSTRAP_ADMIN_PASSWORD', message: 'required when BOOTSTRAP_ADMIN_EMAIL is set' }]);
  }
  return config;
}
