/**
 * The chart's wiring starts a working registry: a release is rendered, its migrations hook
 * and every Deployment run as local processes with the rendered command and environment
 * (scripts/helm/run-release-locally.ts points the database, NATS and Redis at the local
 * servers; each Deployment binds port 0 and the ones started after it get the addresses it
 * reported), and the onboarding flow runs against the gateway. Once per layout: one
 * Deployment per service, and everything in one.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  createTestDatabase,
  deleteStream,
  httpClient,
  uniqueSuffix,
  type HttpRequest,
  type TestDatabase,
} from '../../../packages/testing/src/index.js';
import { CHART_DIR, EXAMPLES_DIR, helmBinary } from '../../../scripts/helm/release.js';
import { startReleaseLocally, type LocalRelease } from '../../../scripts/helm/run-release-locally.js';

const PASSWORD = 'Corr3ct-Horse!';

interface ReleaseCase {
  file: string;
  layout: string;
  role: 'mainframe' | 'satellite';
  targets: string[];
  admin: { email: string; password: string };
  /** Secrets the example references but the chart does not render (existingSecret). */
  secrets?: Record<string, Record<string, string>>;
}

const ADMIN_PASSWORD = 'Adm1n-Passw0rd!';
/** Every service the chart declares (the mainframe example enables them all). */
const ALL_SERVICES = Object.keys(parse(readFileSync(path.join(CHART_DIR, 'values.yaml'), 'utf8')).services);
const CASES: ReleaseCase[] = [
  {
    file: 'mainframe.yaml',
    layout: 'one Deployment per service',
    role: 'mainframe',
    targets: ALL_SERVICES,
    admin: { email: 'platform-admin@registry.example.com', password: ADMIN_PASSWORD },
    secrets: {
      'agentvault-genesis-admin': { password: ADMIN_PASSWORD },
      'agentvault-genesis-webhooks': { 'secrets-key': randomBytes(32).toString('base64') },
      'agentvault-genesis-identity': { 'secrets-key': randomBytes(32).toString('base64') },
      'agentvault-genesis-federation': { 'secrets-key': randomBytes(32).toString('base64') },
      'agentvault-genesis-marketplace': { 'secrets-key': randomBytes(32).toString('base64') },
      'agentvault-genesis-stripe': { STRIPE_API_KEY: 'sk_test_local', STRIPE_WEBHOOK_SECRET: 'whsec_local' },
    },
  },
  {
    file: 'satellite-op-2.yaml',
    layout: 'every service in one Deployment',
    role: 'satellite',
    targets: ['all'],
    // The example's inline password, from the chart's own Secret.
    admin: { email: 'admin@op-2.example.com', password: 'Change-Me-At-Install-1' },
  },
];

describe('a rendered release runs as local processes and onboards an agent', function () {
  before(function () {
    this.timeout(15 * 60_000); // builds Helm once per machine
    helmBinary();
  });

  for (const c of CASES) {
    describe(`examples/${c.file} (${c.role}, ${c.layout})`, function () {
      this.timeout(180_000);
      let db: TestDatabase;
      let release: LocalRelease | undefined;
      let http: HttpRequest;
      const suffix = uniqueSuffix();
      const stream = `AVHELM_${suffix.toUpperCase()}`;

      before(async () => {
        db = await createTestDatabase('av_helm');
        release = await startReleaseLocally({
          release: 'agentvault',
          valuesFiles: [path.join(EXAMPLES_DIR, c.file)],
          // Values, not environment overrides: this run's own stream, subjects and keys.
          set: [`nats.stream=${stream}`, `nats.subjectPrefix=avhelm_${suffix}`, `redis.keyPrefix=avhelm:${suffix}:`, 'config.logLevel=warn'],
          infra: { databaseUrl: db.url },
          secrets: c.secrets,
        });
        http = httpClient(release.baseUrl);
      });
      after(async () => {
        await release?.stop();
        await deleteStream(stream);
        await db?.drop();
      });
      afterEach(function () {
        if (this.currentTest?.state === 'failed' && release) console.error(release.logs().slice(-6000));
      });

      it('ran the migrations hook, then every Deployment with its rendered target and role', () => {
        const r = release!;
        const job = r.processes.find((p) => p.name === 'job/agentvault-migrate');
        assert.equal(job?.child.exitCode, 0, 'the migrations Job completed');
        const deployments = r.plans.filter((p) => p.kind === 'Deployment');
        assert.deepEqual(deployments.map((d) => d.args[0]!.replace('--target=', '')).sort(), [...c.targets].sort());
        for (const d of deployments) {
          assert.equal(d.env.MIGRATE_ON_START, 'false');
          assert.equal(d.env.REGISTRY_ROLE, c.role);
          assert.equal(d.env.MINTING_ENABLED, String(c.role === 'mainframe'));
          if (c.role === 'satellite') {
            assert.equal(d.env.FIAT_GENESIS_REGISTRY, 'false');
            assert.equal(d.env.FIAT_ONRAMP_ENABLED, 'false');
            assert.match(d.env.PARENT_REGISTRY_URL ?? '', /^https:\/\//);
          }
          const live = r.processes.find((p) => p.name === `deployment/${d.name}`)!;
          assert.equal(live.child.exitCode, null, `${d.name} is running`);
        }
      });

      it('serves /ready through the gateway with every dependency ok', async () => {
        const ready = await http('GET', '/ready');
        assert.equal(ready.status, 200, ready.text);
        assert.ok(Object.values(ready.body.checks).every((v) => v === 'ok'), ready.text);
      });

      it('onboards: register → login → bootstrap token → create_agent → agent token → GET /agents/me', async () => {
        const email = `helm-${suffix}@example.com`;
        const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Platform' } });
        assert.equal(reg.status, 201, reg.text);
        const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
        assert.equal(login.status, 200, login.text);
        const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token: login.body.access_token, json: {} });
        assert.equal(bst.status, 200, bst.text);
        const agent = await http('POST', '/api/v1/onboard/create_agent', {
          headers: { 'Bootstrap-Token': bst.body.bootstrap_token },
          json: { agent_card: { name: 'Helm Bot', description: 'Deployed by the chart' } },
        });
        assert.equal(agent.status, 201, agent.text);
        const token = await http('POST', '/api/v1/auth/agent/token', { form: { client_id: agent.body.client_id, client_secret: agent.body.client_secret } });
        assert.equal(token.status, 200, token.text);
        const me = await http('GET', '/api/v1/agents/me', { token: token.body.access_token });
        assert.equal(me.status, 200, me.text);
        assert.equal(me.body.did, agent.body.agent_did);
        assert.equal(me.body.agent_card.name, 'Helm Bot');
      });

      it("created the bootstrap admin from the release's Secret", async () => {
        const login = await http('POST', '/api/v1/auth/login', { form: { username: c.admin.email, password: c.admin.password } });
        assert.equal(login.status, 200, login.text);
        const me = await http('GET', '/api/v1/developers/me', { token: login.body.access_token });
        assert.equal(me.body.role, 'admin_platform');
      });
    });
  }
});
