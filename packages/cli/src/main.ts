import { parseArgs } from 'node:util';
import { ConfigError } from '@agentvault/config';
import { createLogger, createShutdown, startOpsServer } from '@agentvault/observability';
import { loadPlatformConfig, databaseOpener, type ServiceContext } from '@agentvault/runtime';
import { env, loadConfig } from '@agentvault/config';
import { connectBus } from './bus.js';
import { CONFIG_CHECKS, SERVICES, TARGETS, migrateAll, type ServiceName } from './services.js';

const USAGE = `Usage: agentvault [migrate] [--target=${TARGETS.join('|')}]

  agentvault --target=all       every service in this process (the default)
  agentvault --target=identity  one service
  agentvault migrate            apply every service's database migrations and exit`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { target: { type: 'string', default: 'all' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const command = positionals[0] ?? 'run';
  if (!['run', 'migrate'].includes(command) || positionals.length > 1) throw new UsageError(`unknown command: ${positionals.join(' ')}`);
  const target = values.target!;
  if (!(TARGETS as readonly string[]).includes(target)) throw new UsageError(`unknown target "${target}"`);

  const platform = loadPlatformConfig();
  const baseLogger = createLogger({ target, level: platform.LOG_LEVEL });
  const logger = baseLogger.child({ service: 'agentvault' });
  const openDatabase = databaseOpener(platform);

  if (command === 'migrate') {
    const applied = await migrateAll(openDatabase);
    logger.info({ applied }, 'migrations applied');
    return;
  }

  const { OPS_PORT } = loadConfig({ OPS_PORT: env.port(9090) });
  const names: ServiceName[] = target === 'all' ? [...SERVICES.keys()] : [target as ServiceName];
  for (const name of names) CONFIG_CHECKS.get(name)?.(process.env);
  const shutdown = createShutdown({ logger });
  shutdown.installSignalHandlers();

  const bus = await connectBus(platform, openDatabase, logger);
  shutdown.add('bus', () => bus.close());

  const sharedReadiness = [{ name: 'bus', check: () => bus.ping() }];
  const context: ServiceContext = { platform, env: process.env, logger: baseLogger, bus, openDatabase, sharedReadiness };
  for (const name of names) {
    const service = await SERVICES.get(name)!(context);
    sharedReadiness.push(...service.readiness);
    shutdown.add(name, service.close);
  }
  if (!names.includes('gateway')) {
    const ops = await startOpsServer({ port: OPS_PORT, checks: sharedReadiness, logger });
    shutdown.add('ops-server', ops.close);
    logger.info({ port: ops.port }, 'health and metrics listening');
  }
  logger.info({ target, services: names, database: platform.DATABASE_URL ? 'postgres' : 'embedded', bus: bus.kind }, 'AgentVault started');
}

class UsageError extends Error {}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(`agentvault: ${err.message}\n\n${USAGE}`);
  } else if (err instanceof ConfigError) {
    console.error(`agentvault: ${err.message}`);
  } else {
    console.error('agentvault: failed to start:', err);
  }
  process.exit(1);
});
