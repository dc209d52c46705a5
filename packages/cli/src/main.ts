import { renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, env, loadConfig } from '@agentvault/config';
import { migrateToLatest, typed } from '@agentvault/db';
import { LEDGER_SCHEMA, verifyLedgerChain, type LedgerDatabase } from '@agentvault/ledger';
import { closeGrpcHealthClients, createLogger, createShutdown, startOpsServer, type ReadinessCheck } from '@agentvault/observability';
import { AddressBook, databaseOpener, loadPlatformConfig, startOrder, startService, type ProcessContext } from '@agentvault/runtime';
import { connectBus } from './bus.js';
import { loadModules } from './modules.js';

const MODULES = await loadModules();
const ORDERED = startOrder(MODULES);
const TARGETS = ['all', ...ORDERED.map((m) => m.name)];

const USAGE = `Usage: agentvault [migrate|verify-ledger] [--target=${TARGETS.join('|')}] [--ports-file=PATH]

  agentvault --target=all       every service in this process (the default)
  agentvault --target=identity  one service
  agentvault migrate            apply every service's database migrations and exit
  agentvault verify-ledger      recompute the ledger's hash chain from the database; reports the
                                first broken link and exits 1 when there is one
  agentvault --list-targets     the services, one per line, in start order

  --ports-file=PATH (or PORTS_FILE) writes, once everything listens, a JSON file with the
  ports and addresses this process bound (port 0 is allowed everywhere).`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      target: { type: 'string', default: 'all' },
      'ports-file': { type: 'string' },
      'list-targets': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values['list-targets']) {
    console.log(ORDERED.map((m) => m.name).join('\n'));
    return;
  }
  const command = positionals[0] ?? 'run';
  if (!['run', 'migrate', 'verify-ledger'].includes(command) || positionals.length > 1) throw new UsageError(`unknown command: ${positionals.join(' ')}`);
  const target = values.target!;
  if (!TARGETS.includes(target)) throw new UsageError(`unknown target "${target}"`);

  const platform = loadPlatformConfig();
  const baseLogger = createLogger({ target, level: platform.LOG_LEVEL });
  const logger = baseLogger.child({ service: 'agentvault' });
  const openDatabase = databaseOpener(platform);

  if (command === 'migrate') {
    const applied: Record<string, string[]> = {};
    for (const module of ORDERED) {
      if (!module.schema) continue;
      const database = await openDatabase(module.schema.name);
      try {
        applied[module.schema.name] = await migrateToLatest(database, module.schema.migrations);
      } finally {
        await database.close();
      }
    }
    logger.info({ applied }, 'migrations applied');
    return;
  }

  if (command === 'verify-ledger') {
    const database = await openDatabase(LEDGER_SCHEMA);
    try {
      const result = await verifyLedgerChain(typed<LedgerDatabase>(database));
      const report = {
        ok: result.ok,
        checked: result.checked,
        head: { seq: result.head.seq.toString(), hash: result.head.hash },
        not_yet_chained: result.pending.toString(),
        broken: result.broken && { seq: result.broken.seq.toString(), reason: result.broken.reason, expected_hash: result.broken.expectedHash, stored_hash: result.broken.storedHash },
      };
      console.log(JSON.stringify(report, null, 2));
      if (!result.ok) {
        console.error(`agentvault: the ledger chain is broken at event ${report.broken!.seq}: ${report.broken!.reason}`);
        process.exitCode = 1;
      }
    } finally {
      await database.close();
    }
    return;
  }

  const { OPS_PORT, PORTS_FILE } = loadConfig({ OPS_PORT: env.port(9090), PORTS_FILE: env.string('').optional() });
  const portsFile = values['ports-file'] ?? (PORTS_FILE || undefined);
  const modules = target === 'all' ? ORDERED : ORDERED.filter((m) => m.name === target);
  // Every setting is checked before anything starts, so a bad value fails fast and names itself.
  for (const module of modules) module.config(process.env);

  const shutdown = createShutdown({ logger });
  shutdown.installSignalHandlers();
  const bus = await connectBus(platform, openDatabase, logger);
  shutdown.add('bus', () => bus.close());
  shutdown.add('health clients', () => closeGrpcHealthClients());

  const readiness: ReadinessCheck[] = [{ name: 'bus', check: () => bus.ping() }];
  const context: ProcessContext = {
    platform,
    env: process.env,
    logger: baseLogger,
    bus,
    addresses: new AddressBook(process.env),
    inProcess: target === 'all',
    openDatabase,
    catalogue: MODULES.flatMap((m) => m.events?.catalogue ?? []),
    readiness,
  };
  const ports: Record<string, number> = {};
  for (const module of modules) {
    const service = await startService(module, context);
    readiness.push(...service.readiness);
    shutdown.add(module.name, () => service.close());
    for (const [name, port] of Object.entries(service.ports)) ports[name] = port;
  }
  if (ports.http === undefined) {
    const ops = await startOpsServer({ port: OPS_PORT, checks: readiness, logger });
    shutdown.add('ops-server', ops.close);
    ports.ops = ops.port;
  }
  const report = { pid: process.pid, target, ports, grpc: context.addresses.entries() };
  if (portsFile) {
    // Written whole, then renamed: a reader never sees half a file.
    writeFileSync(`${portsFile}.tmp`, `${JSON.stringify(report)}\n`);
    renameSync(`${portsFile}.tmp`, portsFile);
  }
  logger.info({ ...report, database: platform.DATABASE_URL ? 'postgres' : 'embedded', bus: bus.kind }, 'AgentVault started');
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
