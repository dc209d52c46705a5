import assert from 'node:assert/strict';
import { migrateToLatest, openDatabase, sql, type Database } from '@agentvault/db';
import { DomainError } from '@agentvault/errors';
import { createTestDatabase, uniqueSuffix, type TestDatabase } from '@agentvault/testing';
import { identityMigrations } from '../migrations/index.js';
import { hashSecret } from '../src/domain/credentials.js';
import { EmailVerificationService, verificationLink } from '../src/domain/email-verification.js';
import { OrganizationService } from '../src/domain/organizations.js';
import { BundleService } from '../src/domain/bundles.js';
import type { Mailer } from '../src/domain/organization-ports.js';
import { createDirectoryUnitOfWork } from '../src/store/organization-store.js';
import type { IdentityDatabase } from '../src/store/schema.js';

/** Mail that is kept instead of sent, so the token flow is tested without an SMTP server. */
function capturingMailer(enabled: boolean): Mailer & { sent: Array<{ to: string; text: string }> } {
  const sent: Array<{ to: string; text: string }> = [];
  return { enabled, sent, async send(m) { sent.push({ to: m.to, text: m.text }); } };
}

const rejectsWith = async (work: Promise<unknown>, code: string) =>
  assert.rejects(work, (err: unknown) => err instanceof DomainError && err.code === code);

describe('email verification and organization quotas on PostgreSQL', function () {
  this.timeout(60_000);
  let testDb: TestDatabase;
  let database: Database<IdentityDatabase>;

  before(async () => {
    testDb = await createTestDatabase('av_identity_org');
    database = (await openDatabase({ url: testDb.url, schema: 'identity', poolSize: 20 })) as Database<IdentityDatabase>;
    await migrateToLatest(database, identityMigrations);
  });
  after(async () => {
    await database?.close();
    await testDb?.drop();
  });

  async function developer() {
    const row = await database.db
      .insertInto('developers')
      .values({ email: `v-${uniqueSuffix()}@example.com`.toLowerCase(), name: 'V', password_hash: 'x' })
      .returning(['id', 'email'])
      .executeTakeFirstOrThrow();
    return { id: String(row.id), email: row.email };
  }

  it('stores only the hash of a token that works once and expires, with mail on or off', async () => {
    const uow = createDirectoryUnitOfWork(database);
    const mailer = capturingMailer(true);
    const service = new EmailVerificationService(uow, mailer, { publicBaseUrl: 'https://r.example.com/', tokenTtlSeconds: 3600, registryName: 'R' });
    const dev = await developer();

    const sent = await service.sendVerification(dev.id);
    assert.equal(sent.status, 'sent');
    assert.equal(mailer.sent.length, 1);
    assert.ok(mailer.sent[0]!.text.includes(verificationLink('https://r.example.com/', sent.token!)));
    const stored = await database.db.selectFrom('email_verification_tokens').selectAll().where('developer_id', '=', dev.id).execute();
    assert.deepEqual(stored.map((r) => r.token_hash), [hashSecret(sent.token!)], 'the token itself is not stored');

    assert.equal((await service.verify(sent.token!)).status, 'verified');
    await rejectsWith(service.verify(sent.token!), 'INVALID_VERIFICATION_TOKEN');
    assert.equal((await service.sendVerification(dev.id)).status, 'already_verified');

    // Mail switched off: the token is still issued (and works), nothing is sent.
    const quiet = new EmailVerificationService(uow, capturingMailer(false), { publicBaseUrl: 'http://127.0.0.1:8080', tokenTtlSeconds: 60, registryName: 'R' });
    const other = await developer();
    const disabled = await quiet.sendVerification(other.id);
    assert.equal(disabled.status, 'disabled');
    const expiring = await quiet.sendVerification(other.id);
    await database.db.updateTable('email_verification_tokens').set({ expires_at: sql`now() - interval '1 second'` }).where('token_hash', '=', hashSecret(expiring.token!)).execute();
    await rejectsWith(quiet.verify(expiring.token!), 'INVALID_VERIFICATION_TOKEN');
    // A token mailed to an address the account no longer has proves nothing.
    await database.db.updateTable('developers').set({ email: `moved-${uniqueSuffix()}@example.com`.toLowerCase() }).where('id', '=', other.id).execute();
    await rejectsWith(quiet.verify(disabled.token!), 'INVALID_VERIFICATION_TOKEN');
  });

  it('keeps the API key quota under concurrent creations', async () => {
    const uow = createDirectoryUnitOfWork(database);
    const organizations = new OrganizationService(uow, { maxAgentsPerOrganization: 5, maxApiKeysPerOrganization: 3, maxRequestsPerMinute: 100, requireVerifiedEmail: false });
    const owner = await developer();
    const org = await organizations.create(owner.id, { name: 'Race', description: '', quotas: null });
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => organizations.createApiKey(owner.id, org.id, null)));
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 3);
    for (const r of results) if (r.status === 'rejected') assert.equal((r.reason as DomainError).code, 'ORGANIZATION_API_KEY_LIMIT_REACHED');
    assert.equal((await organizations.get(owner.id, org.id)).activeApiKeyCount, 3);
  });

  it('restores a bundle once per key in the service too (the gateway\'s replay cache aside), concurrently', async () => {
    const uow = createDirectoryUnitOfWork(database);
    const organizations = new OrganizationService(uow, { maxAgentsPerOrganization: 5, maxApiKeysPerOrganization: 3, maxRequestsPerMinute: 100, requireVerifiedEmail: false });
    const bundles = new BundleService(uow);
    const owner = await developer();
    const org = await organizations.create(owner.id, { name: 'Once', description: '', quotas: null });
    const bundle = await bundles.create(owner.id, org.id, { name: '', description: '' });
    const key = { scope: `developer:${owner.id}`, key: `k-${uniqueSuffix()}`, requestHash: 'h1' };
    const results = await Promise.all(Array.from({ length: 5 }, () => bundles.restore(owner.id, bundle.id, key)));
    assert.equal(new Set(results.map((r) => r.id)).size, 1);
    assert.equal(results.filter((r) => !r.replayed).length, 1);
    await rejectsWith(bundles.restore(owner.id, bundle.id, { ...key, requestHash: 'h2' }), 'IDEMPOTENCY_KEY_REUSED');
    const rows = await database.db.selectFrom('bundle_restores').select('id').where('bundle_id', '=', bundle.id).execute();
    assert.equal(rows.length, 1);
  });
});
