import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/**
 * The request and trace a piece of work belongs to. The gateway starts one per request (from
 * a W3C `traceparent` header when the caller sent one), gRPC calls carry it in metadata, and
 * every log line written inside it names both.
 */
export interface TraceContext {
  trace_id: string;
  request_id: string;
}

const storage = new AsyncLocalStorage<TraceContext>();

export function currentTrace(): TraceContext | undefined {
  return storage.getStore();
}

export function runInTrace<T>(context: TraceContext, work: () => T): T {
  return storage.run(context, work);
}

export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}

/** The trace id of a `traceparent` header (version 00), if it is well-formed. */
export function traceIdFromTraceparent(header: string | undefined): string | undefined {
  const match = header && /^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(header.trim());
  if (!match || /^0+$/.test(match[1]!)) return undefined;
  return match[1];
}

export const TRACE_ID_METADATA = 'x-trace-id';
export const REQUEST_ID_METADATA = 'x-request-id';
