export * from './types.js';
export { SUBJECT_ROOT, subjectFor, subjectMatches, assertFilter, assertDurable, assertDomainEvent, assertEventNames } from './subjects.js';
export { eventsMigrations, appendToOutbox, appendManyToOutbox, outboxInsertStatement, OutboxRelay, createOutboxUnitOfWork, type NewEvent, type OutboxRelayOptions, type OutboxUnitOfWork, type RepositoriesFactory } from './outbox.js';
export { idempotentBatchHandler, idempotentHandler, idempotentManyHandler } from './idempotent.js';
export type { OutboxTable, ProcessedEventsTable, OutboxTables, EmbeddedBusTables } from './tables.js';
export { connectNatsBus, type NatsBusOptions } from './nats-bus.js';
export { createEmbeddedBus, embeddedBusMigrations, type EmbeddedBusOptions } from './embedded-bus.js';
