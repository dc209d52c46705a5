import { env, loadConfig } from '@agentvault/config';
import { openDatabase } from '@agentvault/db';

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
  /** Deadline of every gRPC call between services (and from the gateway). */
  GRPC_DEADLINE_MS: env.int(5000, 10),
  /** Calls between services of one process skip the network (same contract, same serialization); false dials every call. */
  GRPC_IN_PROCESS: env.bool(true),
};

export type PlatformConfig = ReturnType<typeof loadPlatformConfig>;
export function loadPlatformConfig(source: NodeJS.ProcessEnv = process.env) {
  return loadConfig(platformConfigShape, source);
}

export function databaseOpener(platform: PlatformConfig) {
  return (schema: string) => openDatabase({ url: platform.DATABASE_URL, dataDir: `${platform.DATA_DIR}/pglite`, schema });
}
