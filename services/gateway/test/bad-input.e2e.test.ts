import assert from 'node:assert/strict';
import { createTestDatabase, httpClient, startStack, TEST_ADMIN, uniqueSuffix, type HttpRequest, type RequestOptions, type Stack, type TestDatabase, type TestResponse } from '@agentvault/testing';

/**
 * Bad input over every operation of /openapi.json, generated from the document at test time so
 * that a new route is covered the day it is added: wrong types, missing and hostile extra
 * fields, huge and deep bodies, NUL and unpaired surrogates, wrong content types, malformed
 * JSON, out-of-range and odd-format numbers, long and badly encoded path and query values. Each
 * must be answered 4xx with the dual-emit problem body, never 5xx, never a bare answer.
 */

const TYPE_BASE = 'https://docs.example.com/errors/';
const FORM = 'application/x-www-form-urlencoded';

/** The parts of an OpenAPI 3.1 document this suite reads. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  /** A search term or filter value: one that matches nothing is an empty result, not an error. */
  'x-free-text'?: boolean;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  security?: Record<string, string[]>[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface Document {
  paths: Record<string, Partial<Record<'get' | 'post' | 'put' | 'delete', Operation>>>;
  components: { schemas: Record<string, Schema> };
}

interface Case {
  what: string;
  path: string;
  options: RequestOptions;
}

const JSON_TYPES = (value: unknown): string[] =>
  value === null ? ['null'] : Array.isArray(value) ? ['array'] : typeof value === 'object' ? ['object'] : typeof value === 'number' ? (Number.isInteger(value) ? ['integer', 'number'] : ['number']) : [typeof value];

function deepJson(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

describe('bad input over every operation in /openapi.json', function () {
  this.timeout(120_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;
  let doc: Document;
  const credentials: Record<string, RequestOptions> = {};

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url });
    http = httpClient(stack.baseUrl);
    doc = (await http<Document>('GET', '/openapi.json')).body;

    const admin = (await http('POST', '/api/v1/auth/login', { form: { username: TEST_ADMIN.email, password: TEST_ADMIN.password } })).body.access_token;
    const email = `bad-${uniqueSuffix()}@example.com`;
    const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: 'Corr3ct-Horse!', name: 'Bad Input' } });
    assert.equal(reg.status, 201, reg.text);
    const dev = (await http('POST', '/api/v1/auth/login', { form: { username: email, password: 'Corr3ct-Horse!' } })).body.access_token;
    const bst = (await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: dev, json: {} })).body.bootstrap_token;
    const agent = await http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst }, json: { agent_card: { name: 'Bad Input Bot' } } });
    const agentToken = (await http('POST', '/api/v1/auth/agent/token', { form: { client_id: agent.body.client_id, client_secret: agent.body.client_secret } })).body.access_token;
    const spareBootstrap = (await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: dev, json: {} })).body.bootstrap_token;
    const recovery = (await http('POST', '/api/v1/auth/recover-account', { json: { email, recovery_key: reg.body.recovery_keys[0] } })).body.access_token;
    assert.ok(admin && agentToken && spareBootstrap && recovery);
    // The admin passes every developer and admin check, so that validation is what answers.
    credentials.developerJwt = { token: admin };
    credentials.agentJwt = { token: agentToken };
    credentials.bootstrapToken = { headers: { 'Bootstrap-Token': spareBootstrap } };
    credentials.recoveryToken = { token: recovery };
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });

  const resolve = (schema: Schema | undefined): Schema | undefined => {
    if (!schema) return undefined;
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0]);
    return schema;
  };
  /** The JSON types a schema admits, or undefined when it admits anything (or we cannot tell). */
  const typesOf = (raw: Schema | undefined): string[] | undefined => {
    const schema = resolve(raw);
    if (!schema) return undefined;
    const alternatives = schema.anyOf ?? schema.oneOf;
    if (alternatives) {
      const all = alternatives.map(typesOf);
      return all.some((t) => t === undefined) ? undefined : all.flat() as string[];
    }
    if (!schema.type) return undefined;
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    return schema.nullable ? [...types, 'null'] : types;
  };
  const plausible = (raw: Schema | undefined): unknown => {
    const schema = resolve(raw);
    if (schema?.enum?.length) return schema.enum[0];
    switch (typesOf(schema)?.[0]) {
      case 'integer':
      case 'number':
        return 1;
      case 'boolean':
        return true;
      case 'object':
        return {};
      case 'array':
        return [];
      default:
        return 'x';
    }
  };

  function casesFor(pathTemplate: string, method: string, op: Operation): Case[] {
    const scheme = op.security?.map((s) => Object.keys(s)[0]!).find((name) => credentials[name]);
    const auth: RequestOptions = scheme ? credentials[scheme]! : {};
    const withAuth = (options: RequestOptions): RequestOptions => ({ ...options, token: auth.token, headers: { ...auth.headers, ...options.headers } });
    const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
    const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query');
    const fill = (values: Record<string, string> = {}) => pathTemplate.replace(/\{([^}]+)\}/g, (_m, name: string) => values[name] ?? 'x');
    const cases: Case[] = [];
    const add = (what: string, options: RequestOptions, path = fill()) => cases.push({ what, path, options: withAuth(options) });
    const sendsBody = method !== 'get';

    // Path values: long, NUL, badly percent-encoded.
    for (const p of pathParams) {
      add(`path ${p.name} of 10,000 characters`, {}, fill({ [p.name]: 'a'.repeat(10_000) }));
      add(`path ${p.name} with NUL`, {}, fill({ [p.name]: 'a%00b' }));
      add(`path ${p.name} badly percent-encoded`, {}, fill({ [p.name]: '%E0%A4%A' }));
    }
    // Query values: odd-format and out-of-range numbers, long and NUL strings.
    for (const p of queryParams) {
      const types = typesOf(p.schema) ?? [];
      const values = types.includes('integer') || types.includes('number')
        ? ['0x10', '1e1', '1.5', '-1', '99999999999999999999', 'NaN', 'abc', '']
        : ['a'.repeat(10_000), 'a%00b', '%E0%A4%A', ...(resolve(p.schema)?.['x-free-text'] ? [] : ['no-such-value'])];
      for (const v of values) {
        if (v === '' ) continue;
        add(`query ${p.name}=${v.length > 40 ? `${v.slice(0, 10)}… (${v.length})` : v}`, {}, `${fill()}?${p.name}=${v.includes('%') ? v : encodeURIComponent(v)}`);
      }
    }
    if (!sendsBody) return cases;

    // Bodies every operation must refuse before anything reads them, whatever it takes.
    add('a body nested 5,000 deep', { raw: deepJson(5000), contentType: 'application/json' });
    add('a body over BODY_LIMIT', { raw: JSON.stringify({ filler: 'x'.repeat(200_000) }), contentType: 'application/json' });
    add('malformed JSON', { raw: '{"a":', contentType: 'application/json' });
    add('a hostile extra field: NUL in its key', { raw: '{"bad\\u0000key":1}', contentType: 'application/json' });
    add('a hostile extra field: an unpaired surrogate', { raw: '{"extra":"\\ud800"}', contentType: 'application/json' });
    add('a hostile extra field: deep nesting', { raw: `{"extra":${deepJson(100)}}`, contentType: 'application/json' });

    const content = op.requestBody?.content ?? {};
    const form = content[FORM];
    const json = content['application/json'];
    if (form) {
      const schema = resolve(form.schema);
      add('JSON sent to a form endpoint', { json: {} });
      add('an empty form', { raw: '', contentType: FORM });
      const fields = Object.fromEntries(Object.keys(schema?.properties ?? {}).map((k) => [k, 'x']));
      for (const name of Object.keys(schema?.properties ?? {})) add(`form field ${name} with NUL`, { form: { ...fields, [name]: 'a\u0000b' } });
    }
    if (json) {
      const schema = resolve(json.schema);
      const properties = schema?.properties ?? {};
      const required = schema?.required ?? [];
      const base = Object.fromEntries(required.map((k) => [k, plausible(properties[k])]));
      add('text/plain instead of JSON', { raw: JSON.stringify(base), contentType: 'text/plain' });
      add('XML instead of JSON', { raw: '<a>1</a>', contentType: 'application/xml' });
      if (required.length > 0) {
        add('an empty object (required fields missing)', { json: {} });
        add('an array instead of an object', { json: [] });
        add('a string instead of an object', { raw: '"x"', contentType: 'application/json' });
        for (const name of required) {
          const { [name]: _omitted, ...rest } = base;
          add(`required ${name} missing`, { json: rest });
        }
      }
      for (const [name, propSchema] of Object.entries(properties)) {
        const types = typesOf(propSchema);
        if (!types) continue;
        for (const wrong of [42, 1.5, 'x', true, { a: 1 }, [1], null]) {
          if (JSON_TYPES(wrong).some((t) => types.includes(t))) continue;
          add(`${name} as ${JSON.stringify(wrong)}`, { json: { ...base, [name]: wrong } });
        }
        if (types.includes('string')) {
          add(`${name} with NUL`, { json: { ...base, [name]: 'a\u0000b' } });
          add(`${name} with an unpaired surrogate`, { json: { ...base, [name]: 'a\ud800b' } });
        }
        if (types.includes('number') || types.includes('integer')) {
          for (const raw of ['1e400', '-1e400', '99999999999999999999999', '-1', '0x10', '1.5e-400']) {
            add(`${name} as ${raw}`, { raw: JSON.stringify({ ...base, [name]: '__N__' }).replace('"__N__"', raw), contentType: 'application/json' });
          }
        }
      }
    }
    return cases;
  }

  it('answers every bad request 4xx with the problem body, never 5xx', async () => {
    const all: { method: string; c: Case }[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops) as [string, Operation][]) {
        for (const c of casesFor(path, method, op)) all.push({ method: method.toUpperCase(), c });
      }
    }
    assert.ok(Object.keys(doc.paths).length >= 30, 'the document lists the API');
    assert.ok(all.length > 300, `only ${all.length} cases`);
    const failures: string[] = [];
    // A few at a time: quick, and gentle on a shared machine.
    for (let i = 0; i < all.length; i += 8) {
      await Promise.all(
        all.slice(i, i + 8).map(async ({ method, c }) => {
          let res: TestResponse;
          try {
            res = await http(method, c.path, c.options);
          } catch (err) {
            failures.push(`${method} ${c.path.slice(0, 80)} — ${c.what}: ${(err as Error).message}`);
            return;
          }
          const shaped =
            /^application\/problem\+json/.test(res.headers.get('content-type') ?? '') &&
            res.body?.status === res.status &&
            res.body?.detail === res.body?.error?.detail &&
            res.body?.type === `${TYPE_BASE}${res.body?.error?.type}` &&
            typeof res.body?.title === 'string' &&
            typeof res.body?.instance === 'string';
          if (res.status < 400 || res.status >= 500 || !shaped) {
            failures.push(`${method} ${c.path.slice(0, 80)} — ${c.what}: ${res.status} ${res.text.slice(0, 200)}`);
          }
        }),
      );
    }
    assert.deepEqual(failures, [], `${failures.length} of ${all.length} cases:\n${failures.join('\n')}`);
  });
});
