import assert from 'node:assert/strict';
import { authenticator } from 'otplib';
import { createTokenVerifier } from '@agentvault/auth';
import { DomainError } from '@agentvault/errors';
import { waitFor } from '@agentvault/testing';
import { summarizeAgentCard } from '../src/domain/agent-card.js';
import {
  API_KEY_PREFIX, DUMMY_PASSWORD_HASH, RECOVERY_KEY_COUNT, apiKeyDisplayPrefix, checkPasswordStrength, hashPassword, hashSecret,
  isApiKey, newAgentDid, newApiKey, newBootstrapToken, newClientId, newClientSecret, newRecoveryKeys, normalizeRecoveryKey, verifyPassword,
} from '../src/domain/credentials.js';
import { IdentityService, normalizeEmail, type IdentitySettings } from '../src/domain/identity-service.js';
import { isRowId, type Agent, type ApiKey, type BootstrapToken, type Developer, type IdentityEvent } from '../src/domain/model.js';
import type { IdentityRepositories, SigningKeyRecord, SigningKeyStore, UnitOfWork } from '../src/domain/ports.js';
import { currentTotpCode, isValidTotpCode, newTotpSecret, totpUri } from '../src/domain/totp.js';

/** Runs `fn`, expecting a DomainError of `kind` (and `detail`, `field` when given). */
async function expectDomainError(fn: () => unknown, kind: DomainError['kind'], detail?: string | RegExp, field?: string): Promise<DomainError> {
  let caught: unknown;
  try {
    await fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof DomainError, `expected a DomainError(${kind}), got ${caught === undefined ? 'no error' : String(caught)}`);
  assert.equal(caught.kind, kind, caught.message);
  if (typeof detail === 'string') assert.equal(caught.message, detail);
  else if (detail) assert.match(caught.message, detail);
  if (field !== undefined) assert.equal(caught.field, field);
  return caught;
}

/** A well-formed code that is valid at none of the steps the window accepts around now. */
/** Steps roll over every 30 s: start a sequence of codes well inside one, so that "current" stays current. */
function awayFromStepBoundary() {
  return waitFor(() => (Date.now() / 1000) % 30 < 25, { timeoutMs: 10_000, intervalMs: 200, what: 'a TOTP step with time left' });
}

function wrongCode(secret: string): string {
  const valid = new Set([-30_000, 0, 30_000].map((d) => authenticator.clone({ epoch: Date.now() + d }).generate(secret)));
  for (let n = 0; ; n += 1) {
    const candidate = String((Number(currentTotpCode(secret)) + 123_457 + n) % 1_000_000).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}

const STRONG = 'Corr3ct-Horse!';

describe('identity domain rules', () => {
  describe('password policy', () => {
    it('accepts a password with a lower-case letter, an upper-case letter and a digit or symbol', () => {
      for (const ok of ['Abcdefg1', 'Abcdefg!', 'abcdefG_', 'Passw0rd', 'A'.repeat(64) + 'b'.repeat(63) + '1']) {
        assert.doesNotThrow(() => checkPasswordStrength(ok), ok);
      }
    });

    it('names every missing class in one message, with the field', async () => {
      const cases: Array<[string, string[]]> = [
        ['ABCDEFG1', ['a lower-case letter']],
        ['abcdefg1', ['an upper-case letter']],
        ['Abcdefgh', ['a digit or a symbol']],
        ['Ab1', ['at least 8 characters']],
        ['abc', ['at least 8 characters', 'an upper-case letter', 'a digit or a symbol']],
        ['', ['at least 8 characters', 'a lower-case letter', 'an upper-case letter', 'a digit or a symbol']],
        ['Ab1' + 'x'.repeat(126), ['at most 128 characters']],
      ];
      for (const [password, missing] of cases) {
        const err = await expectDomainError(() => checkPasswordStrength(password), 'validation_error', /^password is too weak: it needs /, 'password');
        assert.equal(err.code, 'VALIDATION_ERROR');
        for (const m of missing) assert.ok(err.message.includes(m), `${JSON.stringify(password)}: "${err.message}" should name "${m}"`);
        const all = ['at least 8', 'at most 128', 'lower-case', 'upper-case', 'digit or a symbol'];
        for (const other of all.filter((a) => !missing.some((m) => m.includes(a)))) {
          assert.ok(!err.message.includes(other), `${JSON.stringify(password)}: "${err.message}" should not name "${other}"`);
        }
      }
    });

    it('reports the field it was asked to check', async () => {
      await expectDomainError(() => checkPasswordStrength('weak', 'new_password'), 'validation_error', /^new_password is too weak/, 'new_password');
    });

    it('allows exactly 8 and exactly 128 characters', () => {
      assert.doesNotThrow(() => checkPasswordStrength('Abcdef1!'));
      assert.doesNotThrow(() => checkPasswordStrength('Ab1' + 'x'.repeat(125)));
    });
  });

  describe('password hashing (scrypt)', () => {
    it('round-trips, salts every hash and refuses a wrong password', async () => {
      const [a, b] = await Promise.all([hashPassword(STRONG), hashPassword(STRONG)]);
      assert.match(a, /^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
      assert.notEqual(a, b, 'two hashes of one password differ by their salt');
      assert.ok(!a.includes(STRONG));
      assert.equal(await verifyPassword(STRONG, a), true);
      assert.equal(await verifyPassword(STRONG, b), true);
      assert.equal(await verifyPassword('Corr3ct-Horse?', a), false);
      assert.equal(await verifyPassword(STRONG.toLowerCase(), a), false);
      assert.equal(await verifyPassword('', a), false);
    });

    it('refuses a hash of another scheme or a mangled one, and the dummy hash matches nothing', async () => {
      assert.equal(await verifyPassword(STRONG, 'bcrypt$whatever'), false);
      assert.equal(await verifyPassword(STRONG, ''), false);
      assert.equal(await verifyPassword(STRONG, DUMMY_PASSWORD_HASH), false);
      assert.equal(await verifyPassword('', DUMMY_PASSWORD_HASH), false);
    });
  });

  describe('recovery keys', () => {
    it('issues 8 distinct keys of five groups of five unambiguous characters', () => {
      const keys = newRecoveryKeys();
      assert.equal(RECOVERY_KEY_COUNT, 8);
      assert.equal(keys.length, 8);
      assert.equal(new Set(keys).size, 8);
      for (const key of keys) {
        assert.match(key, /^[A-HJ-NP-Z2-9]{5}(-[A-HJ-NP-Z2-9]{5}){4}$/);
        assert.doesNotMatch(key, /[01IO]/);
      }
    });

    it('normalizes lower case and missing or extra separators to one form', () => {
      const [key] = newRecoveryKeys(1);
      const normal = normalizeRecoveryKey(key!);
      assert.match(normal, /^[A-Z2-9]{25}$/);
      assert.equal(normalizeRecoveryKey(key!.toLowerCase()), normal);
      assert.equal(normalizeRecoveryKey(key!.replace(/-/g, '')), normal);
      assert.equal(normalizeRecoveryKey(key!.toLowerCase().replace(/-/g, '')), normal);
      assert.equal(normalizeRecoveryKey(` ${key!.replace(/-/g, ' ')} `), normal);
      assert.equal(hashSecret(normalizeRecoveryKey(key!.toLowerCase())), hashSecret(normal));
      assert.notEqual(normalizeRecoveryKey(newRecoveryKeys(1)[0]!), normal);
    });
  });

  describe('API keys and other secrets', () => {
    it('makes avreg_ keys of 64 hex characters that isApiKey recognises', () => {
      const key = newApiKey();
      assert.equal(API_KEY_PREFIX, 'avreg_');
      assert.match(key, /^avreg_[0-9a-f]{64}$/);
      assert.equal(isApiKey(key), true);
      assert.notEqual(newApiKey(), key);
    });

    it('isApiKey refuses anything else', () => {
      const key = newApiKey();
      for (const bad of ['', 'avreg_', key.slice(0, -1), key + '0', key.toUpperCase(), key.replace('avreg_', 'avreg-'), `Bearer ${key}`, ` ${key}`, newBootstrapToken(), newClientSecret(), 'avreg_' + 'g'.repeat(64)]) {
        assert.equal(isApiKey(bad), false, bad);
      }
    });

    it('shows a display prefix that identifies the key without revealing it', () => {
      const key = newApiKey();
      const prefix = apiKeyDisplayPrefix(key);
      assert.match(prefix, /^avreg_[0-9a-f]{8}\.\.\.$/);
      assert.ok(key.startsWith(prefix.slice(0, -3)));
      assert.equal(isApiKey(prefix), false);
    });

    it('formats bootstrap tokens, client ids and client secrets, and hashes secrets with SHA-256', () => {
      assert.match(newBootstrapToken(), /^bst_[A-Za-z0-9_-]{43}$/);
      assert.match(newClientId(), /^agent_[0-9a-f]{24}$/);
      assert.match(newClientSecret(), /^avs_[A-Za-z0-9_-]{43}$/);
      const secret = newClientSecret();
      assert.match(hashSecret(secret), /^[0-9a-f]{64}$/);
      assert.equal(hashSecret(secret), hashSecret(secret));
      assert.notEqual(hashSecret(secret), hashSecret(newClientSecret()));
      assert.equal(hashSecret('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    });

    it('makes DIDs did:agentvault:<32 hex>', () => {
      const did = newAgentDid();
      assert.match(did, /^did:agentvault:[0-9a-f]{32}$/);
      assert.notEqual(newAgentDid(), did);
    });
  });

  describe('agent card', () => {
    it('requires a name and trims it; description defaults to empty', () => {
      assert.deepEqual(summarizeAgentCard({ name: '  Weather Bot  ', description: 'Forecasts', skills: [] }), { name: 'Weather Bot', description: 'Forecasts' });
      assert.deepEqual(summarizeAgentCard({ name: 'X' }), { name: 'X', description: '' });
    });

    it('refuses a card that is not an object, a missing or blank name, and a non-string name or description', async () => {
      for (const card of [null, undefined, 'card', 42, ['name']]) {
        await expectDomainError(() => summarizeAgentCard(card), 'validation_error', 'agent_card must be a JSON object', 'agent_card');
      }
      for (const card of [{}, { name: '' }, { name: '   ' }, { name: 7 }, { name: null }, { description: 'no name' }]) {
        await expectDomainError(() => summarizeAgentCard(card), 'validation_error', 'agent_card.name is required', 'agent_card.name');
      }
      await expectDomainError(() => summarizeAgentCard({ name: 'A', description: 3 }), 'validation_error', /description must be a string/, 'agent_card.description');
    });

    it('allows a name of 200 characters and refuses 201', async () => {
      assert.equal(summarizeAgentCard({ name: 'n'.repeat(200) }).name.length, 200);
      await expectDomainError(() => summarizeAgentCard({ name: 'n'.repeat(201) }), 'validation_error', /at most 200 characters/, 'agent_card.name');
    });
  });

  describe('row ids', () => {
    it('accepts decimal ids that fit a Postgres bigint and nothing else', () => {
      for (const ok of ['1', '42', '9223372036854775807', '00000000000000000001']) assert.equal(isRowId(ok), true, ok);
      for (const bad of ['', '0x1', '-1', '1.0', ' 1', 'abc', '9223372036854775808', '99999999999999999999999', '1'.repeat(400)]) assert.equal(isRowId(bad), false, bad);
    });
  });

  describe('email', () => {
    it('normalizes case and whitespace and refuses malformed addresses with the field', async () => {
      assert.equal(normalizeEmail('  Dev@Example.COM '), 'dev@example.com');
      for (const bad of ['', 'dev', 'dev@', '@example.com', 'dev@example', 'a b@example.com', `${'a'.repeat(250)}@example.com`]) {
        await expectDomainError(() => normalizeEmail(bad), 'validation_error', undefined, 'email');
      }
    });
  });

  describe('TOTP', () => {
    it('accepts the current code and the neighbouring steps, and nothing further', () => {
      const secret = newTotpSecret();
      assert.match(secret, /^[A-Z2-7]+=*$/);
      assert.equal(isValidTotpCode(currentTotpCode(secret), secret), true);
      const previous = authenticator.clone({ epoch: Date.now() - 30_000 }).generate(secret);
      assert.equal(isValidTotpCode(previous, secret), true, 'one step of drift is allowed');
      const old = authenticator.clone({ epoch: Date.now() - 5 * 60_000 }).generate(secret);
      const nearby = new Set([-30_000, 0, 30_000].map((d) => authenticator.clone({ epoch: Date.now() + d }).generate(secret)));
      if (!nearby.has(old)) assert.equal(isValidTotpCode(old, secret), false, 'a code five minutes old is refused');
    });

    it('refuses a wrong code, another secret’s code and malformed codes', () => {
      const secret = newTotpSecret();
      assert.equal(isValidTotpCode(wrongCode(secret), secret), false);
      const code = currentTotpCode(secret);
      for (const bad of ['', '12345', '1234567', 'abcdef', ` ${code}`, `${code} `, `${code.slice(0, 3)} ${code.slice(3)}`, '12345a', '١٢٣٤٥٦']) {
        assert.equal(isValidTotpCode(bad, secret), false, JSON.stringify(bad));
      }
    });

    it('builds an otpauth URI naming the issuer and the account', () => {
      const secret = newTotpSecret();
      const uri = new URL(totpUri('dev@example.com', 'AgentVault', secret));
      assert.equal(uri.protocol, 'otpauth:');
      assert.equal(uri.host, 'totp');
      assert.equal(uri.searchParams.get('secret'), secret);
      assert.equal(uri.searchParams.get('issuer'), 'AgentVault');
      assert.match(decodeURIComponent(uri.pathname), /dev@example\.com/);
    });
  });
});

// ── IdentityService over in-memory ports ───────────────────────────────────────

interface State {
  developers: Developer[];
  recoveryKeys: Array<{ developerId: string; keyHash: string; usedAt: Date | null }>;
  apiKeys: Array<ApiKey & { keyHash: string }>;
  bootstrapTokens: Array<BootstrapToken & { usedForDid: string | null }>;
  agents: Agent[];
  revoked: Map<string, Date>;
  outbox: IdentityEvent[];
  nextId: number;
}

/** A fake UnitOfWork: the state is copied before each `run` and restored if the work throws. */
class MemoryUnitOfWork implements UnitOfWork {
  state: State = { developers: [], recoveryKeys: [], apiKeys: [], bootstrapTokens: [], agents: [], revoked: new Map(), outbox: [], nextId: 1 };
  readonly read: IdentityRepositories = this.repos();

  async run<T>(work: (repos: IdentityRepositories) => Promise<T>): Promise<T> {
    const before = structuredClone(this.state);
    try {
      return await work(this.repos());
    } catch (err) {
      this.state = before;
      throw err;
    }
  }

  private id(): string {
    return String(this.state.nextId++);
  }

  private repos(): IdentityRepositories {
    const self = this;
    const s = () => self.state;
    return {
      developers: {
        async insert(input) {
          if (s().developers.some((d) => d.email === input.email)) return null;
          const developer: Developer = { id: self.id(), ...input, isVerified: false, totpSecret: null, totpEnabled: false, totpLastStep: null, sessionVersion: 0, createdAt: new Date() };
          s().developers.push(developer);
          return { ...developer };
        },
        async byId(id) {
          const d = s().developers.find((x) => x.id === id);
          return d ? { ...d } : null;
        },
        async byEmail(email) {
          const d = s().developers.find((x) => x.email === email);
          return d ? { ...d } : null;
        },
        async setPassword(id, passwordHash) {
          s().developers.find((d) => d.id === id)!.passwordHash = passwordHash;
        },
        async setTotp(id, secret, enabled) {
          Object.assign(s().developers.find((d) => d.id === id)!, { totpSecret: secret, totpEnabled: enabled });
        },
        async useTotpStep(id, step) {
          const d = s().developers.find((d) => d.id === id)!;
          if (d.totpLastStep !== null && d.totpLastStep >= step) return false;
          d.totpLastStep = step;
          return true;
        },
        async endSessions(id) {
          s().developers.find((d) => d.id === id)!.sessionVersion += 1;
        },
        async setRole(id, role) {
          s().developers.find((d) => d.id === id)!.role = role;
        },
      },
      recoveryKeys: {
        async insertMany(developerId, keyHashes) {
          for (const keyHash of keyHashes) s().recoveryKeys.push({ developerId, keyHash, usedAt: null });
        },
        async consume(developerId, keyHash) {
          const key = s().recoveryKeys.find((k) => k.developerId === developerId && k.keyHash === keyHash && !k.usedAt);
          if (!key) return false;
          key.usedAt = new Date();
          return true;
        },
      },
      apiKeys: {
        async insert(input) {
          const key = { id: self.id(), developerId: input.developerId, keyHash: input.keyHash, prefix: input.prefix, description: input.description, createdAt: new Date(), revokedAt: null, lastUsedAt: null };
          s().apiKeys.push(key);
          return { ...key };
        },
        async listActive(developerId) {
          return s().apiKeys.filter((k) => k.developerId === developerId && !k.revokedAt);
        },
        async revoke(developerId, id) {
          const key = s().apiKeys.find((k) => k.id === id && k.developerId === developerId && !k.revokedAt);
          if (!key) return null;
          key.revokedAt = new Date();
          return { ...key };
        },
        async authenticate(keyHash) {
          const key = s().apiKeys.find((k) => k.keyHash === keyHash && !k.revokedAt);
          if (!key) return null;
          key.lastUsedAt = new Date();
          return s().developers.find((d) => d.id === key.developerId) ?? null;
        },
      },
      bootstrapTokens: {
        async insert(input) {
          s().bootstrapTokens.push({ tokenHash: input.tokenHash, developerId: input.developerId, expiresAt: input.expiresAt, usedAt: null, usedForDid: null });
        },
        async lockByHash(tokenHash) {
          const t = s().bootstrapTokens.find((x) => x.tokenHash === tokenHash);
          return t ? { tokenHash: t.tokenHash, developerId: t.developerId, expiresAt: t.expiresAt, usedAt: t.usedAt } : null;
        },
        async markUsed(tokenHash, agentDid) {
          Object.assign(s().bootstrapTokens.find((x) => x.tokenHash === tokenHash)!, { usedAt: new Date(), usedForDid: agentDid });
        },
      },
      agents: {
        async insert(input) {
          const agent: Agent = {
            id: self.id(), did: input.did, developerId: input.developerId, clientId: input.clientId, clientSecretHash: input.clientSecretHash,
            status: 'active', publicKeyJwk: input.publicKeyJwk, createdAt: new Date(), lastActiveAt: null,
            card: { id: `card-${self.id()}`, ...input.card },
          };
          s().agents.push(agent);
          return structuredClone(agent);
        },
        async byDid(did) {
          const a = s().agents.find((x) => x.did === did);
          return a ? structuredClone(a) : null;
        },
        async byClientId(clientId) {
          const a = s().agents.find((x) => x.clientId === clientId);
          return a ? structuredClone(a) : null;
        },
        async listByDeveloper(developerId, limit, offset) {
          const all = s().agents.filter((a) => a.developerId === developerId);
          return { items: all.slice(offset, offset + limit), total: all.length };
        },
        async search({ search, activeOnly, limit, offset }) {
          const all = s().agents.filter((a) => (!activeOnly || a.status === 'active') && (!search || JSON.stringify(a.card).toLowerCase().includes(search.toLowerCase())));
          return { items: all.slice(offset, offset + limit), total: all.length };
        },
        async touch(id) {
          s().agents.find((a) => a.id === id)!.lastActiveAt = new Date();
        },
        async setStatus(did, status) {
          s().agents.find((a) => a.did === did)!.status = status;
        },
      },
      // The directory's repositories are tested against PostgreSQL (directory.integration.test.ts).
      agentCards: {
        byId: async () => null,
        byAgentDid: async () => null,
        byHumanReadableId: async () => null,
        lockById: async () => null,
        replace: async () => null,
        setActive: async () => {
          throw new Error('not used by these tests');
        },
        search: async () => ({ items: [], total: 0, totalIsExact: true }),
        humanReadableIdTaken: async () => false,
      },
      agentCounts: {
        lockDeveloper: async () => {},
        count: async (developerId) => {
          const mine = s().agents.filter((a) => a.developerId === developerId);
          return { active: mine.filter((a) => a.status === 'active').length, total: mine.length };
        },
      },
      revokedTokens: {
        async revoke(jti, expiresAt) {
          if (s().revoked.has(jti)) return false;
          s().revoked.set(jti, expiresAt);
          return true;
        },
        async isRevoked(jti) {
          return s().revoked.has(jti);
        },
        async revokedAmong(jtis) {
          return new Set(jtis.filter((jti) => s().revoked.has(jti)));
        },
      },
      outbox: {
        async emit(event) {
          s().outbox.push(structuredClone(event));
        },
      },
    };
  }
}

class MemorySigningKeyStore implements SigningKeyStore {
  keys: SigningKeyRecord[] = [];
  async activeKey(create: () => Promise<SigningKeyRecord>) {
    if (this.keys.length === 0) this.keys.push(await create());
    return this.keys[0]!;
  }
  async publicKeys() {
    return this.keys.map((k) => k.publicJwk);
  }
}

const SETTINGS: IdentitySettings = {
  issuer: 'agentvault',
  audience: 'agentvault-api',
  accessTokenTtlSeconds: 3600,
  recoveryTokenTtlSeconds: 600,
  bootstrapTokenTtlSeconds: 3600,
  totpIssuer: 'AgentVault',
};

describe('IdentityService (in-memory ports)', () => {
  let uow: MemoryUnitOfWork;
  let keys: MemorySigningKeyStore;
  let service: IdentityService;

  beforeEach(() => {
    uow = new MemoryUnitOfWork();
    keys = new MemorySigningKeyStore();
    service = new IdentityService(uow, keys, SETTINGS);
  });

  const verifier = () => createTokenVerifier({ issuer: SETTINGS.issuer, audience: SETTINGS.audience, fetchJwks: () => service.jwks() });

  async function register(email = 'dev@example.com') {
    return service.registerDeveloper({ email, password: STRONG, name: ' Dev ' });
  }

  it('registers a developer: normalized email, trimmed name, scrypt hash, 8 hashed recovery keys and one event', async () => {
    const { developer, recoveryKeys } = await register('  Dev@Example.com ');
    assert.equal(developer.email, 'dev@example.com');
    assert.equal(developer.name, 'Dev');
    assert.equal(developer.role, 'developer');
    assert.equal(await verifyPassword(STRONG, developer.passwordHash), true);
    assert.equal(recoveryKeys.length, 8);
    assert.deepEqual(
      uow.state.recoveryKeys.map((k) => k.keyHash),
      recoveryKeys.map((k) => hashSecret(normalizeRecoveryKey(k))),
    );
    assert.deepEqual(uow.state.outbox, [{ type: 'developer.registered', data: { developer_id: developer.id, email: 'dev@example.com', name: 'Dev' } }]);
  });

  it('refuses a taken email (conflict on email) and writes no event for it', async () => {
    await register();
    await expectDomainError(() => register('DEV@example.com'), 'conflict', 'Email already registered', 'email');
    assert.equal(uow.state.developers.length, 1);
    assert.equal(uow.state.recoveryKeys.length, 8);
    assert.equal(uow.state.outbox.length, 1);
  });

  it('validates before touching storage: weak password, bad name', async () => {
    await expectDomainError(() => service.registerDeveloper({ email: 'a@example.com', password: 'weak', name: 'A' }), 'validation_error', /password is too weak/, 'password');
    await expectDomainError(() => service.registerDeveloper({ email: 'a@example.com', password: STRONG, name: '  ' }), 'validation_error', undefined, 'name');
    await expectDomainError(() => service.registerDeveloper({ email: 'a@example.com', password: STRONG, name: 'n'.repeat(101) }), 'validation_error', undefined, 'name');
    assert.equal(uow.state.developers.length, 0);
    assert.equal(uow.state.outbox.length, 0);
  });

  it('accepts a TOTP code once per account, also when the earlier use was a different action', async () => {
    await awayFromStepBoundary();
    const { developer } = await register();
    const { secret } = await service.setupTotp(developer.id);
    const code = currentTotpCode(secret);
    await service.enableTotp(developer.id, code);
    await expectDomainError(() => service.login({ email: 'dev@example.com', password: STRONG, totpCode: code }), 'unauthorized', 'Invalid 2FA code');
    // An earlier step than the last one used is refused too, even inside the drift window.
    await expectDomainError(() => service.login({ email: 'dev@example.com', password: STRONG, totpCode: currentTotpCode(secret, -1) }), 'unauthorized', 'Invalid 2FA code');
    const next = currentTotpCode(secret, 1);
    await service.login({ email: 'dev@example.com', password: STRONG, totpCode: next });
    await expectDomainError(() => service.login({ email: 'dev@example.com', password: STRONG, totpCode: next }), 'unauthorized', 'Invalid 2FA code');
  });

  it('ends every earlier session on a password reset and when 2FA is enabled; API keys survive', async () => {
    await awayFromStepBoundary();
    const { developer, recoveryKeys } = await register();
    const claimsOf = async (token: string) => verifier().verify(token);
    const sessionOf = async (token: string) => {
      const c = await claimsOf(token);
      return { jti: c.jti, session: { developerId: c.developer_id!, sessionVersion: c.sv ?? 0 } };
    };
    const revoked = async (token: string) => {
      const { jti, session } = await sessionOf(token);
      return service.isTokenRevoked(jti, session);
    };
    const before = (await service.login({ email: 'dev@example.com', password: STRONG })).access_token;
    const { plainKey } = await service.createApiKey(developer.id, 'ci');
    assert.equal(await revoked(before), false);

    const recovery = (await service.recoverAccount({ email: 'dev@example.com', recoveryKey: recoveryKeys[0]! })).access_token;
    const otherRecovery = (await service.recoverAccount({ email: 'dev@example.com', recoveryKey: recoveryKeys[1]! })).access_token;
    const r = await claimsOf(recovery);
    await service.setNewPassword({ developerId: developer.id, recoveryTokenId: r.jti, recoveryTokenExpiresAt: r.exp, newPassword: 'N3w-Passw0rd!' });
    assert.equal(await revoked(before), true, 'a session from before the reset ends');
    assert.equal(await revoked(otherRecovery), true, 'another recovery token from before the reset ends');
    assert.equal((await service.authenticateApiKey(plainKey)).id, developer.id, 'API keys survive a reset');

    const after = (await service.login({ email: 'dev@example.com', password: 'N3w-Passw0rd!' })).access_token;
    assert.equal(await revoked(after), false);
    const { secret } = await service.setupTotp(developer.id);
    assert.equal(await revoked(after), false, 'setting 2FA up is not enabling it');
    await service.enableTotp(developer.id, currentTotpCode(secret));
    assert.equal(await revoked(after), true, 'enabling 2FA ends sessions opened with the password alone');
    const withCode = (await service.login({ email: 'dev@example.com', password: 'N3w-Passw0rd!', totpCode: currentTotpCode(secret, 1) })).access_token;
    assert.equal(await revoked(withCode), false);
  });

  it('logs in with the right password only, with the same message for unknown accounts', async () => {
    const { developer } = await register();
    const token = await service.login({ email: 'DEV@example.com ', password: STRONG });
    assert.equal(token.token_type, 'bearer');
    assert.equal(token.expires_in, 3600);
    const claims = await verifier().verify(token.access_token);
    assert.deepEqual([claims.sub, claims.tier, claims.developer_id, claims.role], [`developer:${developer.id}`, 'developer', developer.id, 'developer']);
    await expectDomainError(() => service.login({ email: 'dev@example.com', password: 'Wrong-Passw0rd' }), 'unauthorized', 'Incorrect email or password');
    await expectDomainError(() => service.login({ email: 'nobody@example.com', password: STRONG }), 'unauthorized', 'Incorrect email or password');
  });

  it('with 2FA on: no code → forbidden "2FA required"; a wrong code → unauthorized; the current code → a token', async () => {
    await awayFromStepBoundary();
    const { developer } = await register();
    const { secret, otpauth_uri } = await service.setupTotp(developer.id);
    assert.match(otpauth_uri, /^otpauth:\/\/totp\//);
    // Set up but not yet enabled: login does not ask for a code.
    await service.login({ email: 'dev@example.com', password: STRONG });
    await expectDomainError(() => service.enableTotp(developer.id, wrongCode(secret)), 'validation_error', 'Invalid 2FA code', 'code');
    // Each code counts once, so this walks through the drift window: previous, current, next step.
    await service.enableTotp(developer.id, currentTotpCode(secret, -1));
    assert.equal(uow.state.outbox.at(-1)!.type, 'developer.2fa_changed');

    const err = await expectDomainError(() => service.login({ email: 'dev@example.com', password: STRONG }), 'forbidden', '2FA required');
    assert.equal(err.code, 'ACCESS_DENIED');
    await expectDomainError(() => service.login({ email: 'dev@example.com', password: STRONG, totpCode: '' }), 'forbidden', '2FA required');
    await expectDomainError(() => service.login({ email: 'dev@example.com', password: STRONG, totpCode: wrongCode(secret) }), 'unauthorized', 'Invalid 2FA code');
    await expectDomainError(() => service.login({ email: 'dev@example.com', password: STRONG, totpCode: 'abcdef' }), 'unauthorized', 'Invalid 2FA code');
    // The password is checked first: a wrong password with 2FA on says nothing about 2FA.
    await expectDomainError(() => service.login({ email: 'dev@example.com', password: 'Wrong-Passw0rd' }), 'unauthorized', 'Incorrect email or password');
    const token = await service.login({ email: 'dev@example.com', password: STRONG, totpCode: currentTotpCode(secret) });
    assert.equal(token.token_type, 'bearer');

    await expectDomainError(() => service.setupTotp(developer.id), 'conflict');
    await service.disableTotp(developer.id, currentTotpCode(secret, 1));
    await service.login({ email: 'dev@example.com', password: STRONG });
  });

  it('onboards an agent with a bootstrap token once; the event names the DID', async () => {
    const { developer } = await register();
    const bst = await service.requestBootstrapToken(developer.id, { agentTypeHint: 'assistant' });
    assert.match(bst.bootstrap_token, /^bst_/);
    assert.equal(bst.expires_in, 3600);
    assert.equal(uow.state.bootstrapTokens[0]!.tokenHash, hashSecret(bst.bootstrap_token));

    const { agent, clientSecret } = await service.createAgent({ bootstrapToken: bst.bootstrap_token, agentCard: { name: ' Bot ', skills: [] }, publicKeyJwk: null });
    assert.match(agent.did, /^did:agentvault:[0-9a-f]{32}$/);
    assert.equal(agent.developerId, developer.id);
    assert.equal(agent.card!.name, 'Bot');
    assert.equal(agent.clientSecretHash, hashSecret(clientSecret));
    const event = uow.state.outbox.at(-1)!;
    assert.equal(event.type, 'agent.created');
    assert.equal(event.subject, agent.did);
    assert.deepEqual(event.data, { agent_did: agent.did, developer_id: developer.id, agent_card_id: agent.card!.id, agent_card_name: 'Bot' });

    const events = uow.state.outbox.length;
    await expectDomainError(() => service.createAgent({ bootstrapToken: bst.bootstrap_token, agentCard: { name: 'Again' }, publicKeyJwk: null }), 'conflict', 'Bootstrap token has already been used');
    await expectDomainError(() => service.createAgent({ bootstrapToken: 'bst_unknown', agentCard: { name: 'X' }, publicKeyJwk: null }), 'unauthorized', 'Invalid bootstrap token');
    await expectDomainError(() => service.createAgent({ bootstrapToken: bst.bootstrap_token, agentCard: { description: 'no name' }, publicKeyJwk: null }), 'validation_error', undefined, 'agent_card.name');
    assert.equal(uow.state.agents.length, 1);
    assert.equal(uow.state.outbox.length, events);
  });

  it('refuses an expired bootstrap token as unauthorized and leaves it unused', async () => {
    const { developer } = await register();
    const bst = await service.requestBootstrapToken(developer.id, {});
    uow.state.bootstrapTokens[0]!.expiresAt = new Date(Date.now() - 1000);
    await expectDomainError(() => service.createAgent({ bootstrapToken: bst.bootstrap_token, agentCard: { name: 'Late' }, publicKeyJwk: null }), 'unauthorized', 'Bootstrap token has expired');
    assert.equal(uow.state.bootstrapTokens[0]!.usedAt, null);
    assert.equal(uow.state.agents.length, 0);
  });

  it('refuses a bootstrap token for an unknown developer', async () => {
    await expectDomainError(() => service.requestBootstrapToken('999', {}), 'unauthorized');
  });

  it('issues agent tokens for the right client secret only, and not for a suspended agent', async () => {
    const { developer } = await register();
    const bst = await service.requestBootstrapToken(developer.id, {});
    const { agent, clientSecret } = await service.createAgent({ bootstrapToken: bst.bootstrap_token, agentCard: { name: 'Bot' }, publicKeyJwk: null });
    const token = await service.issueAgentToken(agent.clientId, clientSecret);
    const claims = await verifier().verify(token.access_token);
    assert.deepEqual([claims.sub, claims.tier, claims.developer_id], [agent.did, 'agent', developer.id]);
    assert.ok(uow.state.agents[0]!.lastActiveAt);
    await expectDomainError(() => service.issueAgentToken(agent.clientId, newClientSecret()), 'unauthorized', 'Invalid client credentials');
    await expectDomainError(() => service.issueAgentToken('agent_unknown', clientSecret), 'unauthorized', 'Invalid client credentials');
    uow.state.agents[0]!.status = 'suspended';
    await expectDomainError(() => service.issueAgentToken(agent.clientId, clientSecret), 'forbidden', 'Agent is suspended');
    await expectDomainError(() => service.getAgent('did:agentvault:nope'), 'not_found', 'Agent with DID did:agentvault:nope not found');
  });

  it('creates, authenticates and revokes API keys, storing only their hash', async () => {
    const { developer } = await register();
    const { plainKey, info } = await service.createApiKey(developer.id, 'CI');
    assert.equal(isApiKey(plainKey), true);
    assert.equal(info.prefix, apiKeyDisplayPrefix(plainKey));
    assert.equal(uow.state.apiKeys[0]!.keyHash, hashSecret(plainKey));
    assert.equal(JSON.stringify(uow.state).includes(plainKey), false);
    assert.equal((await service.authenticateApiKey(plainKey)).id, developer.id);
    await expectDomainError(() => service.authenticateApiKey('not-a-key'), 'unauthorized', 'Invalid API key');
    await expectDomainError(() => service.authenticateApiKey(newApiKey()), 'unauthorized', 'Invalid API key');
    await expectDomainError(() => service.createApiKey(developer.id, 'd'.repeat(201)), 'validation_error', undefined, 'description');

    await expectDomainError(() => service.revokeApiKey(developer.id, 'abc'), 'not_found');
    await expectDomainError(() => service.revokeApiKey('999', info.id), 'not_found');
    await service.revokeApiKey(developer.id, info.id);
    await expectDomainError(() => service.revokeApiKey(developer.id, info.id), 'not_found');
    await expectDomainError(() => service.authenticateApiKey(plainKey), 'unauthorized', 'Invalid API key');
    assert.deepEqual(uow.state.outbox.slice(-2).map((e) => e.type), ['api_key.created', 'api_key.revoked']);
  });

  it('recovers an account with a recovery key once (any case, any dashes), and the recovery token once', async () => {
    const { developer, recoveryKeys } = await register();
    const token = await service.recoverAccount({ email: 'dev@example.com', recoveryKey: recoveryKeys[0]!.toLowerCase().replace(/-/g, '') });
    const claims = await verifier().verify(token.access_token);
    assert.equal(claims.tier, 'recovery');
    assert.equal(token.expires_in, 600);
    await expectDomainError(() => service.recoverAccount({ email: 'dev@example.com', recoveryKey: recoveryKeys[0]! }), 'unauthorized', 'Invalid email or recovery key');
    await expectDomainError(() => service.recoverAccount({ email: 'other@example.com', recoveryKey: recoveryKeys[1]! }), 'unauthorized', 'Invalid email or recovery key');

    const reset = { developerId: developer.id, recoveryTokenId: claims.jti, recoveryTokenExpiresAt: claims.exp, newPassword: 'N3w-Passw0rd!' };
    await expectDomainError(() => service.setNewPassword({ ...reset, newPassword: 'weak' }), 'validation_error', /new_password is too weak/, 'new_password');
    await service.setNewPassword(reset);
    await expectDomainError(() => service.setNewPassword(reset), 'unauthorized', 'Recovery token has already been used');
    await expectDomainError(() => service.login({ email: 'dev@example.com', password: STRONG }), 'unauthorized');
    await service.login({ email: 'dev@example.com', password: 'N3w-Passw0rd!' });
  });

  it('creates one signing key and serves only its public half', async () => {
    await Promise.all([service.jwks(), service.jwks(), register()]);
    await service.login({ email: 'dev@example.com', password: STRONG });
    assert.equal(keys.keys.length, 1);
    const jwks = await service.jwks();
    assert.equal(jwks.keys.length, 1);
    assert.equal('d' in jwks.keys[0]!, false);
    assert.equal(jwks.keys[0]!.kid, keys.keys[0]!.kid);
  });

  it('retries the signing key after a failure instead of caching it', async () => {
    let fail = true;
    const flaky: SigningKeyStore = {
      activeKey: async (create) => {
        if (fail) throw new Error('database down');
        return create();
      },
      publicKeys: async () => [],
    };
    const s = new IdentityService(uow, flaky, SETTINGS);
    await assert.rejects(s.jwks(), /database down/);
    fail = false;
    assert.equal((await s.jwks()).keys.length, 0);
  });

  it('ensureAdmin creates the platform admin once', async () => {
    assert.equal(await service.ensureAdmin('Admin@Example.com', STRONG), 'created');
    assert.equal(await service.ensureAdmin('admin@example.com', STRONG), 'exists');
    assert.deepEqual(uow.state.developers.map((d) => [d.email, d.role]), [['admin@example.com', 'admin_platform']]);
  });
});
