import { loadConfig, env, z, ConfigError } from '@agentvault/config';
import { parseEur } from './domain/money.js';
import { parseTierSpec, type TierTable } from './domain/tiers.js';

export const fiatConfigShape = {
  REGISTRY_ROLE: z.enum(['mainframe', 'satellite']).default('mainframe'),
  /** A satellite's mainframe: its storefront's checkouts go there. */
  PARENT_REGISTRY_URL: env.url(['https', 'http']).optional(),
  /** This frame may take fiat at all (a genesis or peer sovereign frame). */
  FIAT_GENESIS_REGISTRY: env.bool(false),
  /** The master switch of the fiat surface. */
  FIAT_ONRAMP_ENABLED: env.bool(false),
  STRIPE_API_KEY: z.string().regex(/^(sk|rk)_(test|live)_\w+$/, 'expected a Stripe secret key (sk_test_…, sk_live_…)').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_\w+$/, 'expected a Stripe webhook signing secret (whsec_…)').optional(),
  /** Another Stripe-compatible API base (stripe-mock in tests and local runs). */
  STRIPE_API_BASE: env.url(['https', 'http']).optional(),
  STRIPE_TIMEOUT_MS: env.int(10000, 100),
  /** How old a signed Stripe webhook may be before it is refused. */
  STRIPE_WEBHOOK_TOLERANCE_SECONDS: env.int(300, 1),
  FIAT_MIN_EUR: z.string().default('1'),
  FIAT_MAX_EUR: z.string().default('500'),
  /** Each tier's starting EUR and its AVT per EUR. */
  FIAT_TIERS: z.string().default('1:2000,50:2500,200:3000'),
  /** Where the backer page lives; Stripe sends payers back there. */
  PUBLIC_BASE_URL: env.url(['https', 'http']).default('http://127.0.0.1:8080'),
  /** Further origins a checkout's own success_url / cancel_url may point to (a satellite's storefront), comma-separated. */
  FIAT_RETURN_ORIGINS: z.string().default(''),
  FIAT_PROXY_TIMEOUT_MS: env.int(10000, 100),
};

export type FiatConfig = ReturnType<typeof loadFiatConfig>;

function euros(source: NodeJS.ProcessEnv, variable: 'FIAT_MIN_EUR' | 'FIAT_MAX_EUR', value: string) {
  try {
    return parseEur(value, variable);
  } catch {
    throw new ConfigError([{ variable, message: 'expected a EUR amount such as 1 or 500.00' }]);
  }
}

/** The settings, with contradictions refused: each names the variable to change. */
export function loadFiatConfig(source: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(fiatConfigShape, source);
  const refuse = (variable: string, message: string) => {
    throw new ConfigError([{ variable, message }]);
  };
  const satellite = config.REGISTRY_ROLE === 'satellite';
  if (satellite && config.FIAT_GENESIS_REGISTRY) refuse('FIAT_GENESIS_REGISTRY', 'a satellite registry cannot take fiat; only a mainframe can');
  if (satellite && config.FIAT_ONRAMP_ENABLED) refuse('FIAT_ONRAMP_ENABLED', 'a satellite registry cannot take fiat; only a mainframe can');
  if (satellite && config.STRIPE_API_KEY) refuse('STRIPE_API_KEY', 'a satellite registry never talks to Stripe; its mainframe does');
  if (satellite && config.STRIPE_WEBHOOK_SECRET) refuse('STRIPE_WEBHOOK_SECRET', 'a satellite registry never talks to Stripe; its mainframe does');
  if (config.FIAT_ONRAMP_ENABLED && !config.FIAT_GENESIS_REGISTRY) refuse('FIAT_ONRAMP_ENABLED', 'the on-ramp needs FIAT_GENESIS_REGISTRY=true');
  if (config.FIAT_ONRAMP_ENABLED && !config.STRIPE_API_KEY) refuse('STRIPE_API_KEY', 'required when FIAT_ONRAMP_ENABLED=true');
  if (config.FIAT_ONRAMP_ENABLED && !config.STRIPE_WEBHOOK_SECRET) refuse('STRIPE_WEBHOOK_SECRET', 'required when FIAT_ONRAMP_ENABLED=true');
  if (config.STRIPE_API_KEY?.includes('_live_') && config.STRIPE_API_BASE) refuse('STRIPE_API_BASE', 'a live Stripe key must talk to Stripe itself, not to another API base');
  const tiers: TierTable | string = parseTierSpec(config.FIAT_TIERS, euros(source, 'FIAT_MIN_EUR', config.FIAT_MIN_EUR), euros(source, 'FIAT_MAX_EUR', config.FIAT_MAX_EUR));
  if (typeof tiers === 'string') refuse('FIAT_TIERS', tiers as string);
  const returnOrigins = [new URL(config.PUBLIC_BASE_URL).origin];
  for (const entry of config.FIAT_RETURN_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean)) {
    try {
      returnOrigins.push(new URL(entry).origin);
    } catch {
      refuse('FIAT_RETURN_ORIGINS', `${entry} is not a URL`);
    }
  }
  return { ...config, tierTable: tiers as TierTable, returnOrigins };
}
