import assert from 'node:assert/strict';
import { generateSigningKey } from '@agentvault/auth';
import { migrateToLatest, openDatabase, sql, type Database } from '@agentvault/db';
import { DomainError } from '@agentvault/errors';
import { createTestDatabase, uniqueSuffix, waitFor, type TestDatabase } from '@agentvault/testing';
import { identityMigrations } from '../migrations/index.js';
import { hashSecret, normalizeRecoveryKey } from '../src/domain/credentials.js';
import { IdentityService, type IdentitySettings } from '../src/domain/identity-service.js';
import type { SigningKeyRecord } from '../src/domain/ports.js';
import { createSecretBox } from '@agentvault/config';
import { currentTotpCode } from '../src/domain/totp.js';
import { createSigningKeyStore, createUnitOfWork, resealTotpSecrets } from '../src/store/identity-store.js';

const BOX = createSecretBox(Buffer.alloc(32, 4));

const PASSWORD = 'Corr3ct-Horse!';
const SETTINGS: IdentitySettings = {
  issuer: 'agentvault',
  audience: 'agentvault-api',
  accessTokenTtlSeconds: 3600,
  recoveryTokenTtlSeconds: 600,
  bootstrapTokenTtlSeconds: 3600,
  totpIssuer: 'AgentVault',
};

interface OutboxRow {
  id: string;
  seq: string;
  type: string;
  source: string;
  subject: string | null;
  data: Record<string, any>;
  published_at: Date | null;
}

/** Splits settled promises into values and errors. */
function partition<T>(results: PromiseSettledResult<T>[]) {
  return {
    ok: results.filter((r): r is PromiseFulfilledResult<T> => r.status === 'fulfilled').map((r) => r.value),
    errors: results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown),
  };
}

function assertAllDomainErrors(errors: unknown[], kind: DomainError['kind'], detail: string) {
  for (const err of errors) {
    assert.ok(err instanceof DomainError, `expected a DomainError, got ${String(err)}`);
    assert.equal(err.kind, kind, err.message);
    assert.equal(err.message, detail);
  }
}

describe('identity store on PostgreSQL', function () {
  this.timeout(30_000);
  let testDb: TestDatabase;
  let database: Database;
  let service: IdentityService;
  let commitsWithEvents = 0;
  const opened: Database[] = [];

  /** Opens the identity schema (or another) on the test database; closed in after(). */
  async function open(schema: string, poolSize = 25): Promise<Database> {
    const db = await openDatabase({ url: testDb.url, schema, poolSize });
    opened.push(db);
    return db;
  }

  before(async () => {
    testDb = await createTestDatabase('av_identity');
    database = await open('identity');
    const applied = await migrateToLatest(database, identityMigrations);
    assert.deepEqual(applied, Object.keys(identityMigrations).sort());
    service = new IdentityService(createUnitOfWork(database, () => (commitsWithEvents += 1), BOX), createSigningKeyStore(database), SETTINGS);
  });
  after(async () => {
    for (const db of opened) await db.close();
    await testDb?.drop();
  });

  async function outbox(filter: { type?: string; subject?: string; developerId?: string } = {}): Promise<OutboxRow[]> {
    let q = database.db.selectFrom('outbox').selectAll().orderBy('seq');
    if (filter.type) q = q.where('type', '=', filter.type);
    if (filter.subject) q = q.where('subject', '=', filter.subject);
    if (filter.developerId) q = q.where(sql<string>`data->>'developer_id'`, '=', filter.developerId);
    return (await q.execute()) as OutboxRow[];
  }

  async function count(table: string, where?: [string, string]): Promise<number> {
    let q = database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n'));
    if (where) q = q.where(where[0], '=', where[1]);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

  async function newDeveloper() {
    const email = `dev-${uniqueSuffix()}@example.com`;
    const { developer, recoveryKeys } = await service.registerDeveloper({ email, password: PASSWORD, name: 'Dev' });
    return { email, developer, recoveryKeys };
  }

  it('applies the migrations once: a second run applies nothing', async () => {
    assert.deepEqual(await migrateToLatest(database, identityMigrations), []);
  });

  it('20 concurrent create_agent calls with one bootstrap token: exactly one agent, the rest conflict', async () => {
    const { developer } = await newDeveloper();
    const { bootstrap_token } = await service.requestBootstrapToken(developer.id, {});
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => service.createAgent({ bootstrapToken: bootstrap_token, agentCard: { name: `Racer ${i}` }, publicKeyJwk: null })),
    );
    const { ok, errors } = partition(results);
    assert.equal(ok.length, 1, `exactly one create_agent succeeds; errors: ${errors.map(String).join('; ')}`);
    assert.equal(errors.length, 19);
    assertAllDomainErrors(errors, 'conflict', 'Bootstrap token has already been used');

    const did = ok[0]!.agent.did;
    assert.equal(await count('agents', ['developer_id', developer.id]), 1);
    const cards = await database.db.selectFrom('agent_cards as c').innerJoin('agents as a', 'a.id', 'c.agent_id').select('c.name').where('a.developer_id', '=', developer.id).execute();
    assert.equal(cards.length, 1);
    const token = await database.db.selectFrom('bootstrap_tokens').selectAll().where('token_hash', '=', hashSecret(bootstrap_token)).executeTakeFirstOrThrow();
    assert.ok(token.used_at);
    assert.equal(token.used_for_did, did);
    const events = await outbox({ type: 'agent.created', developerId: developer.id });
    assert.equal(events.length, 1);
    assert.equal(events[0]!.subject, did);
  });

  it('10 concurrent registrations of one email (in any case): one developer, the rest conflict', async () => {
    const email = `race-${uniqueSuffix()}@example.com`;
    const spellings = (i: number) => (i % 2 === 0 ? email : ` ${email.toUpperCase()} `);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => service.registerDeveloper({ email: spellings(i), password: PASSWORD, name: `Racer ${i}` })),
    );
    const { ok, errors } = partition(results);
    assert.equal(ok.length, 1, `exactly one registration succeeds; errors: ${errors.map(String).join('; ')}`);
    assertAllDomainErrors(errors, 'conflict', 'Email already registered');
    assert.equal(await count('developers', ['email', email]), 1);
    const id = ok[0]!.developer.id;
    assert.equal(await count('recovery_keys', ['developer_id', id]), 8, 'the losers left no recovery keys behind');
    assert.equal((await outbox({ type: 'developer.registered' })).filter((e) => e.data.email === email).length, 1);
  });

  it('concurrent uses of one recovery key and one recovery token: each works once', async () => {
    const { email, developer, recoveryKeys } = await newDeveloper();
    const recovered = partition(await Promise.allSettled(Array.from({ length: 8 }, () => service.recoverAccount({ email, recoveryKey: recoveryKeys[0]! }))));
    assert.equal(recovered.ok.length, 1);
    assertAllDomainErrors(recovered.errors, 'unauthorized', 'Invalid email or recovery key');

    const jti = `recovery-${uniqueSuffix()}`;
    const exp = Math.floor(Date.now() / 1000) + 600;
    const reset = partition(
      await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) => service.setNewPassword({ developerId: developer.id, recoveryTokenId: jti, recoveryTokenExpiresAt: exp, newPassword: `N3w-Passw0rd-${i}` })),
      ),
    );
    assert.equal(reset.ok.length, 1);
    assertAllDomainErrors(reset.errors, 'unauthorized', 'Recovery token has already been used');
    assert.equal((await outbox({ type: 'developer.password_changed', developerId: developer.id })).length, 1);
  });

  it('the signing key store yields a single active key when several replicas ask at once', async () => {
    const schema = `identity_keys_${uniqueSuffix()}`;
    // Opened one after another: openDatabase's `create schema if not exists` is not safe to race (see the report).
    const replicas = [await open(schema, 4), await open(schema, 4), await open(schema, 4)];
    await migrateToLatest(replicas[0]!, identityMigrations);
    let created = 0;
    const create = async (): Promise<SigningKeyRecord> => {
      created += 1;
      return generateSigningKey();
    };
    const stores = replicas.map((r) => createSigningKeyStore(r));
    const keys = await Promise.all(Array.from({ length: 12 }, (_, i) => stores[i % stores.length]!.activeKey(create)));
    const kids = new Set(keys.map((k) => k.kid));
    assert.equal(kids.size, 1, `every caller gets the same key (created ${created} candidates)`);
    assert.ok(created >= 1);
    const rows = await replicas[0]!.db.selectFrom('signing_keys').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.active, true);
    assert.equal(rows[0]!.kid, [...kids][0]);
    assert.deepEqual(keys[0]!.privateJwk, rows[0]!.private_jwk);

    // Services on these replicas agree too, and publish only the public half.
    const services = replicas.map((r) => new IdentityService(createUnitOfWork(r), createSigningKeyStore(r), SETTINGS));
    const sets = await Promise.all(services.map((s) => s.jwks()));
    for (const set of sets) {
      assert.deepEqual(set.keys.map((k) => k.kid), [...kids]);
      assert.equal('d' in set.keys[0]!, false);
    }
    // A second active key is refused by the database itself.
    const other = await generateSigningKey();
    await assert.rejects(
      replicas[0]!.db.insertInto('signing_keys').values({ kid: other.kid, private_jwk: JSON.stringify(other.privateJwk), public_jwk: JSON.stringify(other.publicJwk), active: true }).execute(),
      /signing_keys_one_active|duplicate key/,
    );
  });

  it('writes each state change’s event to the outbox in the same transaction', async () => {
    const before = commitsWithEvents;
    const { email, developer } = await newDeveloper();
    const registered = await outbox({ type: 'developer.registered', developerId: developer.id });
    assert.equal(registered.length, 1);
    assert.deepEqual(registered[0]!.data, { developer_id: developer.id, email, name: 'Dev' });
    assert.equal(registered[0]!.source, 'identity');
    assert.equal(registered[0]!.subject, null);
    assert.equal(registered[0]!.published_at, null, 'no relay runs here: the row waits for one');

    const { info } = await service.createApiKey(developer.id, 'CI');
    await service.revokeApiKey(developer.id, info.id);
    const created = await outbox({ type: 'api_key.created', developerId: developer.id });
    const revoked = await outbox({ type: 'api_key.revoked', developerId: developer.id });
    assert.equal(created.length, 1);
    assert.equal(revoked.length, 1);
    assert.deepEqual(created[0]!.data, { developer_id: developer.id, api_key_id: info.id, prefix: info.prefix });
    assert.deepEqual(revoked[0]!.data, { developer_id: developer.id, api_key_id: info.id, prefix: info.prefix });

    const { bootstrap_token } = await service.requestBootstrapToken(developer.id, { agentTypeHint: 'assistant', requestedBy: 'test' });
    const afterBootstrap = commitsWithEvents;
    const { agent } = await service.createAgent({ bootstrapToken: bootstrap_token, agentCard: { name: 'Bot', description: 'Does things' }, publicKeyJwk: { kty: 'OKP' } });
    const agentEvents = await outbox({ subject: agent.did });
    assert.equal(agentEvents.length, 1);
    assert.equal(agentEvents[0]!.type, 'agent.created');
    assert.deepEqual(agentEvents[0]!.data, { agent_did: agent.did, developer_id: developer.id, agent_card_id: agent.card!.id, agent_card_name: 'Bot' });
    assert.ok(Number(registered[0]!.seq) < Number(created[0]!.seq) && Number(created[0]!.seq) < Number(revoked[0]!.seq) && Number(revoked[0]!.seq) < Number(agentEvents[0]!.seq));

    // The relay is woken after each commit that wrote an event, and only then.
    assert.equal(afterBootstrap - before, 3, 'register, create key, revoke key; not the bootstrap token');
    assert.equal(commitsWithEvents - before, 4);
    const stored = await service.getAgent(agent.did);
    assert.deepEqual(stored.publicKeyJwk, { kty: 'OKP' });
    assert.equal(stored.card!.description, 'Does things');
  });

  it('a failed transaction writes no event, and a refused command none either', async () => {
    const { developer } = await newDeveloper();
    const total = await count('outbox');
    const woken = commitsWithEvents;
    const uow = createUnitOfWork(database, () => (commitsWithEvents += 1));

    // The event is appended first; a database error later in the transaction takes it back.
    await assert.rejects(
      uow.run(async (repos) => {
        await repos.outbox.emit({ type: 'agent.created', subject: 'did:agentvault:doomed', data: { agent_did: 'did:agentvault:doomed', developer_id: '0', agent_card_id: 'x', agent_card_name: 'x' } });
        await repos.agents.insert({ did: 'did:agentvault:doomed', developerId: '999999999', clientId: `agent_${uniqueSuffix()}`, clientSecretHash: 'x', publicKeyJwk: null, card: { name: 'x', description: '', card: {} } });
      }),
      /foreign key/,
    );
    // And a domain error after the state change and the event.
    await assert.rejects(
      uow.run(async (repos) => {
        const d = await repos.developers.insert({ email: `doomed-${uniqueSuffix()}@example.com`, name: 'Doomed', passwordHash: 'x', role: 'developer' });
        await repos.outbox.emit({ type: 'developer.registered', data: { developer_id: d!.id, email: 'doomed', name: 'Doomed' } });
        throw new DomainError('conflict', 'changed my mind');
      }),
      /changed my mind/,
    );
    assert.equal(await count('developers', ['name', 'Doomed']), 0);

    // Refused commands: a taken email, a used, unknown or expired bootstrap token, an unknown key.
    await assert.rejects(service.registerDeveloper({ email: (await service.getDeveloper(developer.id)).email, password: PASSWORD, name: 'Again' }), /already registered/);
    const { bootstrap_token } = await service.requestBootstrapToken(developer.id, {});
    await database.db.updateTable('bootstrap_tokens').set({ expires_at: new Date(Date.now() - 1000) }).where('token_hash', '=', hashSecret(bootstrap_token)).execute();
    await assert.rejects(service.createAgent({ bootstrapToken: bootstrap_token, agentCard: { name: 'Late' }, publicKeyJwk: null }), (err: DomainError) => err.kind === 'unauthorized' && err.message === 'Bootstrap token has expired');
    await assert.rejects(service.createAgent({ bootstrapToken: 'bst_nope', agentCard: { name: 'X' }, publicKeyJwk: null }), /Invalid bootstrap token/);
    await assert.rejects(service.revokeApiKey(developer.id, '123456789'), /not found/);

    assert.equal(await count('outbox'), total);
    assert.equal(commitsWithEvents, woken, 'the relay is not woken for a rollback');
    assert.equal(await count('agents', ['developer_id', developer.id]), 0);
    const token = await database.db.selectFrom('bootstrap_tokens').select('used_at').where('token_hash', '=', hashSecret(bootstrap_token)).executeTakeFirstOrThrow();
    assert.equal(token.used_at, null);
  });

  it('answers not_found, not a database error, for an API key id beyond the bigint range', async () => {
    const { developer } = await newDeveloper();
    for (const id of ['9223372036854775808', '99999999999999999999999', '00000000000000000000000001']) {
      await assert.rejects(service.revokeApiKey(developer.id, id), (err: unknown) => err instanceof DomainError && err.kind === 'not_found');
    }
    await assert.rejects(service.getDeveloper('99999999999999999999999'), (err: unknown) => err instanceof DomainError && err.kind === 'unauthorized');
  });

  it('seals TOTP secrets stored in clear before sealing was the default, and they keep working', async () => {
    await waitFor(() => (Date.now() / 1000) % 30 < 25, { intervalMs: 200, what: 'a TOTP step with time left' });
    const { email, developer } = await newDeveloper();
    const { secret } = await service.setupTotp(developer.id);
    // As a row written by an earlier version looks: the secret itself.
    await database.db.updateTable('developers').set({ totp_secret: secret }).where('id', '=', developer.id).execute();
    assert.ok((await resealTotpSecrets(database, BOX)) >= 1);
    const row = await database.db.selectFrom('developers').select('totp_secret').where('id', '=', developer.id).executeTakeFirstOrThrow();
    assert.match(row.totp_secret, /^v1:/);
    assert.ok(!row.totp_secret.includes(secret));
    assert.equal(await resealTotpSecrets(database, BOX), 0, 'nothing left to seal');
    await service.enableTotp(developer.id, currentTotpCode(secret, -1));
    assert.equal((await service.login({ email, password: PASSWORD, totpCode: currentTotpCode(secret) })).token_type, 'bearer');
  });

  it('stores secrets only hashed: no password, API key, client secret, recovery key or bootstrap token in any column', async () => {
    const { email, developer, recoveryKeys } = await newDeveloper();
    const { plainKey } = await service.createApiKey(developer.id, 'scan');
    const { bootstrap_token } = await service.requestBootstrapToken(developer.id, { agentTypeHint: 'scanner' });
    const { agent, clientSecret } = await service.createAgent({ bootstrapToken: bootstrap_token, agentCard: { name: 'Scanner' }, publicKeyJwk: null });
    const spare = await service.requestBootstrapToken(developer.id, {}); // one left unused too
    const { secret: totpSecret } = await service.setupTotp(developer.id);
    assert.ok(totpSecret);

    const secrets: Record<string, string> = {
      password: PASSWORD,
      api_key: plainKey,
      api_key_body: plainKey.slice('avreg_'.length),
      client_secret: clientSecret,
      client_secret_body: clientSecret.slice('avs_'.length),
      bootstrap_token: bootstrap_token,
      bootstrap_token_body: bootstrap_token.slice('bst_'.length),
      spare_bootstrap_token: spare.bootstrap_token,
      totp_secret: totpSecret,
    };
    recoveryKeys.forEach((k, i) => {
      secrets[`recovery_key_${i}`] = k;
      secrets[`recovery_key_${i}_normalized`] = normalizeRecoveryKey(k);
    });

    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = ${database.schema} and table_type = 'BASE TABLE' order by 1`.execute(database.db);
    const names = tables.rows.map((r) => r.table_name);
    for (const expected of ['developers', 'recovery_keys', 'api_keys', 'bootstrap_tokens', 'agents', 'agent_cards', 'outbox']) assert.ok(names.includes(expected), expected);
    let scanned = 0;
    for (const table of names) {
      const { rows } = await sql<{ row: string }>`select t::text as row from ${sql.table(`${database.schema}.${table}`)} t`.execute(database.db);
      for (const { row } of rows) {
        scanned += 1;
        for (const [what, value] of Object.entries(secrets)) {
          assert.ok(!row.includes(value), `${what} found in plain text in ${table}: ${row.slice(0, 200)}`);
        }
      }
    }
    assert.ok(scanned > 20);

    // And what is stored is the hash.
    const dev = await database.db.selectFrom('developers').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    assert.match(dev.password_hash, /^scrypt\$/);
    const keyRow = await database.db.selectFrom('api_keys').selectAll().where('developer_id', '=', developer.id).executeTakeFirstOrThrow();
    assert.equal(keyRow.key_hash, hashSecret(plainKey));
    assert.equal(keyRow.prefix, plainKey.slice(0, 14) + '...');
    const agentRow = await database.db.selectFrom('agents').selectAll().where('did', '=', agent.did).executeTakeFirstOrThrow();
    assert.equal(agentRow.client_secret_hash, hashSecret(clientSecret));
    const recoveryRows = await database.db.selectFrom('recovery_keys').select('key_hash').where('developer_id', '=', developer.id).execute();
    assert.deepEqual(recoveryRows.map((r) => r.key_hash).sort(), recoveryKeys.map((k) => hashSecret(normalizeRecoveryKey(k))).sort());
    assert.equal(await count('bootstrap_tokens', ['token_hash', hashSecret(bootstrap_token)]), 1);

    // The TOTP secret is sealed to its developer, and still checks codes.
    assert.match(dev.totp_secret, /^v1:/);
    await service.enableTotp(developer.id, currentTotpCode(totpSecret));

    // The hashes work: the credentials authenticate.
    assert.equal((await service.authenticateApiKey(plainKey)).id, developer.id);
    assert.equal((await service.issueAgentToken(agent.clientId, clientSecret)).token_type, 'bearer');
  });
});
