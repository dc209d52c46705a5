import type { DomainEvent } from './types.js';

/** Every event subject starts with this token: `agentvault.<source>.<type>`. */
export const SUBJECT_ROOT = 'agentvault';

const TOKEN = /^[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isDotted(value: string): boolean {
  return value.split('.').every((t) => TOKEN.test(t));
}

/** Throws unless `source` is one subject token and `type` is one or more dotted tokens. */
export function assertEventNames(source: string, type: string): void {
  if (typeof source !== 'string' || !TOKEN.test(source)) {
    throw new Error(`invalid event source ${JSON.stringify(source)}: use one token of letters, digits, '_' or '-'`);
  }
  if (typeof type !== 'string' || !isDotted(type)) {
    throw new Error(`invalid event type ${JSON.stringify(type)}: use dotted tokens of letters, digits, '_' or '-' such as 'agent.created'`);
  }
}

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Throws unless `event` is a well-formed DomainEvent. */
export function assertDomainEvent(event: DomainEvent): void {
  if (!event || typeof event !== 'object') throw new Error('event must be an object');
  if (!isUuid(event.id)) throw new Error(`event id must be a uuid, got ${JSON.stringify(event.id)}`);
  assertEventNames(event.source, event.type);
  if (typeof event.occurredAt !== 'string' || Number.isNaN(Date.parse(event.occurredAt))) {
    throw new Error(`event ${event.id} has an invalid occurredAt`);
  }
  if (!event.data || typeof event.data !== 'object' || Array.isArray(event.data)) {
    throw new Error(`event ${event.id} data must be an object`);
  }
  if (event.subject !== undefined && typeof event.subject !== 'string') {
    throw new Error(`event ${event.id} subject must be a string`);
  }
}

/** The bus subject of an event: `agentvault.<source>.<type>`. */
export function subjectFor(event: Pick<DomainEvent, 'source' | 'type'>): string {
  return `${SUBJECT_ROOT}.${event.source}.${event.type}`;
}

/** Throws unless `filter` is a valid NATS subject filter ('*' one token, '>' the rest, last only). */
export function assertFilter(filter: string): void {
  const tokens = typeof filter === 'string' ? filter.split('.') : [''];
  tokens.forEach((t, i) => {
    const ok = t === '*' || (t === '>' && i === tokens.length - 1) || TOKEN.test(t);
    if (!ok) throw new Error(`invalid subject filter ${JSON.stringify(filter)}`);
  });
}

/** NATS subject matching: '*' matches exactly one token, a final '>' one or more. */
export function subjectMatches(filter: string, subject: string): boolean {
  const f = filter.split('.');
  const s = subject.split('.');
  for (let i = 0; i < f.length; i += 1) {
    if (f[i] === '>') return s.length > i;
    if (i >= s.length) return false;
    if (f[i] !== '*' && f[i] !== s[i]) return false;
  }
  return f.length === s.length;
}

/** Durable consumer names: one token, usable as a NATS consumer name and a table key. */
export function assertDurable(durable: string): void {
  if (typeof durable !== 'string' || !TOKEN.test(durable) || durable.length > 200) {
    throw new Error(`invalid durable name ${JSON.stringify(durable)}: use letters, digits, '_' or '-'`);
  }
}
