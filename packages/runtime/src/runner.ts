import * as grpc from '@grpc/grpc-js';
import { env as envVar, loadConfig } from '@agentvault/config';
import { migrateToLatest, typed, type Database } from '@agentvault/db';
import type { Kysely } from 'kysely';
import { OutboxRelay, idempotentBatchHandler, idempotentManyHandler, idempotentHandler, type Bus, type DomainEvent, type OutboxTables, type Subscription } from '@agentvault/events';
import { bindServer, createClient, serveInProcess, serviceOf, shutdownServer, type Client, type Contract } from '@agentvault/grpc';
import { addGrpcHealth, checkGrpcHealth, type Logger, type ReadinessCheck } from '@agentvault/observability';
import type { CatalogueEntry } from '@agentvault/contracts/events';
import type { PlatformConfig } from './platform.js';
import type { AnyServiceModule, ClientsOf, StartContext } from './service.js';

/** `ledger` → `LEDGER`, `fiat-onramp` → `FIAT_ONRAMP`: the prefix of a service's variables. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/**
 * Where each service is reached. Services started in this process record the address they
 * actually bound (port 0 included); the others come from `<NAME>_GRPC_ADDR`, or the contract's
 * conventional port on loopback.
 */
export class AddressBook {
  private readonly local = new Map<string, string>();
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  record(name: string, address: string): void {
    this.local.set(name, address);
  }

  addressOf(contract: Contract): string {
    const local = this.local.get(contract.name);
    if (local) return local;
    const variable = `${envPrefix(contract.name)}_GRPC_ADDR`;
    const { [variable]: address } = loadConfig({ [variable]: envVar.hostPort(`127.0.0.1:${contract.defaultPort}`) }, this.env);
    return address as string;
  }

  /** Every address known in this process, for the ports report. */
  entries(): Record<string, string> {
    return Object.fromEntries(this.local);
  }
}

/** What the program shares between the services of one process. */
export interface ProcessContext {
  platform: PlatformConfig;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  bus: Bus;
  addresses: AddressBook;
  /** True for `--target=all`: gRPC servers bind port 0 on loopback unless `<NAME>_GRPC_BIND` says otherwise. */
  inProcess: boolean;
  openDatabase(schema: string): Promise<Database>;
  /** Every event type the program's services publish. */
  catalogue: readonly CatalogueEntry[];
  /** Readiness of everything started so far in this process. */
  readiness: ReadinessCheck[];
}

export interface RunningService {
  name: string;
  /** The gRPC address it bound, if it serves one. */
  address?: string;
  ports: Record<string, number>;
  readiness: ReadinessCheck[];
  /** Stop taking work, finish what is in flight, flush the outbox, close the database. */
  close(): Promise<void>;
}

function bindAddressOf(module: AnyServiceModule, context: ProcessContext): string {
  const prefix = envPrefix(module.name);
  const shape = {
    [`${prefix}_GRPC_BIND`]: envVar.hostPort('').optional(),
    [`${prefix}_GRPC_ADDR`]: envVar.hostPort('').optional(),
  };
  const values = loadConfig(shape, context.env) as Record<string, string | undefined>;
  const bind = values[`${prefix}_GRPC_BIND`] || undefined;
  if (bind) return bind;
  if (context.inProcess) return '127.0.0.1:0';
  return values[`${prefix}_GRPC_ADDR`] || `127.0.0.1:${(module.contract as Contract).defaultPort}`;
}

const NO_SCHEMA = (name: string): Database =>
  new Proxy({} as Database, {
    get(_target, property) {
      if (property === 'then') return undefined;
      throw new Error(`service ${name} declared no schema, so it has no database (asked for ${String(property)})`);
    },
  });

/**
 * Starts one service: opens and migrates its schema, starts its outbox relay, creates the
 * clients it calls, runs its `start`, serves its contract with grpc.health.v1, subscribes its
 * consumers and starts its workers. `close` undoes it all in reverse order.
 */
export async function startService(module: AnyServiceModule, context: ProcessContext): Promise<RunningService> {
  const config: unknown = module.config(context.env);
  const logger = context.logger.child({ service: module.name });
  const closers: Array<{ what: string; close: () => Promise<void> | void }> = [];
  const close = async () => {
    for (const { what, close: closeOne } of closers.splice(0).reverse()) {
      try {
        await closeOne();
      } catch (err) {
        logger.warn({ err, what }, 'closing failed');
      }
    }
  };

  try {
    let database = NO_SCHEMA(module.name);
    const readiness: ReadinessCheck[] = [];
    let relay: OutboxRelay | undefined;
    if (module.schema) {
      database = await context.openDatabase(module.schema.name);
      closers.push({ what: 'database', close: () => database.close() });
      if (context.platform.MIGRATE_ON_START) await migrateToLatest(database, module.schema.migrations);
      readiness.push({ name: `${module.name}-database`, check: () => database.ping() });
      const outboxRelay = new OutboxRelay({ database, bus: context.bus, logger });
      outboxRelay.start();
      relay = outboxRelay;
      // Publish what committed before we stop; anything left stays in the outbox for next time.
      closers.push({
        what: 'outbox',
        close: async () => {
          await outboxRelay.flush().catch((err: unknown) => logger.warn({ err }, 'outbox not fully flushed at shutdown'));
          await outboxRelay.stop();
        },
      });
    }

    const clients: Record<string, Client<Contract>> = {};
    const calledAddresses: Array<{ contract: Contract; address: string }> = [];
    for (const [as, contract] of Object.entries(module.calls as Record<string, Contract>)) {
      const address = context.addresses.addressOf(contract);
      clients[as] = createClient(contract, address, { deadlineMs: context.platform.GRPC_DEADLINE_MS });
      calledAddresses.push({ contract, address });
      closers.push({ what: `client ${as}`, close: () => clients[as]!.close() });
    }

    function idempotent<DB extends OutboxTables>(durable: string, handler: (event: DomainEvent, trx: Kysely<DB>) => Promise<void>) {
      return idempotentHandler(typed<DB>(database), durable, handler);
    }
    function idempotentBatch<DB extends OutboxTables>(durable: string, handler: (event: DomainEvent, trx: Kysely<DB>) => Promise<void>) {
      return idempotentBatchHandler(typed<DB>(database), durable, handler);
    }
    function idempotentMany<DB extends OutboxTables>(durable: string, handler: (events: DomainEvent[], trx: Kysely<DB>) => Promise<void>) {
      return idempotentManyHandler(typed<DB>(database), durable, handler);
    }
    const startContext: StartContext<unknown, Record<string, Contract>> = {
      name: module.name,
      config,
      platform: context.platform,
      env: context.env,
      logger,
      bus: context.bus,
      database,
      outbox: { notify: () => relay?.notify() },
      clients: clients as ClientsOf<Record<string, Contract>>,
      catalogue: context.catalogue,
      processReadiness: context.readiness,
      callsReadiness: () =>
        calledAddresses.map(({ contract, address }) => ({ name: contract.name, check: () => checkGrpcHealth(address, contract.service, 1000) })),
      idempotent,
      idempotentBatch,
      idempotentMany,
    };
    const parts = await module.start(startContext);
    if (parts.close) closers.push({ what: 'service', close: () => parts.close!() });
    readiness.push(...(parts.readiness ?? []));

    for (const worker of parts.workers ?? []) {
      worker.start();
      closers.push({ what: `worker ${worker.name}`, close: () => worker.stop() });
    }
    for (const consumer of parts.consumers ?? []) {
      const subscription: Subscription = await context.bus.subscribe(consumer);
      closers.push({ what: `consumer ${consumer.durable}`, close: () => subscription.stop() });
    }

    let address: string | undefined;
    if (module.contract) {
      const contract = module.contract as Contract;
      const server = new grpc.Server();
      const { definition, implementation } = serviceOf(contract, parts.handlers as never, logger);
      server.addService(definition, implementation);
      const health = addGrpcHealth(server, [contract.service]);
      const bind = bindAddressOf(module, context);
      const port = await bindServer(server, bind);
      address = `${bind.slice(0, bind.lastIndexOf(':'))}:${port}`;
      // A wildcard bind is reached on loopback from this process.
      const reachable = address.replace(/^(0\.0\.0\.0|\[::\]|::):/, '127.0.0.1:');
      context.addresses.record(module.name, reachable);
      // Callers in this process skip the network (see in-process.ts); others still dial the port.
      const leaveProcess = context.platform.GRPC_IN_PROCESS ? serveInProcess(reachable, definition, implementation) : () => {};
      health.setAll(true);
      closers.push({
        what: 'grpc server',
        close: async () => {
          leaveProcess();
          health.setAll(false);
          await shutdownServer(server);
        },
      });
      logger.info({ address }, `${module.name} gRPC listening`);
    }

    return { name: module.name, address, ports: parts.ports ?? {}, readiness, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * Orders modules so that each starts after the services it calls that run in the same
 * process (their addresses are known only once they have bound).
 */
export function startOrder<M extends AnyServiceModule>(modules: readonly M[]): M[] {
  const byName = new Map(modules.map((m) => [m.name, m]));
  const ordered: M[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (module: M, path: string[]) => {
    const seen = state.get(module.name);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new Error(`services call each other in a cycle: ${[...path, module.name].join(' → ')}`);
    state.set(module.name, 'visiting');
    for (const contract of Object.values(module.calls as Record<string, Contract>)) {
      const callee = byName.get(contract.name);
      if (callee) visit(callee, [...path, module.name]);
    }
    state.set(module.name, 'done');
    ordered.push(module);
  };
  for (const module of modules) visit(module, []);
  return ordered;
}
