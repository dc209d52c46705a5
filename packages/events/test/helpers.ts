import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '@agentvault/db';
import { createTestDatabase, uniqueSuffix } from '@agentvault/testing';
import type { Bus, DomainEvent, Subscription } from '../src/index.js';

/** Opens databases on one real-PostgreSQL test database or one PGlite directory, and cleans up. */
export interface DatabaseHost {
  kind: 'postgres' | 'pglite';
  open(schema: string): Promise<Database>;
  /** Closes every database opened here and drops the test database or the directory. */
  dispose(): Promise<void>;
}

export async function postgresHost(): Promise<DatabaseHost> {
  const testDb = await createTestDatabase('av_events');
  const opened: Database[] = [];
  return {
    kind: 'postgres',
    open: async (schema) => {
      const db = await openDatabase({ url: testDb.url, schema, poolSize: 5 });
      opened.push(db);
      return db;
    },
    dispose: async () => {
      for (const db of opened) await db.close();
      await testDb.drop();
    },
  };
}

export async function pgliteHost(): Promise<DatabaseHost> {
  const dir = mkdtempSync(path.join(tmpdir(), 'av-events-'));
  const opened: Database[] = [];
  return {
    kind: 'pglite',
    open: async (schema) => {
      const db = await openDatabase({ dataDir: dir, schema });
      opened.push(db);
      return db;
    },
    dispose: async () => {
      for (const db of opened) await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function makeEvent(source: string, type: string, data: Record<string, unknown> = {}, subject?: string): DomainEvent {
  const event: DomainEvent = { id: randomUUID(), type, source, occurredAt: new Date().toISOString(), data };
  if (subject !== undefined) event.subject = subject;
  return event;
}

/** A source token no other test uses, so each test reads only its own events. */
export function uniqueSource(): string {
  return `t${uniqueSuffix()}`;
}

export function uniqueDurable(name: string): string {
  return `${name}-${uniqueSuffix()}`;
}

export interface Collector {
  events: DomainEvent[];
  ids(): string[];
  subscription: Subscription;
}

/** Subscribes and records every event the handler accepted, in order. */
export async function collect(bus: Bus, durable: string, filter: string, handler?: (event: DomainEvent) => Promise<void>): Promise<Collector> {
  const events: DomainEvent[] = [];
  const subscription = await bus.subscribe({
    durable,
    filter,
    handler: async (event) => {
      if (handler) await handler(event);
      events.push(event);
    },
  });
  return { events, ids: () => events.map((e) => e.id), subscription };
}

/** A bus double for relay tests: records every successful publish (duplicates included), and can be made to fail. */
export class RecordingBus implements Bus {
  readonly kind = 'embedded' as const;
  readonly published: DomainEvent[] = [];
  attempts = 0;
  /** While true every publish rejects. */
  failing = false;
  /** Reject the publish attempt with this number (1-based), once. */
  failOnAttempt: number | undefined;

  async publish(event: DomainEvent): Promise<void> {
    this.attempts += 1;
    await Promise.resolve();
    if (this.failing || this.attempts === this.failOnAttempt) throw new Error('bus unavailable');
    this.published.push(event);
  }
  ids(): string[] {
    return this.published.map((e) => e.id);
  }
  async subscribe(): Promise<Subscription> {
    throw new Error('not supported by the recording bus');
  }
  async ping(): Promise<void> {}
  async close(): Promise<void> {}
}
