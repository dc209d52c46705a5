import { loadConfig, env, z } from '@agentvault/config';

export const gatewayConfigShape = {
  PORT: env.port(8080),
  HOST: env.string('0.0.0.0'),
  IDENTITY_GRPC_ADDR: env.hostPort('127.0.0.1:50051'),
  LEDGER_GRPC_ADDR: env.hostPort('127.0.0.1:50052'),
  WEBHOOKS_GRPC_ADDR: env.hostPort('127.0.0.1:50059'),
  STAKING_GRPC_ADDR: env.hostPort('127.0.0.1:50053'),
  GOVERNANCE_GRPC_ADDR: env.hostPort('127.0.0.1:50054'),
  /** How long an Idempotency-Key's response is kept for replays. */
  IDEMPOTENCY_TTL_SECONDS: env.int(86400, 1),
  GRPC_DEADLINE_MS: env.int(5000, 10),
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
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 100kb or 1mb').default('100kb'),
  /** Base of the RFC 7807 `type` URIs. */
  ERROR_TYPE_BASE_URL: env.url(['https', 'http']).default('https://docs.example.com/errors/'),
  /** Express `trust proxy`: set when behind an ingress so that limits key on the real client IP. */
  TRUST_PROXY: z.string().default('false'),
  PUBLIC_BASE_URL: env.url(['https', 'http']).optional(),
};

export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;

export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env) {
  return loadConfig(gatewayConfigShape, source);
}
