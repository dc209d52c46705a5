import { DomainError, unauthorized } from '@agentvault/errors';
import { z } from '../http/openapi.js';
import type { IdempotencyContext } from '../http/idempotency.js';
import type { Principal } from '../http/principal.js';

/** What every route module shares: who is calling, amounts, and small proto ↔ JSON conventions. */

/** The calling agent's DID; the route's auth tiers guarantee an agent, this checks it. */
export function agentOf(principal: Principal | undefined): string {
  if (principal?.tier !== 'agent') throw unauthorized('Could not validate agent credentials');
  return principal.agentDid;
}

/** The calling developer's id (a developer JWT or an API key). */
export function developerOf(principal: Principal | undefined): string {
  if (principal?.tier !== 'developer') throw unauthorized('Could not validate credentials');
  return principal.developerId;
}

/** The presented single-use bootstrap token. */
export function bootstrapTokenOf(principal: Principal | undefined): string {
  if (principal?.tier !== 'bootstrap') throw unauthorized('Invalid or missing bootstrap token');
  return principal.token;
}

/** AVT in a request: a decimal string (exact) or a JSON number. */
export const Amount = z
  .union([z.string().max(64), z.number()])
  .openapi({ description: 'AVT, a decimal with at most 18 places; send a string to keep it exact', example: '10.5' });
/** AVT in an answer: always a string with 18 decimal places. */
export const AmountText = z.string().openapi({ description: 'AVT with 18 decimal places', example: '10.000000000000000000' });
export const ZERO = '0.000000000000000000';

/** proto3 has no null for strings: empty means absent. */
export const orNull = (value: string | undefined | null) => (value ? value : null);
/** A request value as the proto's string (amounts are parsed exactly by the service). */
export const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** The gateway's Idempotency-Key record, as the services' contracts carry it. */
export const idempotencyOf = (i: IdempotencyContext | undefined) => (i ? { scope: i.scope, key: i.key, request_hash: i.requestHash } : undefined);
export const replayHeader = (r: { replayed: boolean }) => (r.replayed ? { 'Idempotent-Replayed': 'true' } : undefined);

/**
 * Query values that are not valid percent-encoding reach the handler undecoded (the parser keeps
 * them as sent): refuse them rather than search for the raw text.
 */
export function assertDecodableQuery(url: string): void {
  const query = url.split('?')[1] ?? '';
  for (const part of query.split('&')) {
    const [name = '', value = ''] = part.split('=');
    try {
      decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      const field = name.replace(/[^A-Za-z0-9_]/g, '') || 'query';
      throw new DomainError('validation_error', `${field}: is not valid percent-encoding`, {
        code: 'VALIDATION_FAILED',
        field,
        context: { errors: [{ field, message: 'is not valid percent-encoding' }] },
      });
    }
  }
}
