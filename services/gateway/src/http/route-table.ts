import express, { type RequestHandler, type Router } from 'express';

type Verb = 'get' | 'post' | 'put' | 'patch' | 'delete';

interface Registration {
  verb: Verb | 'use';
  path: string;
  handlers: RequestHandler[];
}

/** How many leading path segments pick a request's routes. */
const KEY_SEGMENTS = 3;

/**
 * The key of a path: its first three segments, lower-cased (routes match case-insensitively).
 * A request path always has one; a registered path has one only when those segments are plain
 * words, and, for a `use` mount (which matches by prefix), when it has all three.
 */
function keyOf(path: string, kind: 'request' | 'route' | 'mount'): string | undefined {
  const segments = path.split('/').slice(1);
  while (segments.length > 0 && segments.at(-1) === '') segments.pop(); // '/a/b/' is '/a/b'
  segments.splice(KEY_SEGMENTS);
  if (kind !== 'request') {
    if (segments.some((s) => !/^[\w.-]*$/.test(s))) return undefined;
    if (kind === 'mount' && segments.length < KEY_SEGMENTS) return undefined;
  }
  return `/${segments.join('/')}`.toLowerCase();
}

/**
 * The gateway's routes. One express router tries its routes one after another, which for two
 * hundred routes cost 5% of the CPU of a balance read. Routes are recorded here in order and then
 * split by their first three path segments: a request goes to the router of its key, which holds,
 * in their order, the routes of that key and the routes that could match any key (a parameter
 * among those segments, a shorter mount). A route of another key could never match it, so every
 * request meets the same routes in the same order as in one router, and only those.
 */
export class RouteTable {
  private readonly registrations: Registration[] = [];

  get(path: string, ...handlers: RequestHandler[]): void {
    this.add('get', path, handlers);
  }
  post(path: string, ...handlers: RequestHandler[]): void {
    this.add('post', path, handlers);
  }
  put(path: string, ...handlers: RequestHandler[]): void {
    this.add('put', path, handlers);
  }
  patch(path: string, ...handlers: RequestHandler[]): void {
    this.add('patch', path, handlers);
  }
  delete(path: string, ...handlers: RequestHandler[]): void {
    this.add('delete', path, handlers);
  }
  /** A prefix mount, as `router.use(path, …)`. */
  use(path: string, ...handlers: RequestHandler[]): void {
    this.add('use', path, handlers);
  }

  private add(verb: Registration['verb'], path: string, handlers: RequestHandler[]): void {
    if (!path.startsWith('/')) throw new Error(`route path ${JSON.stringify(path)} must start with /`);
    this.registrations.push({ verb, path, handlers });
  }

  /** The routes as one request handler; call once every route is registered. */
  handler(): RequestHandler {
    const keyed = this.registrations.map((r) => ({ ...r, key: keyOf(r.path, r.verb === 'use' ? 'mount' : 'route') }));
    const build = (take: (key: string | undefined) => boolean): Router => {
      const router = express.Router();
      for (const r of keyed) if (take(r.key)) router[r.verb](r.path, ...r.handlers);
      return router;
    };
    const byKey = new Map<string, Router>();
    for (const key of new Set(keyed.flatMap((r) => (r.key ? [r.key] : [])))) byKey.set(key, build((k) => k === key || k === undefined));
    const anyKey = build((k) => k === undefined);
    return (req, res, next) => (byKey.get(keyOf(req.path, 'request')!) ?? anyKey)(req, res, next);
  }
}
