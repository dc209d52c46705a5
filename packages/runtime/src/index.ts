import { env, loadConfig } from '@agentvault/config';
import { openDatabase, type Database } from '@agentvault/db';
import type { Bus } from '@agentvault/events';
import type { Logger, ReadinessCheck } from '@agentvault/observability';

/** Settings every process shares: where its infrastructure is and how it logs. */
export const platformConfigShape = {
  DATABASE_URL: env.url(['postgres', 'postgresql']).optional(),
  NATS_URL: env.url(['nats', 'tls']).optional(),
  REDIS_URL: env.url(['redis', 'rediss']).optional(),
  /** Namespaces this registry's keys when several share one Redis. */
  REDIS_KEY_PREFIX: env.string('agentvault:'),
  /** The JetStream stream and the first subject token; registries sharing a NATS server pick their own. */
  NATS_STREAM: env.string('AGENTVAULT'),
  NATS_SUBJECT_PREFIX: env.string('agentvault'),
  DATA_DIR: env.string('./.data'),
  LOG_LEVEL: env.logLevel(),
  MIGRATE_ON_START: env.bool(true),
};

export type PlatformConfig = ReturnType<typeof loadPlatformConfig>;
export function loadPlatformConfig(source: NodeJS.ProcessEnv = process.env) {
  return loadConfig(platformConfigShape, source);
}

/** What the program hands each service it starts. */
export interface ServiceContext {
  platform: PlatformConfig;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  bus: Bus;
  /** Readiness of the other services in this process, for the process's /ready. */
  sharedReadiness: ReadinessCheck[];
  /** Opens this service's own schema on the configured database (PostgreSQL or the embedded one). */
  openDatabase(schema: string): Promise<Database>;
}

export interface RunningService {
  name: string;
  readiness: ReadinessCheck[];
  /** Stop taking work, finish what is in flight, flush the outbox, close the database. */
  close(): Promise<void>;
}

export type ServiceStarter = (context: ServiceContext) => Promise<RunningService>;

export function databaseOpener(platform: PlatformConfig) {
  return (schema: string) => openDatabase({ url: platform.DATABASE_URL, dataDir: `${platform.DATA_DIR}/pglite`, schema });
}
