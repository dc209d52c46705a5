import { DomainError } from '@agentvault/errors';

/**
 * A message field of a gRPC answer that the service always sets. proto3 makes every message
 * field optional on the wire; a missing one is the service's fault, answered as a 500.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new DomainError('internal_server_error', `the service's answer lacks ${what}`);
  return value;
}
