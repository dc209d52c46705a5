import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import {
  createTestDatabase, httpClient, startAgentVault, startStack, TEST_ADMIN, waitFor,
  type HttpRequest, type Stack, type TestDatabase, type TestResponse,
} from '@agentvault/testing';

/**
 * The platform around the API, as an operator or an integrator sees it: the OpenAPI document
 * and its UI, security headers, health, readiness and metrics, configuration errors at start,
 * and graceful shutdown.
 */

const FORM = 'application/x-www-form-urlencoded';

/** The endpoints the gateway serves today; the document may list more, never fewer. */
const SERVED: Array<[method: string, path: string]> = [
  ['post', '/api/v1/auth/register-developer'],
  ['post', '/api/v1/auth/login'],
  ['post', '/api/v1/auth/logout'],
  ['post', '/api/v1/auth/2fa/setup'],
  ['post', '/api/v1/auth/2fa/enable'],
  ['post', '/api/v1/auth/2fa/disable'],
  ['post', '/api/v1/auth/recover-account'],
  ['post', '/api/v1/auth/set-new-password'],
  ['post', '/api/v1/auth/api-keys'],
  ['get', '/api/v1/auth/api-keys'],
  ['delete', '/api/v1/auth/api-keys/{id}'],
  ['post', '/api/v1/auth/agent/token'],
  ['get', '/api/v1/developers/me'],
  ['get', '/api/v1/developers/me/agents'],
  ['post', '/api/v1/onboard/bootstrap/request-token'],
  ['post', '/api/v1/onboard/create_agent'],
  ['get', '/api/v1/agents/me'],
  ['get', '/api/v1/agents/by-did/{did}'],
  ['get', '/.well-known/jwks.json'],
];

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Resolves a local `$ref` of the document. */
function deref(doc: any, schema: any): any {
  if (!schema?.$ref) return schema;
  return schema.$ref.replace(/^#\//, '').split('/').reduce((node: any, key: string) => node?.[key], doc);
}

function assertSecurityHeaders(res: TestResponse, what: string) {
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
  assert.equal(res.headers.get('x-powered-by'), null, `${what}: X-Powered-By`);
  assert.match(res.headers.get('x-frame-options') ?? '', /^(SAMEORIGIN|DENY)$/, `${what}: X-Frame-Options`);
  assert.ok(res.headers.get('referrer-policy'), `${what}: Referrer-Policy`);
}

describe('platform end to end', function () {
  this.timeout(60_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;
  let adminToken: string;

  before(async () => {
    db = await createTestDatabase();
    stack = await startStack({ layout: 'all', databaseUrl: db.url });
    http = httpClient(stack.baseUrl);
    const login = await http('POST', '/api/v1/auth/login', { form: { username: TEST_ADMIN.email, password: TEST_ADMIN.password } });
    assert.equal(login.status, 200, login.text);
    adminToken = login.body.access_token;
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-6000));
  });

  describe('GET /openapi.json', () => {
    let doc: any;
    before(async () => {
      const res = await http('GET', '/openapi.json');
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
      doc = res.body;
    });

    it('is an OpenAPI 3.1 document', () => {
      assert.match(doc.openapi, /^3\.1\.\d+$/);
      assert.equal(typeof doc.info.title, 'string');
      assert.equal(typeof doc.info.version, 'string');
      for (const scheme of ['developerJwt', 'agentJwt', 'apiKey', 'bootstrapToken']) assert.ok(doc.components.securitySchemes[scheme], scheme);
    });

    it('documents every endpoint the gateway serves', () => {
      const missing = SERVED.filter(([method, path]) => !doc.paths[path]?.[method]).map(([m, p]) => `${m.toUpperCase()} ${p}`);
      assert.deepEqual(missing, []);
    });

    it('documents only endpoints the gateway serves', async () => {
      const unserved: string[] = [];
      for (const [path, item] of Object.entries<any>(doc.paths)) {
        for (const method of METHODS.filter((m) => item[m])) {
          const concrete = path.replace(/\{[^}]+\}/g, 'x');
          const res = await http(method.toUpperCase(), concrete);
          if (res.status === 404 && /^No endpoint/.test(res.body?.detail ?? '')) unserved.push(`${method.toUpperCase()} ${path}`);
        }
      }
      assert.deepEqual(unserved, []);
    });

    it('documents login as form-encoded, with username and password', () => {
      const op = doc.paths['/api/v1/auth/login'].post;
      assert.deepEqual(Object.keys(op.requestBody.content), [FORM]);
      const schema = deref(doc, op.requestBody.content[FORM].schema);
      assert.deepEqual([...schema.required].sort(), ['password', 'username']);
      assert.ok(schema.properties.totp_code);
      assert.ok(deref(doc, op.responses['200'].content['application/json'].schema).properties.access_token);
      assert.equal(op.security, undefined);
    });

    it('documents create_agent as JSON authenticated by a bootstrap token', () => {
      const op = doc.paths['/api/v1/onboard/create_agent'].post;
      assert.ok(op.requestBody.content['application/json']);
      const schema = deref(doc, op.requestBody.content['application/json'].schema);
      assert.deepEqual(schema.required, ['agent_card']);
      assert.deepEqual(op.security, [{ bootstrapToken: [] }]);
      assert.ok(op.responses['201']);
    });

    it('documents the DID lookup with its path parameter and its 404', () => {
      const op = doc.paths['/api/v1/agents/by-did/{did}'].get;
      const did = op.parameters.find((p: any) => p.name === 'did');
      assert.deepEqual([did.in, did.required, did.schema.type], ['path', true, 'string']);
      assert.ok(op.responses['200']);
      assert.ok(op.responses['404']);
    });

    it('documents the page parameters of a list: limit 1–100 (default 50) and offset ≥ 0', () => {
      const op = doc.paths['/api/v1/developers/me/agents'].get;
      const param = (name: string) => op.parameters.find((p: any) => p.name === name && p.in === 'query');
      const limit = param('limit');
      const offset = param('offset');
      assert.ok(limit && offset, JSON.stringify(op.parameters));
      assert.deepEqual([limit.required, limit.schema.type, limit.schema.minimum, limit.schema.maximum, limit.schema.default], [false, 'integer', 1, 100, 50]);
      assert.deepEqual([offset.required, offset.schema.type, offset.schema.minimum, offset.schema.default], [false, 'integer', 0, 0]);
      const page = deref(doc, op.responses['200'].content['application/json'].schema);
      assert.deepEqual([...page.required].sort(), ['items', 'limit', 'offset', 'total']);
    });

    it('documents the dual-emit error body, 429 everywhere and 401 where credentials are needed', () => {
      const problem = doc.components.schemas.Problem;
      assert.deepEqual([...problem.required].sort(), ['detail', 'error', 'instance', 'status', 'title', 'type']);
      for (const [path, item] of Object.entries<any>(doc.paths)) {
        for (const method of METHODS.filter((m) => item[m])) {
          const op = item[method];
          if (!path.startsWith('/api/')) continue;
          assert.ok(op.responses['429']?.content?.['application/problem+json'], `${method} ${path}: 429`);
          if (op.security) assert.ok(op.responses['401'], `${method} ${path}: 401`);
        }
      }
    });
  });

  describe('GET /docs', () => {
    it('serves the API explorer as HTML, with its scripts and styles, reading /openapi.json', async () => {
      const res = await fetch(`${stack.baseUrl}/docs`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
      const html = await res.text();
      assert.match(html, /<div id="swagger-ui">/);
      assert.match(html, /<title>AgentVault API<\/title>/);

      // The page's CSP allows only scripts from 'self': so it must not need inline ones.
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      assert.ok(scripts.length > 0);
      for (const [, attrs, body] of scripts) {
        assert.match(attrs!, /src=/, 'inline script');
        assert.equal(body!.trim(), '');
      }
      const assets = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => new URL(m[1]!, res.url).toString());
      assert.ok(assets.length >= 3, assets.join(', '));
      for (const asset of assets) {
        const a = await fetch(asset);
        assert.equal(a.status, 200, asset);
        assert.match(a.headers.get('content-type') ?? '', asset.endsWith('.css') ? /text\/css/ : /javascript/, asset);
        if (asset.endsWith('swagger-ui-init.js')) assert.match(await a.text(), /"\/openapi\.json"/);
        else await a.arrayBuffer();
      }
    });
  });

  describe('security headers', () => {
    it('sends nosniff, frame and referrer policies, and never X-Powered-By', async () => {
      const responses: Array<[string, TestResponse]> = [
        ['200 JSON', await http('GET', '/api/v1/developers/me', { token: adminToken })],
        ['404 problem', await http('GET', '/api/v1/agents/by-did/did:agentvault:nobody')],
        ['401 problem', await http('GET', '/api/v1/developers/me')],
        ['400 problem', await http('POST', '/api/v1/auth/register-developer', { raw: '{', contentType: 'application/json' })],
        ['unknown route', await http('GET', '/nowhere')],
        ['JWKS', await http('GET', '/.well-known/jwks.json')],
        ['OpenAPI document', await http('GET', '/openapi.json')],
        ['docs', await http('GET', '/docs/')],
        ['health', await http('GET', '/health')],
      ];
      for (const [what, res] of responses) assertSecurityHeaders(res, what);
      assert.match((await http('GET', '/api/v1/developers/me', { token: adminToken })).headers.get('content-security-policy') ?? '', /default-src/);
    });
  });

  describe('health, readiness and metrics', () => {
    it('answers /health 200 while alive', async () => {
      const res = await http('GET', '/health');
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'ok');
    });

    it('answers /ready 200 with every check ok, identity included', async () => {
      const res = await http('GET', '/ready');
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'ready');
      assert.ok(Object.keys(res.body.checks).length >= 2, JSON.stringify(res.body));
      assert.equal(res.body.checks.identity, 'ok');
      for (const [name, result] of Object.entries(res.body.checks)) assert.equal(result, 'ok', name);
    });

    it('exposes http_request_duration_seconds in Prometheus format, by route pattern rather than raw path', async () => {
      const did = `did:agentvault:metrics${Date.now()}`;
      assert.equal((await http('GET', `/api/v1/agents/by-did/${did}`)).status, 404);
      assert.equal((await http('GET', '/api/v1/developers/me', { token: adminToken })).status, 200);
      assert.equal((await http('GET', `/api/v1/unknown-${Date.now()}`)).status, 404);
      const res = await fetch(`${stack.baseUrl}/metrics`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
      const text = await res.text();
      assert.match(text, /^# TYPE http_request_duration_seconds histogram$/m);
      const samples = text.split('\n').filter((l) => l.startsWith('http_request_duration_seconds_count{'));
      const has = (labels: RegExp) => samples.some((l) => labels.test(l));
      assert.ok(has(/method="GET".*route="\/api\/v1\/agents\/by-did\/:did".*status="404"/), samples.join('\n'));
      assert.ok(has(/method="GET".*route="\/api\/v1\/developers\/me".*status="200"/), samples.join('\n'));
      assert.ok(has(/route="unmatched"/), samples.join('\n'));
      // One series per route, not per caller-chosen path: unbounded label values would sink Prometheus.
      assert.equal(text.includes(did), false);
      assert.equal(text.includes('/api/v1/unknown-'), false);
      assert.match(text, /^process_cpu_seconds_total/m);
    });
  });

  describe('configuration errors', () => {
    it('refuses to start on a bad value and names the variable', async () => {
      const cases: Array<[variable: string, value: string]> = [
        ['PORT', 'eighty'],
        ['RATE_LIMIT_AGENT', '-1'],
        ['BODY_LIMIT', 'lots'],
        ['SANDBOX_BYPASS_RATE_LIMIT', 'maybe'],
      ];
      const runs = await Promise.all(
        cases.map(async ([variable, value]) => {
          const env: Record<string, string | undefined> = {
            ...stack.env,
            PORT: '0',
            MIGRATE_ON_START: 'false',
            BOOTSTRAP_ADMIN_EMAIL: undefined,
            BOOTSTRAP_ADMIN_PASSWORD: undefined,
            [variable]: value,
          };
          const proc = startAgentVault(`agentvault ${variable}=${value}`, ['--target=all'], env);
          const stopped = await waitFor(() => proc.child.exitCode !== null || proc.child.signalCode !== null, {
            timeoutMs: 30_000,
            what: `agentvault with ${variable}=${value} to stop`,
          }).then(() => true, () => false);
          if (!stopped) proc.child.kill('SIGKILL');
          const code = await proc.exited;
          return { variable, value, stopped, code, output: proc.output.join('') };
        }),
      );
      for (const { variable, value, stopped, code, output } of runs) {
        assert.ok(stopped, `${variable}=${value} did not stop:\n${output}`);
        assert.ok(code !== null && code !== 0, `${variable}=${value} exited ${code}:\n${output}`);
        assert.match(output, new RegExp(`Invalid configuration: .*${variable}`), `${variable}=${value}:\n${output}`);
        assert.equal(output.includes('    at '), false, `${variable}=${value} printed a stack trace:\n${output}`);
      }
    });
  });

  describe('graceful shutdown', () => {
    let other: Stack | undefined;
    afterEach(async () => {
      await other?.stop();
      other = undefined;
    });

    /** Opens a request and stops once its headers are in (the server says 100 Continue), body unsent. */
    async function requestInFlight(port: number, path: string, body: string): Promise<{ socket: Socket; finish(): Promise<string> }> {
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('error', () => undefined);
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: ${FORM}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\n\r\n`,
      );
      await waitFor(() => received.startsWith('HTTP/1.1 100 Continue'), { what: '100 Continue' });
      return {
        socket,
        async finish() {
          received = '';
          socket.write(body);
          return waitFor(() => {
            const end = received.indexOf('\r\n\r\n');
            const length = /content-length: (\d+)/i.exec(received)?.[1];
            return end >= 0 && length && received.length >= end + 4 + Number(length) ? received : undefined;
          }, { what: 'the response to the request in flight' });
        },
      };
    }

    it('on SIGTERM finishes the request in flight, refuses new connections, and exits 0 within seconds', async () => {
      other = await startStack({ layout: 'all', databaseUrl: db.url });
      const port = Number(new URL(other.baseUrl).port);
      const proc = other.processes[0]!;
      // An idle keep-alive connection, as a load balancer or client pool holds, must not hold shutdown up.
      const keepAlive = await fetch(`${other.baseUrl}/health`);
      assert.equal(keepAlive.status, 200);
      await keepAlive.text();

      const inFlight = await requestInFlight(port, '/api/v1/auth/login', new URLSearchParams({ username: TEST_ADMIN.email, password: TEST_ADMIN.password }).toString());
      const started = Date.now();
      proc.child.kill('SIGTERM');
      await waitFor(
        () => new Promise<boolean>((resolve) => {
          const probe = connect(port, '127.0.0.1');
          probe.once('connect', () => (probe.destroy(), resolve(false)));
          probe.once('error', () => resolve(true));
        }),
        { what: 'the gateway to stop accepting connections' },
      );
      const response = await inFlight.finish();
      assert.match(response, /^HTTP\/1\.1 200 /, response);
      assert.match(response, /"access_token":"/);
      inFlight.socket.destroy();

      const code = await proc.exited;
      const elapsed = Date.now() - started;
      assert.equal(code, 0, proc.output.join('').slice(-3000));
      assert.ok(elapsed < 4500, `took ${elapsed} ms to shut down`);
    });
  });
});
