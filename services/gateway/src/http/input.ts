import type { RequestHandler } from 'express';
import { DomainError } from '@agentvault/errors';

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Far more than any agent card or JWK needs, far less than what overflows JSON.stringify's stack. */
export const MAX_INPUT_DEPTH = 64;

function refusal(field: string, message: string): DomainError {
  return new DomainError('validation_error', `${field}: ${message}`, {
    code: 'VALIDATION_FAILED',
    field,
    context: { errors: [{ field, message }] },
  });
}

export const tooDeep = (depth: number, field: string) => refusal(field, `must not be nested more than ${depth} levels deep`);

/**
 * Input no service can take, found before it reaches one (where it would come back as a 500):
 * strings or object keys with NUL (U+0000) or unpaired UTF-16 surrogates, which PostgreSQL text
 * and jsonb refuse, and nesting deeper than MAX_INPUT_DEPTH. Iterative, so that it cannot overflow itself.
 */
export function unacceptableInput(root: unknown): { path: string[]; message: string } | undefined {
  type Node = { value: unknown; depth: number; key?: string; parent?: Node };
  const pathOf = (node: Node) => {
    const path: string[] = [];
    for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) path.unshift(n.key);
    return path;
  };
  const unstorable = 'must not contain NUL characters or unpaired surrogates';
  const pending: Node[] = [{ value: root, depth: 0 }];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (typeof node.value === 'string') {
      if (UNSTORABLE.test(node.value)) return { path: pathOf(node), message: unstorable };
    } else if (node.value !== null && typeof node.value === 'object') {
      if (node.depth >= MAX_INPUT_DEPTH) return { path: pathOf(node), message: `must not be nested more than ${MAX_INPUT_DEPTH} levels deep` };
      for (const [key, value] of Object.entries(node.value).reverse()) {
        if (UNSTORABLE.test(key)) return { path: pathOf(node), message: unstorable };
        pending.push({ value, depth: node.depth + 1, key, parent: node });
      }
    }
  }
  return undefined;
}

function decodable(query: string): boolean {
  try {
    decodeURIComponent(query.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

export function assertAcceptableInput(value: unknown, where: 'body' | 'query' | 'path'): void {
  const problem = unacceptableInput(value);
  if (problem) throw refusal(problem.path.join('.') || where, problem.message);
}

/**
 * Runs right after the body parsers, before authentication, idempotency hashing or anything else
 * walks the body or the query, so that every route refuses such input the same way.
 */
export const acceptableInput: RequestHandler = (req, _res, next) => {
  try {
    // A raw body (rawBodyPaths) is bytes for its signature check, not values to be stored.
    if (!Buffer.isBuffer(req.body)) assertAcceptableInput(req.body, 'body');
    assertAcceptableInput(req.query, 'query');
    // The query parser keeps a malformed escape (`%E0%A4%A`) as literal text; a free-text
    // parameter would then search for bytes nobody sent.
    const search = req.originalUrl.indexOf('?');
    if (search >= 0 && !decodable(req.originalUrl.slice(search + 1))) throw refusal('query', 'is not valid percent-encoded UTF-8');
    next();
  } catch (err) {
    next(err);
  }
};
