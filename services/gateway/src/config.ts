import { loadConfig, env, z, ConfigError } from '@agentvault/config';
import { trustDomainOf } from '@agentvault/auth';

export const gatewayConfigShape = {
  PORT: env.port(8080),
  HOST: env.string('0.0.0.0'),
  /** How long an Idempotency-Key's response is kept for replays. */
  IDEMPOTENCY_TTL_SECONDS: env.int(86400, 1),
  JWT_ISSUER: env.string('agentvault'),
  JWT_AUDIENCE: env.string('agentvault-api'),
  /** Requests per minute per client IP, across every endpoint. */
  RATE_LIMIT_GLOBAL: env.int(1000, 1),
  /** Requests per minute per role and client IP; admins are exempt. */
  RATE_LIMIT_DEVELOPER: env.int(300, 1),
  RATE_LIMIT_AGENT: env.int(600, 1),
  RATE_LIMIT_PUBLIC: env.int(120, 1),
  /** Turns the per-endpoint caps (login, registration, recovery) off; for sandboxes only. */
  SANDBOX_BYPASS_RATE_LIMIT: env.bool(false),
  /** Largest request line plus headers, in bytes; larger ones get a 431 problem body. */
  MAX_HEADER_SIZE: env.int(16384, 1024),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 100kb or 1mb').default('100kb'),
  /** Base of the RFC 7807 `type` URIs. */
  ERROR_TYPE_BASE_URL: env.url(['https', 'http']).default('https://docs.example.com/errors/'),
  /** Express `trust proxy`: set when behind an ingress so that limits key on the real client IP. */
  TRUST_PROXY: z.string().default('false'),
  PUBLIC_BASE_URL: env.url(['https', 'http']).optional(),
  /** The SPIFFE trust domain whose workloads may call with a JWT-SVID (the svid tier); unset: the tier is off. */
  SPIFFE_TRUST_DOMAIN: z.string().regex(/^[a-z0-9._-]+$/, 'expected a trust domain name such as agentvault.internal').optional(),
  /** The trust domain's bundle (a JWKS): a file path or an http(s) URL. */
  SPIFFE_TRUST_BUNDLE: z.string().optional(),
  /** The audience a JWT-SVID must name. */
  SPIFFE_AUDIENCE: env.string('agentvault-api'),
  /** JSON: SPIFFE ID → the svid scopes it holds, e.g. {"spiffe://agentvault.internal/auditor":["teg:audit"]}. */
  SPIFFE_ALLOWED_IDS: z
    .string()
    .default('{}')
    .transform((value, ctx) => {
      const parsed = z.record(z.array(z.string().min(1))).safeParse((() => {
        try {
          return JSON.parse(value);
        } catch {
          return undefined;
        }
      })());
      if (!parsed.success) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'expected a JSON object of SPIFFE ID → list of scopes' });
        return z.NEVER;
      }
      return parsed.data;
    }),
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(gatewayConfigShape, source);
  if (Boolean(config.SPIFFE_TRUST_DOMAIN) !== Boolean(config.SPIFFE_TRUST_BUNDLE)) {
    const missing = config.SPIFFE_TRUST_DOMAIN ? 'SPIFFE_TRUST_BUNDLE' : 'SPIFFE_TRUST_DOMAIN';
    throw new ConfigError([{ variable: missing, message: 'SPIFFE_TRUST_DOMAIN and SPIFFE_TRUST_BUNDLE go together' }]);
  }
  for (const id of Object.keys(config.SPIFFE_ALLOWED_IDS)) {
    if (trustDomainOf(id) !== config.SPIFFE_TRUST_DOMAIN) {
      throw new ConfigError([{ variable: 'SPIFFE_ALLOWED_IDS', message: `${id} is not a SPIFFE ID of the trust domain ${config.SPIFFE_TRUST_DOMAIN ?? '(unset)'}` }]);
    }
  }
  return config;
}
