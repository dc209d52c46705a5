import assert from 'node:assert/strict';
import { migrateToLatest, openDatabase, typed, type Database } from '@agentvault/db';
import { DomainError } from '@agentvault/errors';
import { createTestDatabase, uniqueSuffix, type TestDatabase } from '@agentvault/testing';
import { createSecretBox } from '@agentvault/config';
import { identityMigrations } from '../migrations/index.js';
import { DirectoryService } from '../src/domain/directory-service.js';
import { IdentityService, type IdentitySettings } from '../src/domain/identity-service.js';
import { createSigningKeyStore, createUnitOfWork } from '../src/store/identity-store.js';
import type { IdentityDatabase } from '../src/store/schema.js';

const LIMIT = 3;
const SETTINGS: IdentitySettings = {
  issuer: 'agentvault',
  audience: 'agentvault-api',
  accessTokenTtlSeconds: 3600,
  recoveryTokenTtlSeconds: 600,
  bootstrapTokenTtlSeconds: 3600,
  totpIssuer: 'AgentVault',
  maxAgentsPerDeveloper: LIMIT,
};

const card = (name: string, description: string, extra: Record<string, unknown> = {}) => ({
  name,
  description,
  version: '1.0.0',
  supportedInterfaces: [{ url: 'https://a.example.com/a2a', protocolBinding: 'JSONRPC', protocolVersion: '1.0' }],
  capabilities: {},
  defaultInputModes: ['text/plain'],
  defaultOutputModes: ['text/plain'],
  skills: [],
  ...extra,
});

describe('the agent directory on PostgreSQL', function () {
  this.timeout(30_000);
  let testDb: TestDatabase;
  let database: Database<IdentityDatabase>;
  let identity: IdentityService;
  let directory: DirectoryService;

  before(async () => {
    testDb = await createTestDatabase('av_directory');
    database = typed<IdentityDatabase>(await openDatabase({ url: testDb.url, schema: 'identity', poolSize: 25 }));
    // Up to the migration before the directory, with a card written then, to check its backfill.
    const before = Object.fromEntries(Object.entries(identityMigrations).filter(([name]) => name < '0003'));
    await migrateToLatest(database, before);
    const dev = await database.db.insertInto('developers').values({ email: `old-${uniqueSuffix()}@example.com`, name: 'Old', password_hash: 'x' }).returning('id').executeTakeFirstOrThrow();
    const agent = await database.db
      .insertInto('agents')
      .values({ did: `did:agentvault:old-${uniqueSuffix()}`, developer_id: dev.id, client_id: `old-${uniqueSuffix()}`, client_secret_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto('agent_cards')
      .values({ id: crypto.randomUUID(), agent_id: agent.id, name: 'Archived Almanac', description: 'Older than the directory', card: JSON.stringify({ name: 'Archived Almanac', tags: ['Legacy'] }) })
      .execute();
    // The directory's migration and every later one.
    assert.deepEqual(await migrateToLatest(database, identityMigrations), Object.keys(identityMigrations).filter((name) => name >= '0003').sort());
    const unitOfWork = createUnitOfWork(database, () => {}, createSecretBox(Buffer.alloc(32, 7)));
    const keys = createSigningKeyStore(database);
    identity = new IdentityService(unitOfWork, keys, SETTINGS);
    directory = new DirectoryService(unitOfWork, keys, { issuer: 'agentvault', maxAgentsPerDeveloper: LIMIT });
  });
  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  async function developerWithAgents(n: number) {
    const { developer } = await identity.registerDeveloper({ email: `dir-${uniqueSuffix()}@example.com`, password: 'Corr3ct-Horse!', name: 'Dir' });
    const agents = [];
    for (let i = 0; i < n; i++) {
      const { bootstrap_token } = await identity.requestBootstrapToken(developer.id, {});
      agents.push((await identity.createAgent({ bootstrapToken: bootstrap_token, agentCard: { name: `Agent ${i}` }, publicKeyJwk: null })).agent);
    }
    return { developer, agents };
  }

  it('backfills cards written before the directory: searchable by name, filterable by tag', async () => {
    const page = await directory.listCards({ query: 'almanac', tags: ['legacy'], limit: 10, offset: 0 });
    assert.deepEqual(page.items.map((c) => c.name), ['Archived Almanac']);
    assert.equal(page.items[0]!.a2aValidated, false);
  });

  it('20 concurrent create_agent calls under a limit of 3: exactly 3 agents', async () => {
    const { developer } = await identity.registerDeveloper({ email: `sybil-${uniqueSuffix()}@example.com`, password: 'Corr3ct-Horse!', name: 'Sybil' });
    const tokens = await Promise.all(Array.from({ length: 20 }, () => identity.requestBootstrapToken(developer.id, {})));
    const results = await Promise.allSettled(tokens.map((t, i) => identity.createAgent({ bootstrapToken: t.bootstrap_token, agentCard: { name: `Racer ${i}` }, publicKeyJwk: null })));
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, LIMIT);
    for (const r of results) if (r.status === 'rejected') assert.equal((r.reason as DomainError).code, 'AGENT_LIMIT_REACHED');
    assert.deepEqual(await directory.countAgents(developer.id), { active: LIMIT, total: LIMIT, limit: LIMIT });
  });

  it('ranks name matches above description matches, and filters by skill and capability', async () => {
    const word = `zephyr${uniqueSuffix().toLowerCase().replace(/[^a-z]/g, '')}`;
    const { developer, agents } = await developerWithAgents(3);
    await directory.submitCard(developer.id, agents[0]!.did, card('Plain helper', `knows about ${word}`));
    await directory.submitCard(developer.id, agents[1]!.did, card(`${word} expert`, 'the best', { capabilities: { streaming: true } }));
    await directory.submitCard(developer.id, agents[2]!.did, card('Unrelated', 'nothing', { skills: [{ id: 'route', name: word, description: 'routes', tags: [] }] }));
    const ranked = await directory.listCards({ query: word, limit: 10, offset: 0 });
    assert.equal(ranked.total, 3);
    assert.equal(ranked.items[0]!.name, `${word} expert`);
    assert.equal((await directory.listCards({ query: word, capabilities: ['streaming'], limit: 10, offset: 0 })).total, 1);
    assert.equal((await directory.listCards({ skills: [word], limit: 10, offset: 0 })).items[0]!.name, 'Unrelated');
    assert.equal((await directory.listCards({ skills: ['route'], developerId: developer.id, limit: 10, offset: 0 })).total, 1);
  });

  it('keeps one card per human-readable id, and counts exactly up to its limit', async () => {
    const { developer, agents } = await developerWithAgents(2);
    const hri = `org${uniqueSuffix().toLowerCase().replace(/[^a-z0-9]/g, '')}/bot`;
    await directory.submitCard(developer.id, agents[0]!.did, card('One', 'first', { humanReadableId: hri }));
    await assert.rejects(directory.submitCard(developer.id, agents[1]!.did, card('Two', 'second', { humanReadableId: hri })), (err: DomainError) => err.kind === 'conflict');
    assert.equal((await directory.getCardByHri(hri.toUpperCase())).name, 'One');
    const page = await directory.listCards({ status: 'all', limit: 1, offset: 0 });
    assert.equal(page.totalIsExact, true);
    assert.ok(page.total > 1);
  });
});
