import type { Kysely } from 'kysely';
import type { Database, Migration } from '@agentvault/db';
import type { Bus, DomainEvent, OutboxTables } from '@agentvault/events';
import type { Client, Contract, Handlers } from '@agentvault/grpc';
import type { CatalogueEntry, EventContract } from '@agentvault/contracts/events';
import type { Logger, ReadinessCheck } from '@agentvault/observability';
import type { PlatformConfig } from './platform.js';

/** The contracts a service calls, by the name it uses for each client. */
export type Calls = Record<string, Contract>;
export type ClientsOf<C extends Calls> = { [K in keyof C]: Client<C[K]> };

/** A durable event consumer. Use `context.idempotent(...)` for exactly-once effects in the service's database. */
export interface ConsumerSpec {
  /** The durable name ([A-Za-z0-9_-]); it resumes where it left off across restarts. */
  durable: string;
  /** A subject filter over `<prefix>.<source>.<type>`; write `agentvault.` and the runner applies the prefix. */
  filter: string;
  handler: (event: DomainEvent) => Promise<void>;
  /** Several events at once where the bus can (see SubscribeOptions.batchHandler). */
  batchHandler?: (events: DomainEvent[]) => Promise<void>;
  maxBatch?: number;
}

/** Something that runs in the background for as long as the service does (a delivery loop, a scheduler). */
export interface Worker {
  name: string;
  start(): void;
  /** Stop taking work and finish what is in flight. */
  stop(): Promise<void>;
}

/** What a service's `start` hands back to the runner. */
export interface ServiceParts<C extends Contract | undefined> {
  /** Every method of the service's contract. */
  handlers: C extends Contract ? Handlers<C> : undefined;
  consumers?: ConsumerSpec[];
  workers?: Worker[];
  /** Checks beyond the database's, for /ready. */
  readiness?: ReadinessCheck[];
  /** Ports the service bound itself (the gateway's HTTP port), reported with the gRPC addresses. */
  ports?: Record<string, number>;
  /** Runs after the gRPC server, consumers and workers have stopped, before the outbox is flushed. */
  close?(): Promise<void>;
}

/** What the runner gives a service's `start`. */
export interface StartContext<Config, C extends Calls> {
  name: string;
  config: Config;
  platform: PlatformConfig;
  env: NodeJS.ProcessEnv;
  logger: Logger;
  bus: Bus;
  /** The service's own schema, migrated. Only for services that declare `schema`. */
  database: Database;
  /** Wakes the outbox relay after a transaction appended events. */
  outbox: { notify(): void };
  /** Typed clients of the services it calls: deadline, circuit breaker, error mapping. */
  clients: ClientsOf<C>;
  /** Every event type the program's services publish (the webhook catalogue). */
  catalogue: readonly CatalogueEntry[];
  /** Readiness of everything else in this process (the gateway's /ready reports the process). */
  processReadiness: ReadinessCheck[];
  /** Readiness checks (gRPC health) of the services this one calls. */
  callsReadiness(): ReadinessCheck[];
  /** Wraps a consumer so its effects and the record of the event commit in one transaction, once. */
  idempotent<DB extends OutboxTables>(durable: string, handler: (event: DomainEvent, trx: Kysely<DB>) => Promise<void>): (event: DomainEvent) => Promise<void>;
  /** The same for a consumer's `batchHandler`: the waiting events in one transaction, each once. */
  idempotentBatch<DB extends OutboxTables>(durable: string, handler: (event: DomainEvent, trx: Kysely<DB>) => Promise<void>): (events: DomainEvent[]) => Promise<void>;
  /** The same, with the batch's new events handed over together (for a handler that reads and writes for all at once). */
  idempotentMany<DB extends OutboxTables>(durable: string, handler: (events: DomainEvent[], trx: Kysely<DB>) => Promise<void>): (events: DomainEvent[]) => Promise<void>;
}

/** One service of the program: everything the runner needs to start, serve and stop it. */
export interface ServiceModule<Config = unknown, C extends Calls = Calls, Own extends Contract | undefined = Contract | undefined> {
  name: string;
  /** The gRPC contract it serves; absent for the gateway, which serves HTTP. */
  contract: Own;
  /** The events it publishes (its event contract); they join the webhook catalogue. */
  events?: EventContract<object>;
  /** Its own Postgres schema and migrations; absent for services without state. */
  schema?: { name: string; migrations: Record<string, Migration> };
  /** Parses and checks its settings; a bad value throws a ConfigError naming the variable. */
  config(env: NodeJS.ProcessEnv): Config;
  calls: C;
  /**
   * Set on a module that stands in for the service of the same name on a registry of this role
   * (a satellite's forwarding ledger): the program runs it there instead of that service.
   */
  role?: 'satellite';
  start(context: StartContext<Config, C>): Promise<ServiceParts<Own>>;
}

/** Marks what defineService made, so that a program can find the modules among a package's exports. */
const SERVICE_MODULE = Symbol.for('agentvault.service-module');

/** Declares a service module; the types of its config, clients and handlers flow from here. */
export function defineService<Config, C extends Calls = Record<never, never>, Own extends Contract | undefined = undefined>(
  module: Omit<ServiceModule<Config, C, Own>, 'calls' | 'contract'> & { calls?: C; contract?: Own },
): ServiceModule<Config, C, Own> {
  const defined = { ...module, calls: (module.calls ?? {}) as C, contract: module.contract as Own };
  Object.defineProperty(defined, SERVICE_MODULE, { value: true });
  return defined;
}

/** Whether a value is a module made by defineService. */
export function isServiceModule(value: unknown): value is AnyServiceModule {
  return typeof value === 'object' && value !== null && (value as { [SERVICE_MODULE]?: unknown })[SERVICE_MODULE] === true;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of modules of different configs and contracts
export type AnyServiceModule = ServiceModule<any, any, any>;
