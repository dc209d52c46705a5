import assert from 'node:assert/strict';
import { createTestDatabase, httpClient, startSmtpSink, startStack, unquote, uniqueSuffix, waitFor, type HttpRequest, type Stack, type TestDatabase } from '@agentvault/testing';

const PASSWORD = 'Corr3ct-Horse!';
const ORG_AGENT_LIMIT = 2;

describe('email verification, organizations and teams end to end', function () {
  this.timeout(120_000);
  let db: TestDatabase;
  let stack: Stack;
  let http: HttpRequest;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

  before(async () => {
    smtp = await startSmtpSink();
    db = await createTestDatabase();
    stack = await startStack({
      layout: 'all',
      databaseUrl: db.url,
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        MAIL_FROM: 'Registry <registry@example.com>',
        PUBLIC_BASE_URL: 'https://registry.example.com',
        REQUIRE_VERIFIED_EMAIL: 'true',
        MAX_AGENTS_PER_ORGANIZATION: String(ORG_AGENT_LIMIT),
        MAX_API_KEYS_PER_ORGANIZATION: '5',
      },
    });
    http = httpClient(stack.baseUrl);
  });
  after(async () => {
    await stack?.stop();
    await db?.drop();
    await smtp?.close();
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(stack.logs().slice(-4000));
  });

  function assertProblem(res: { status: number; headers: Headers; body: any; text: string }, status: number, code?: string) {
    assert.equal(res.status, status, res.text);
    assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
    assert.equal(res.body.error.detail, res.body.detail);
    if (code) assert.equal(res.body.error.code, code, res.text);
  }

  /** The newest verification link mailed to `email`, as a path on this stack. */
  async function linkFor(email: string, after = 0): Promise<string> {
    const mail = await waitFor(() => smtp.mails.slice(after).reverse().find((m) => m.to === email), { what: `a mail to ${email}`, timeoutMs: 20_000 });
    const link = unquote(mail.raw).match(/https:\/\/registry\.example\.com(\/api\/v1\/auth\/verify-email\?token=[A-Za-z0-9_-]+)/);
    assert.ok(link, mail.raw);
    return link[1]!;
  }

  async function newDeveloper({ verify = true } = {}) {
    const email = `org-${uniqueSuffix()}@example.com`.toLowerCase();
    const reg = await http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Org Dev' } });
    assert.equal(reg.status, 201, reg.text);
    const login = await http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
    const dev = { id: reg.body.developer.id as string, email, token: login.body.access_token as string };
    if (verify) assert.equal((await http('GET', await linkFor(email))).status, 200);
    return dev;
  }

  async function newAgent(token: string) {
    const bst = await http('POST', '/api/v1/onboard/bootstrap/request-token', { token, json: {} });
    return http('POST', '/api/v1/onboard/create_agent', { headers: { 'Bootstrap-Token': bst.body.bootstrap_token }, json: { agent_card: { name: 'Worker', description: 'does work' } } });
  }

  it('mails a single-use link at registration that verifies the address; unverified developers get no agents', async () => {
    const dev = await newDeveloper({ verify: false });
    assert.equal((await http('GET', '/api/v1/developers/me', { token: dev.token })).body.is_verified, false);
    const refused = await newAgent(dev.token);
    assertProblem(refused, 403, 'EMAIL_NOT_VERIFIED');

    const path = await linkFor(dev.email);
    const mail = smtp.mails.find((m) => m.to === dev.email)!;
    assert.match(mail.raw, /From: Registry <registry@example\.com>/);
    const verified = await http('GET', path);
    assert.equal(verified.status, 200, verified.text);
    assert.deepEqual(verified.body, { status: 'verified', message: 'Email address verified.', developer_id: dev.id, email: dev.email });
    assert.equal((await http('GET', '/api/v1/developers/me', { token: dev.token })).body.is_verified, true);
    assertProblem(await http('GET', path), 400, 'INVALID_VERIFICATION_TOKEN'); // single use
    assertProblem(await http('GET', '/api/v1/auth/verify-email?token=evt_forged'), 400, 'INVALID_VERIFICATION_TOKEN');
    assertProblem(await http('GET', '/api/v1/auth/verify-email'), 422);

    const created = await newAgent(dev.token);
    assert.equal(created.status, 201, created.text);
    const resent = await http('POST', '/api/v1/auth/verify-email/resend', { token: dev.token });
    assert.deepEqual(resent.body, { status: 'already_verified', expires_at: null });

    // Asking again mails a fresh link; the event is in the webhook catalogue.
    const other = await newDeveloper({ verify: false });
    await linkFor(other.email);
    const before = smtp.mails.length;
    const again = await http('POST', '/api/v1/auth/verify-email/resend', { token: other.token });
    assert.equal(again.body.status, 'sent', again.text);
    assert.equal((await http('GET', await linkFor(other.email, before))).body.status, 'verified');
    const names: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await http('GET', `/api/v1/webhooks/events?limit=100&offset=${offset}`);
      assert.equal(page.status, 200, page.text);
      names.push(...page.body.items.map((e: { name: string }) => e.name));
      if (offset + 100 >= page.body.total) break;
    }
    for (const name of ['developer.email_verified', 'organization.created', 'organization.member_removed', 'organization.agent_added', 'organization.bundle_restored', 'team.created', 'team.member_added']) {
      assert.ok(names.includes(name), name);
    }
  });

  it('organizations: roles, ownership checks, members, agents and API keys within quotas', async () => {
    const owner = await newDeveloper();
    const admin = await newDeveloper();
    const member = await newDeveloper();
    const outsider = await newDeveloper();

    const created = await http('POST', '/api/v1/organizations', { token: owner.token, json: { name: 'Harbour Labs', quotas: { max_api_keys: 2 } } });
    assert.equal(created.status, 201, created.text);
    const org = created.body;
    assert.equal(org.my_role, 'owner');
    assert.deepEqual(org.quotas, { max_agents: ORG_AGENT_LIMIT, max_api_keys: 2, requests_per_minute: 6000 });
    const base = `/api/v1/organizations/${org.id}`;
    assertProblem(await http('POST', '/api/v1/organizations', { token: owner.token, json: { name: 'Too big', quotas: { max_agents: ORG_AGENT_LIMIT + 1 } } }), 422);
    assertProblem(await http('GET', base, { token: outsider.token }), 403);
    assertProblem(await http('GET', `/api/v1/organizations/${crypto.randomUUID()}`, { token: owner.token }), 404);
    assertProblem(await http('GET', base), 401);

    // Members: the owner adds an admin, the admin adds a member but may not grant admin.
    assert.equal((await http('POST', `${base}/members`, { token: owner.token, json: { email: admin.email, role: 'admin' } })).status, 201);
    assertProblem(await http('POST', `${base}/members`, { token: admin.token, json: { email: member.email, role: 'admin' } }), 403);
    const added = await http('POST', `${base}/members`, { token: admin.token, json: { developer_id: member.id } });
    assert.equal(added.status, 201, added.text);
    assert.equal(added.body.role, 'member');
    assertProblem(await http('POST', `${base}/members`, { token: owner.token, json: { email: member.email } }), 409);
    assertProblem(await http('POST', `${base}/members`, { token: member.token, json: { email: outsider.email } }), 403);
    assertProblem(await http('POST', `${base}/members`, { token: owner.token, json: { email: 'nobody@example.com' } }), 404);
    const members = await http('GET', `${base}/members`, { token: member.token });
    assert.deepEqual(members.body.items.map((m: { developer_id: string; role: string }) => [m.developer_id, m.role]), [[owner.id, 'owner'], [admin.id, 'admin'], [member.id, 'member']]);
    const mine = await http('GET', '/api/v1/organizations', { token: member.token });
    assert.deepEqual(mine.body.items.map((o: { id: string; my_role: string }) => [o.id, o.my_role]), [[org.id, 'member']]);

    // Roles: admins do not touch admins or owners; the last owner stays.
    assertProblem(await http('PUT', `${base}/members/${owner.id}`, { token: admin.token, json: { role: 'member' } }), 403);
    assertProblem(await http('PUT', `${base}/members/${owner.id}`, { token: owner.token, json: { role: 'admin' } }), 409, 'LAST_OWNER');
    assertProblem(await http('DELETE', `${base}/members/${owner.id}`, { token: owner.token }), 409, 'LAST_OWNER');
    assertProblem(await http('PUT', base, { token: admin.token, json: { quotas: { max_agents: 1 } } }), 403);
    const renamed = await http('PUT', base, { token: admin.token, json: { name: 'Harbour Labs Ltd', description: 'tides' } });
    assert.equal(renamed.body.name, 'Harbour Labs Ltd', renamed.text);
    assertProblem(await http('PUT', base, { token: member.token, json: { name: 'Mine now' } }), 403);

    // Agents: a member adds their own, up to the quota; others' agents are refused.
    const agents = [];
    for (const dev of [member, member, admin]) agents.push((await newAgent(dev.token)).body.agent_did as string);
    assertProblem(await http('POST', `${base}/agents`, { token: owner.token, json: { agent_did: agents[0] } }), 403);
    for (const did of agents.slice(0, ORG_AGENT_LIMIT)) assert.equal((await http('POST', `${base}/agents`, { token: member.token, json: { agent_did: did } })).status, 201);
    assertProblem(await http('POST', `${base}/agents`, { token: admin.token, json: { agent_did: agents[2] } }), 403, 'ORGANIZATION_AGENT_LIMIT_REACHED');
    assertProblem(await http('POST', `${base}/agents`, { token: member.token, json: { agent_did: agents[0] } }), 409);
    assert.equal((await http('GET', base, { token: owner.token })).body.active_agent_count, ORG_AGENT_LIMIT);
    assert.equal((await http('DELETE', `${base}/agents/${encodeURIComponent(agents[1]!)}`, { token: admin.token })).status, 204);
    assert.equal((await http('POST', `${base}/agents`, { token: admin.token, json: { agent_did: agents[2] } })).status, 201);
    assertProblem(await http('DELETE', `${base}/agents/${encodeURIComponent(agents[2]!)}`, { token: member.token }), 403);
    const listed = await http('GET', `${base}/agents`, { token: member.token });
    assert.deepEqual(listed.body.items.map((a: { agent_did: string }) => a.agent_did).sort(), [agents[0], agents[2]].sort());

    // API keys: counted against the organization, usable, revoked when their holder leaves.
    const key1 = await http('POST', `${base}/api-keys`, { token: member.token, json: { description: 'ci' } });
    assert.equal(key1.status, 201, key1.text);
    assert.match(key1.body.plain_api_key, /^avreg_/);
    assert.equal(key1.body.api_key_info.organization_id, org.id);
    assert.equal((await http('POST', `${base}/api-keys`, { token: admin.token, json: {} })).status, 201);
    assertProblem(await http('POST', `${base}/api-keys`, { token: owner.token, json: {} }), 403, 'ORGANIZATION_API_KEY_LIMIT_REACHED');
    assert.equal((await http('GET', `${base}/api-keys`, { token: owner.token })).body.total, 2);
    assert.equal((await http('GET', `${base}/api-keys`, { token: member.token })).body.total, 1);
    const viaKey = await http('GET', '/api/v1/developers/me', { headers: { 'X-API-Key': key1.body.plain_api_key } });
    assert.equal(viaKey.status, 200, viaKey.text);
    assert.equal(viaKey.body.id, member.id);

    assert.equal((await http('DELETE', `${base}/members/${member.id}`, { token: member.token })).status, 204); // leaving
    assertProblem(await http('GET', '/api/v1/developers/me', { headers: { 'X-API-Key': key1.body.plain_api_key } }), 401);
    assert.equal((await http('GET', base, { token: owner.token })).body.active_api_key_count, 1);
    assert.equal((await http('POST', `${base}/api-keys`, { token: owner.token, json: {} })).status, 201);

    // Ownership can be shared, then the first owner may step down.
    assert.equal((await http('PUT', `${base}/members/${admin.id}`, { token: owner.token, json: { role: 'owner' } })).body.role, 'owner');
    assert.equal((await http('PUT', `${base}/members/${owner.id}`, { token: owner.token, json: { role: 'member' } })).body.role, 'member');
  });

  it("an organization's API keys share its requests-per-minute quota; personal keys and other organizations are not counted", async () => {
    const owner = await newDeveloper();
    const created = await http('POST', '/api/v1/organizations', { token: owner.token, json: { name: 'Small quota', quotas: { requests_per_minute: 3 } } });
    assert.equal(created.status, 201, created.text);
    const base = `/api/v1/organizations/${created.body.id}`;
    const keyA = (await http('POST', `${base}/api-keys`, { token: owner.token, json: {} })).body.plain_api_key as string;
    const keyB = (await http('POST', `${base}/api-keys`, { token: owner.token, json: {} })).body.plain_api_key as string;
    const personal = (await http('POST', '/api/v1/auth/api-keys', { token: owner.token, json: {} })).body.plain_api_key as string;
    const other = await http('POST', '/api/v1/organizations', { token: owner.token, json: { name: 'Other quota', quotas: { requests_per_minute: 3 } } });
    const otherKey = (await http('POST', `/api/v1/organizations/${other.body.id}/api-keys`, { token: owner.token, json: {} })).body.plain_api_key as string;

    // Three requests between the two keys of the organization, then the fourth is refused.
    for (const key of [keyA, keyB, keyA]) assert.equal((await http('GET', '/api/v1/auth/api-keys', { headers: { 'X-API-Key': key } })).status, 200);
    const refused = await http('GET', '/api/v1/auth/api-keys', { headers: { 'X-API-Key': keyB } });
    assertProblem(refused, 429);
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    for (const key of [personal, otherKey]) assert.equal((await http('GET', '/api/v1/auth/api-keys', { headers: { 'X-API-Key': key } })).status, 200);
    // The owner's own session is not the organization's traffic.
    assert.equal((await http('GET', '/api/v1/auth/api-keys', { token: owner.token })).status, 200);
  });

  it('teams: members, routing rules and quality gates, with ownership checks', async () => {
    const owner = await newDeveloper();
    const other = await newDeveloper();
    const [nlp, vision] = [(await newAgent(owner.token)).body.agent_did as string, (await newAgent(owner.token)).body.agent_did as string];
    const foreign = (await newAgent(other.token)).body.agent_did as string;

    const created = await http('POST', '/api/v1/teams', { token: owner.token, json: { name: 'My AI Team', description: 'NLP processing team', config: { sla: 'gold' } } });
    assert.equal(created.status, 201, created.text);
    const team = created.body;
    assert.equal(team.owner_id, owner.id);
    assert.deepEqual(team.config, { sla: 'gold' });
    const base = `/api/v1/teams/${team.id}`;

    assertProblem(await http('POST', `${base}/members`, { token: other.token, json: { agent_id: foreign } }), 403);
    assertProblem(await http('POST', `${base}/members`, { token: owner.token, json: { agent_id: foreign } }), 403);
    assert.equal((await http('POST', `${base}/members`, { token: owner.token, json: { agent_id: nlp, skills: ['NLP', 'text'] } })).status, 201);
    const second = await http('POST', `${base}/members`, { token: owner.token, json: { agent_id: vision, role: 'leader', skills: ['vision'] } });
    assert.equal(second.body.role, 'leader', second.text);
    assertProblem(await http('POST', `${base}/members`, { token: owner.token, json: { agent_id: nlp } }), 409);
    assertProblem(await http('POST', `${base}/members`, { token: owner.token, json: { agent_id: nlp, role: 'boss' } }), 422);

    assertProblem(await http('POST', `${base}/rules`, { token: owner.token, json: { name: 'Nobody', keywords: ['x'], target_agent_id: foreign } }), 422);
    const rule = await http('POST', `${base}/rules`, { token: owner.token, json: { name: 'NLP tasks', keywords: ['summarize', 'translate'], target_agent_id: nlp, priority: 10 } });
    assert.equal(rule.status, 201, rule.text);
    await http('POST', `${base}/rules`, { token: owner.token, json: { name: 'Images', keywords: ['image', 'translate'], target_agent_id: vision, priority: 5 } });
    const rules = await http('GET', `${base}/rules`);
    assert.deepEqual(rules.body.rules.map((r: { priority: number }) => r.priority), [10, 5]);

    assertProblem(await http('POST', `${base}/gates`, { token: owner.token, json: { gate_type: 'min_success_rate', threshold: 1.5 } }), 422);
    // Gates that judge the answer (reputation gates, which choose the member, are tested in team-gates.e2e).
    await http('POST', `${base}/gates`, { token: owner.token, json: { gate_type: 'quality_score', threshold: 8.5, gate_order: 1 } });
    const gate = await http('POST', `${base}/gates`, { token: owner.token, json: { gate_type: 'error_rate', threshold: 0.05 } });
    assert.equal(gate.status, 201, gate.text);
    assert.deepEqual((await http('GET', `${base}/gates`)).body.gates.map((g: { gate_type: string }) => g.gate_type), ['error_rate', 'quality_score']);

    // Routing: the higher-priority rule wins; then skills; gates come with the answer.
    const routed = await http('POST', `${base}/route`, { json: { task: 'Please translate this page' } });
    assert.equal(routed.body.agent_id, nlp, routed.text);
    assert.equal(routed.body.matched_by, 'rule');
    assert.equal(routed.body.quality_gates.length, 2);
    assert.equal((await http('POST', `${base}/route`, { json: { task: 'caption it', skills: ['vision'] } })).body.agent_id, vision);
    assert.equal((await http('POST', `${base}/route`, { json: { task: 'bake bread' } })).body.matched_by, 'none');

    const full = await http('GET', base);
    assert.equal(full.body.members.length, 2);
    assert.equal(full.body.routing_rules.length, 2);
    assert.equal(full.body.quality_gates.length, 2);
    assertProblem(await http('PUT', base, { token: other.token, json: { name: 'Stolen' } }), 403);
    assert.equal((await http('PUT', base, { token: owner.token, json: { name: 'Renamed' } })).body.name, 'Renamed');
    assertProblem(await http('DELETE', `${base}/rules/${rule.body.id}`, { token: other.token }), 403);
    assert.equal((await http('DELETE', `${base}/rules/${rule.body.id}`, { token: owner.token })).status, 204);
    assertProblem(await http('DELETE', `${base}/rules/${rule.body.id}`, { token: owner.token }), 404);
    assert.equal((await http('DELETE', `${base}/gates/${gate.body.id}`, { token: owner.token })).status, 204);
    // Removing a member takes the rules that route to it.
    assert.deepEqual((await http('DELETE', `${base}/members/${encodeURIComponent(vision)}`, { token: owner.token })).body, { status: 'removed' });
    assert.equal((await http('GET', `${base}/rules`)).body.count, 0);
    assert.equal((await http('GET', `${base}/members`)).body.count, 1);

    const listed = await http('GET', '/api/v1/teams', { token: owner.token });
    assert.deepEqual(listed.body.teams.map((t: { id: string }) => t.id), [team.id]);
    assert.equal((await http('GET', '/api/v1/teams', { token: other.token })).body.count, 0);
    assert.deepEqual((await http('DELETE', base, { token: owner.token })).body, { status: 'archived', id: team.id });
    assert.equal((await http('GET', base)).body.status, 'archived');
    assertProblem(await http('POST', `${base}/members`, { token: owner.token, json: { agent_id: vision } }), 409);
    assertProblem(await http('GET', `/api/v1/teams/${crypto.randomUUID()}`), 404);

    // An organization's team: its admins manage it, and its agents may join.
    const org = (await http('POST', '/api/v1/organizations', { token: other.token, json: { name: 'Org with a team' } })).body;
    await http('POST', `/api/v1/organizations/${org.id}/members`, { token: other.token, json: { email: owner.email, role: 'member' } });
    assertProblem(await http('POST', '/api/v1/teams', { token: owner.token, json: { name: 'Not allowed', organization_id: org.id } }), 403);
    const orgTeam = (await http('POST', '/api/v1/teams', { token: other.token, json: { name: 'Org team', organization_id: org.id } })).body;
    await http('POST', `/api/v1/organizations/${org.id}/agents`, { token: owner.token, json: { agent_did: vision } });
    assert.equal((await http('POST', `/api/v1/teams/${orgTeam.id}/members`, { token: other.token, json: { agent_id: vision } })).status, 201);
    assert.ok((await http('GET', '/api/v1/teams', { token: owner.token })).body.teams.some((t: { id: string }) => t.id === orgTeam.id));
  });

  it('bundles: versions of an organization\'s cards and teams, restored once per Idempotency-Key; templates', async () => {
    const owner = await newDeveloper();
    const member = await newDeveloper();
    const org = (await http('POST', '/api/v1/organizations', { token: owner.token, json: { name: 'Bundled' } })).body;
    await http('POST', `/api/v1/organizations/${org.id}/members`, { token: owner.token, json: { email: member.email } });
    const agent = (await newAgent(owner.token)).body;
    assert.equal((await http('POST', `/api/v1/organizations/${org.id}/agents`, { token: owner.token, json: { agent_did: agent.agent_did } })).status, 201);
    const card = {
      name: 'Tidewatch', description: 'Tide tables', version: '1.0.0',
      supportedInterfaces: [{ url: 'https://tide.example.com/a2a', protocolBinding: 'JSONRPC', protocolVersion: '1.0' }],
      capabilities: {}, defaultInputModes: ['text/plain'], defaultOutputModes: ['text/plain'],
      skills: [{ id: 'tides', name: 'Tides', description: 'High and low water', tags: ['tides'] }],
    };
    const submitted = await http('POST', '/api/v1/agent-cards/', { token: owner.token, json: { agent_did: agent.agent_did, card_data: card } });
    assert.equal(submitted.status, 201, submitted.text);
    const team = (await http('POST', '/api/v1/teams', { token: owner.token, json: { name: 'Harbour team', organization_id: org.id } })).body;
    await http('POST', `/api/v1/teams/${team.id}/members`, { token: owner.token, json: { agent_id: agent.agent_did, skills: ['tides'] } });
    await http('POST', `/api/v1/teams/${team.id}/rules`, { token: owner.token, json: { name: 'Tides', keywords: ['tide'], target_agent_id: agent.agent_did } });
    await http('POST', `/api/v1/teams/${team.id}/gates`, { token: owner.token, json: { gate_type: 'min_success_rate', threshold: 0.9 } });

    assertProblem(await http('POST', `/api/v1/organizations/${org.id}/bundles`, { token: member.token, json: {} }), 403);
    const v1 = await http('POST', `/api/v1/organizations/${org.id}/bundles`, { token: owner.token, json: { description: 'before the change' } });
    assert.equal(v1.status, 201, v1.text);
    assert.deepEqual([v1.body.version, v1.body.agent_count, v1.body.team_count, v1.body.name], [1, 1, 1, 'Bundled v1']);
    assert.equal(v1.body.content.agents[0].card.description, 'Tide tables');

    // Things change after the bundle was saved.
    await http('PUT', `/api/v1/agent-cards/${submitted.body.id}`, { token: owner.token, json: { card_data: { ...card, description: 'Changed' }, is_active: false } });
    await http('PUT', `/api/v1/teams/${team.id}`, { token: owner.token, json: { name: 'Renamed' } });
    await http('DELETE', `/api/v1/teams/${team.id}/gates/${(await http('GET', `/api/v1/teams/${team.id}`)).body.quality_gates[0].id}`, { token: owner.token });
    const later = (await http('POST', '/api/v1/teams', { token: owner.token, json: { name: 'Later team', organization_id: org.id } })).body;
    const v2 = await http('POST', `/api/v1/organizations/${org.id}/bundles`, { token: owner.token, json: { name: 'after' } });
    assert.equal(v2.body.version, 2);
    const listed = await http('GET', `/api/v1/organizations/${org.id}/bundles`, { token: member.token });
    assert.deepEqual(listed.body.items.map((b: { version: number }) => b.version), [2, 1]);
    assert.equal(listed.body.items[0].content, undefined);
    assert.equal((await http('GET', `/api/v1/bundles/${v1.body.id}`, { token: member.token })).body.content.teams[0].name, 'Harbour team');
    const outsider = await newDeveloper();
    assertProblem(await http('GET', `/api/v1/bundles/${v1.body.id}`, { token: outsider.token }), 403);

    const restorePath = `/api/v1/bundles/${v1.body.id}/restore`;
    assertProblem(await http('POST', restorePath, { token: owner.token }), 422);
    assertProblem(await http('POST', restorePath, { token: member.token, headers: { 'Idempotency-Key': `m-${uniqueSuffix()}` } }), 403);
    const key = `restore-${uniqueSuffix()}`;
    const restored = await http('POST', restorePath, { token: owner.token, headers: { 'Idempotency-Key': key } });
    assert.equal(restored.status, 200, restored.text);
    assert.deepEqual([restored.body.version, restored.body.restored_agents, restored.body.skipped_agents, restored.body.restored_teams], [1, [agent.agent_did], [], [team.id]]);
    const cardNow = await http('GET', `/api/v1/agent-cards/${submitted.body.id}`);
    assert.deepEqual([cardNow.body.description, cardNow.body.is_active], ['Tide tables', true]);
    const teamNow = (await http('GET', `/api/v1/teams/${team.id}`)).body;
    assert.deepEqual([teamNow.name, teamNow.members.length, teamNow.routing_rules.length, teamNow.quality_gates.length], ['Harbour team', 1, 1, 1]);
    assert.equal((await http('GET', `/api/v1/teams/${later.id}`)).body.status, 'archived');

    // The same key: nothing runs again (the team keeps a change made since).
    await http('PUT', `/api/v1/teams/${team.id}`, { token: owner.token, json: { name: 'Changed again' } });
    const again = await http('POST', restorePath, { token: owner.token, headers: { 'Idempotency-Key': key } });
    assert.equal(again.status, 200, again.text);
    assert.equal(again.body.id, restored.body.id);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal((await http('GET', `/api/v1/teams/${team.id}`)).body.name, 'Changed again');
    assertProblem(await http('POST', `/api/v1/bundles/${v2.body.id}/restore`, { token: owner.token, headers: { 'Idempotency-Key': key } }), 422);
    const fresh = await http('POST', restorePath, { token: owner.token, headers: { 'Idempotency-Key': `${key}-2` } });
    assert.notEqual(fresh.body.id, restored.body.id);
    assert.equal((await http('GET', `/api/v1/teams/${team.id}`)).body.name, 'Harbour team');
    assertProblem(await http('POST', `/api/v1/bundles/${crypto.randomUUID()}/restore`, { token: owner.token, headers: { 'Idempotency-Key': `${key}-3` } }), 404);

    // Templates to start from.
    const templates = await http('GET', '/api/v1/templates/teams');
    assert.deepEqual(templates.body.templates.map((t: { name: string }) => t.name), ['solo', 'small_team', 'enterprise']);
    assert.equal((await http('GET', '/api/v1/templates/services')).body.templates[0].name, 'ai_api');
    const fromTemplate = await http('POST', '/api/v1/teams', { token: owner.token, json: { name: 'From a template', template: 'small_team' } });
    assert.equal(fromTemplate.status, 201, fromTemplate.text);
    assert.deepEqual(fromTemplate.body.quality_gates.map((g: { threshold: number }) => g.threshold), [8, 8.5]);
    assert.equal(fromTemplate.body.config.routing, 'keyword');
    assertProblem(await http('POST', '/api/v1/teams', { token: owner.token, json: { name: 'Unknown', template: 'galaxy' } }), 422);
  });
});
