import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { DomainError } from '@agentvault/errors';
import { identityEvents } from '@agentvault/contracts/identity-events';
import { ledgerEvents } from '@agentvault/contracts/ledger-events';
import { webhooksEvents } from '@agentvault/contracts/webhooks-events';
import { EventCatalogue } from '../src/domain/catalogue.js';

const catalogue = new EventCatalogue([...identityEvents.catalogue, ...ledgerEvents.catalogue, ...webhooksEvents.catalogue]);
const EVENT_CATALOGUE = catalogue.entries;
const isDeliverableBusEvent = (type: string) => catalogue.isDeliverableBusEvent(type);
const normalizeEventNames = (names: string[]) => catalogue.normalizeEventNames(names);
const unknownEventNames = (names: string[]) => catalogue.unknownEventNames(names);
import {
  canonicalJson, deliveryHeaders, envelopeBody, isWebhookSecret, newWebhookSecret, protocolSignature, standardWebhookSignature, verifyProtocolSignature,
} from '../src/domain/signature.js';
import { DISABLE_AFTER_CONSECUTIVE_FAILURES, MAX_ATTEMPTS, isSuccessStatus, outcomeOfAttempt, retryDelayMs, shouldDisable } from '../src/domain/retry.js';
import { forbiddenAddressReason, parseWebhookUrl, resolveTarget, TargetRefused, type Resolver } from '../src/domain/targets.js';
import { concernedAgents, developerOf } from '../src/domain/webhook-service.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isProduction, secretsKey } from '@agentvault/config';
import { createSecretBox } from '../src/store/secret-box.js';

function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof DomainError, `expected a DomainError, got ${err}`);
    return err;
  }
  assert.fail('expected a DomainError');
}

describe('webhooks: the event catalogue', () => {
  it('publishes the identity, ledger and webhooks event types, each once', () => {
    const names = EVENT_CATALOGUE.map((e) => e.name);
    assert.equal(new Set(names).size, names.length);
    for (const name of [
      'agent.created', 'api_key.created', 'api_key.revoked', 'developer.registered', 'developer.password_changed', 'developer.2fa_changed',
      'transaction.completed', 'system_transfer.completed', 'fee.collected', 'agent.funded', 'tokens.minted', 'tokens.burned',
      'funding.requested', 'funding.approved', 'funding.rejected', 'agent.suspended', 'agent.reinstated', 'reputation.changed',
      'test.ping', 'webhook.retry_exhausted',
    ]) {
      assert.ok(names.includes(name), `${name} is in the catalogue`);
    }
  });

  it('normalizes a subscription: known names, each once, in catalogue order', () => {
    assert.deepEqual(normalizeEventNames(['transaction.completed', 'agent.created', 'agent.created']), ['agent.created', 'transaction.completed']);
  });

  it('refuses unknown names with a 400 that lists them (and the catalogue)', () => {
    const err = domainError(() => normalizeEventNames(['agent.created', 'agent.exploded', 'nope', 'nope']));
    assert.equal(err.kind, 'bad_request');
    assert.equal(err.code, 'UNKNOWN_EVENT_TYPES');
    assert.equal(err.field, 'events');
    assert.match(err.message, /agent\.exploded, nope/);
    assert.deepEqual(err.context?.unknown_events, ['agent.exploded', 'nope']);
    assert.ok((err.context?.supported_events as string[]).includes('agent.created'));
    assert.deepEqual(unknownEventNames(['a', 'agent.created', 'a']), ['a']);
  });

  it('refuses an empty subscription', () => {
    assert.equal(domainError(() => normalizeEventNames([])).kind, 'validation_error');
  });

  it('delivers bus events of catalogue types only, and never a test.ping from the bus', () => {
    assert.equal(isDeliverableBusEvent('agent.created'), true);
    assert.equal(isDeliverableBusEvent('webhook.retry_exhausted'), true);
    assert.equal(isDeliverableBusEvent('test.ping'), false);
    assert.equal(isDeliverableBusEvent('ledger.internal_thing'), false);
  });
});

describe('webhooks: routing an event to agents and developers', () => {
  it('reads the concerned agents from subject, agent_did, sender_agent_id and receiver_agent_id, each once', () => {
    assert.deepEqual(
      concernedAgents({ subject: 'did:agentvault:a', data: { agent_did: 'did:agentvault:a', sender_agent_id: 'did:agentvault:a', receiver_agent_id: 'did:agentvault:b' } }),
      ['did:agentvault:a', 'did:agentvault:b'],
    );
    assert.deepEqual(concernedAgents({ subject: '42', data: { developer_id: '42' } }), []);
    assert.equal(developerOf({ data: { developer_id: '42' } }), '42');
    assert.equal(developerOf({ data: { developer_id: 42 } }), '42');
    assert.equal(developerOf({ data: {} }), null);
  });
});

describe('webhooks: signatures', () => {
  const body = envelopeBody({ id: '0b7c2c38-5d56-4c43-9d8e-9a3d8f1b6a11', event: 'agent.created', data: { agent_did: 'did:agentvault:x' }, timestamp: '2026-01-01T00:00:00.000Z', agent_did: 'did:agentvault:x' });

  it('makes whsec_ secrets of 32 random bytes that a Standard Webhooks library accepts', () => {
    const secret = newWebhookSecret();
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.ok(isWebhookSecret(secret));
    assert.notEqual(newWebhookSecret(), secret);
    assert.doesNotThrow(() => new StandardWebhook(secret));
  });

  it('X-TheProtocol-Signature is the hex HMAC-SHA256 of the exact body, keyed with the secret', () => {
    const secret = newWebhookSecret();
    const expected = createHmac('sha256', secret).update(body).digest('hex');
    assert.equal(protocolSignature(secret, body), expected);
    assert.ok(verifyProtocolSignature(secret, body, expected));
    assert.ok(!verifyProtocolSignature(secret, `${body} `, expected));
    assert.ok(!verifyProtocolSignature(newWebhookSecret(), body, expected));
    assert.ok(!verifyProtocolSignature(secret, body, 'not-hex'));
  });

  it('the Standard Webhooks headers verify with the standardwebhooks library, and fail when tampered with', () => {
    const secret = newWebhookSecret();
    const headers = deliveryHeaders({ secret, deliveryId: 'msg_1', eventType: 'agent.created', body, now: new Date() });
    assert.equal(headers['webhook-id'], 'msg_1');
    assert.equal(headers['x-theprotocol-delivery-id'], 'msg_1');
    assert.equal(headers['x-theprotocol-event'], 'agent.created');
    assert.equal(headers['user-agent'], 'TheProtocol-Webhook/1.0');
    assert.equal(headers['x-theprotocol-signature'], protocolSignature(secret, body));
    const verified = new StandardWebhook(secret).verify(body, headers);
    assert.deepEqual(verified, JSON.parse(body));
    assert.throws(() => new StandardWebhook(secret).verify(body.replace('x', 'y'), headers));
    assert.throws(() => new StandardWebhook(newWebhookSecret()).verify(body, headers));
    const old = deliveryHeaders({ secret, deliveryId: 'msg_1', eventType: 'agent.created', body, now: new Date(Date.now() - 3600_000) });
    assert.throws(() => new StandardWebhook(secret).verify(body, old), /too old/);
    assert.equal(old['webhook-signature'], standardWebhookSignature(secret, 'msg_1', Number(old['webhook-timestamp']), body));
  });

  it("bodies are exactly Python's json.dumps(payload, sort_keys=True)", () => {
    const payload = {
      id: 'd-1', event: 'agent.created', timestamp: '2026-05-24T14:32:11.847Z', agent_did: null,
      data: { z: 1, a: [1.5, true, null, 'é\u2028"\\\n'], B: { y: 1e-7, x: 12345678901234567 }, emoji: '😀', del: '\u007f', n: -0.25 },
    };
    // printed by python3 -c 'import json; print(json.dumps(p, sort_keys=True))' for the same payload
    const python = String.raw`{"agent_did": null, "data": {"B": {"x": 1.2345678901234568e+16, "y": 1e-07}, "a": [1.5, true, null, "\u00e9\u2028\"\\\n"], "del": "\u007f", "emoji": "\ud83d\ude00", "n": -0.25, "z": 1}, "event": "agent.created", "id": "d-1", "timestamp": "2026-05-24T14:32:11.847Z"}`;
    assert.equal(canonicalJson(payload), python);
    assert.deepEqual(JSON.parse(python), JSON.parse(canonicalJson(payload)));
  });
});

describe('webhooks: the retry schedule', () => {
  it('retries 1, 5, 15, 60 and 360 units after each failure, then gives up', () => {
    const unit = 60_000;
    assert.deepEqual([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, unit)), [60_000, 300_000, 900_000, 3_600_000, 21_600_000]);
    assert.equal(retryDelayMs(6, unit), null);
    assert.equal(MAX_ATTEMPTS, 6);
    assert.deepEqual([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, 10)), [10, 50, 150, 600, 3600]);
    assert.throws(() => retryDelayMs(0, unit), RangeError);
  });

  it('turns an attempt into delivered, a scheduled retry, failed or cancelled', () => {
    assert.deepEqual(outcomeOfAttempt({ succeeded: true, attemptsMade: 6, unitMs: 1, webhookActive: false }), { status: 'delivered' });
    assert.deepEqual(outcomeOfAttempt({ succeeded: false, attemptsMade: 1, unitMs: 1000, webhookActive: true }), { status: 'pending', retryInMs: 1000 });
    assert.deepEqual(outcomeOfAttempt({ succeeded: false, attemptsMade: 6, unitMs: 1000, webhookActive: true }), { status: 'failed' });
    assert.deepEqual(outcomeOfAttempt({ succeeded: false, attemptsMade: 2, unitMs: 1000, webhookActive: false }), { status: 'cancelled' });
  });

  it('switches a webhook off at 10 consecutive failures, once', () => {
    assert.equal(DISABLE_AFTER_CONSECUTIVE_FAILURES, 10);
    assert.equal(shouldDisable(9, true), false);
    assert.equal(shouldDisable(10, true), true);
    assert.equal(shouldDisable(11, false), false);
  });

  it('counts 2xx as success; a redirect or no answer is a failure', () => {
    assert.ok(isSuccessStatus(200) && isSuccessStatus(204) && isSuccessStatus(299));
    assert.ok(!isSuccessStatus(301) && !isSuccessStatus(404) && !isSuccessStatus(500) && !isSuccessStatus(null));
  });
});

describe('webhooks: the SSRF guard', () => {
  it('classifies loopback, private, link-local and other non-public IPv4 and IPv6 addresses', () => {
    const refused: Record<string, string> = {
      '127.0.0.1': 'loopback', '127.255.1.2': 'loopback', '10.1.2.3': 'private', '172.16.0.1': 'private', '172.31.255.255': 'private',
      '192.168.1.1': 'private', '169.254.169.254': 'link-local', '100.64.0.1': 'shared (carrier-grade NAT)', '0.0.0.0': 'unspecified',
      '224.0.0.1': 'multicast', '255.255.255.255': 'reserved', '198.18.0.1': 'benchmarking', '192.0.2.10': 'documentation',
      '::1': 'loopback', '::': 'unspecified', 'fe80::1': 'link-local', 'fe80::1%eth0': 'link-local', 'fc00::1': 'private', 'fd12:3456::1': 'private',
      'ff02::1': 'multicast', '::ffff:127.0.0.1': 'loopback', '::ffff:7f00:1': 'loopback', '::ffff:10.0.0.1': 'private',
      '64:ff9b::a9fe:a9fe': 'link-local', '2002:c0a8:0101::1': 'private', '2001:db8::1': 'documentation', '::127.0.0.1': 'reserved',
    };
    for (const [address, reason] of Object.entries(refused)) assert.equal(forbiddenAddressReason(address), reason, address);
    for (const address of ['8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '2a00:1450:4001:81b::200e']) {
      assert.equal(forbiddenAddressReason(address), null, address);
    }
    assert.equal(forbiddenAddressReason('not an address'), 'unparseable');
  });

  it('accepts http(s) URLs with a host and refuses other schemes and embedded credentials (422 on url)', () => {
    assert.equal(parseWebhookUrl('https://example.com/hook?x=1').hostname, 'example.com');
    for (const bad of ['', 'not a url', 'ftp://example.com/', 'file:///etc/passwd', 'https://user:pw@example.com/', `https://example.com/${'a'.repeat(2100)}`]) {
      const err = domainError(() => parseWebhookUrl(bad));
      assert.equal(err.kind, 'validation_error', bad);
      assert.equal(err.field, 'url');
    }
  });

  it('checks every resolved address, IPv4 and IPv6, unless private targets are allowed', async () => {
    const dns: Record<string, Array<{ address: string; family: 4 | 6 }>> = {
      'public.test': [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }],
      'sneaky.test': [{ address: '93.184.216.34', family: 4 }, { address: '::1', family: 6 }],
      'inside.test': [{ address: '10.0.0.5', family: 4 }],
    };
    const resolver: Resolver = async (host) => {
      if (!dns[host]) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
      return dns[host]!;
    };
    assert.equal((await resolveTarget(new URL('https://public.test/'), resolver, false)).length, 2);
    await assert.rejects(resolveTarget(new URL('https://sneaky.test/'), resolver, false), (err: Error) => err instanceof TargetRefused && /::1.*loopback/.test(err.message));
    await assert.rejects(resolveTarget(new URL('https://inside.test/'), resolver, false), /10\.0\.0\.5.*private/);
    await assert.rejects(resolveTarget(new URL('https://missing.test/'), resolver, false), /could not be resolved \(ENOTFOUND\)/);
    // IP literals need no DNS, in any spelling the URL parser accepts.
    await assert.rejects(resolveTarget(new URL('http://127.0.0.1:8080/'), resolver, false), /loopback/);
    await assert.rejects(resolveTarget(new URL('http://2130706433/'), resolver, false), /127\.0\.0\.1 is a loopback/);
    await assert.rejects(resolveTarget(new URL('http://0x7f.1/'), resolver, false), /loopback/);
    await assert.rejects(resolveTarget(new URL('http://[::ffff:169.254.169.254]/'), resolver, false), /link-local/);
    await assert.rejects(resolveTarget(new URL('http://[::1]:9000/'), resolver, false), /loopback/);
    // Allowed for local development and tests.
    assert.deepEqual(await resolveTarget(new URL('http://127.0.0.1:8080/'), resolver, true), [{ address: '127.0.0.1', family: 4 }]);
    assert.equal((await resolveTarget(new URL('https://inside.test/'), resolver, true))[0]!.address, '10.0.0.5');
  });
});

describe('webhooks: secrets at rest', () => {
  it('seals secrets with AES-256-GCM bound to the webhook id, and still reads rows from before sealing', () => {
    const box = createSecretBox(Buffer.alloc(32, 7));
    const secret = newWebhookSecret();
    const sealed = box.seal('wh-1', secret);
    assert.match(sealed, /^v1:/);
    assert.ok(box.isSealed(sealed));
    assert.ok(!sealed.includes(secret.slice(6)));
    assert.equal(box.open('wh-1', sealed), secret);
    assert.throws(() => box.open('wh-2', sealed));
    assert.throws(() => createSecretBox(Buffer.alloc(32, 8)).open('wh-1', sealed));
    assert.equal(box.open('wh-1', `plain:${secret}`), secret);
    assert.equal(box.isSealed(`plain:${secret}`), false);
    assert.throws(() => createSecretBox(Buffer.alloc(16)), /32 bytes/);
  });

  it('takes its key from the setting, refuses to start without one in production, and generates one once elsewhere', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'av-keys-'));
    try {
      const given = Buffer.alloc(32, 5).toString('base64');
      assert.deepEqual(secretsKey({ variable: 'WEBHOOK_SECRETS_KEY', value: given, production: true, dataDir }), Buffer.alloc(32, 5));
      assert.throws(() => secretsKey({ variable: 'WEBHOOK_SECRETS_KEY', value: undefined, production: true, dataDir }), /WEBHOOK_SECRETS_KEY: required when NODE_ENV=production/);
      assert.throws(() => secretsKey({ variable: 'WEBHOOK_SECRETS_KEY', value: 'short', production: false, dataDir }), /WEBHOOK_SECRETS_KEY: expected 32 bytes/);
      const generated = secretsKey({ variable: 'WEBHOOK_SECRETS_KEY', value: undefined, production: false, dataDir });
      assert.equal(generated.length, 32);
      assert.deepEqual(secretsKey({ variable: 'WEBHOOK_SECRETS_KEY', value: undefined, production: false, dataDir }), generated, 'the same key on the next start');
      assert.notDeepEqual(secretsKey({ variable: 'TOTP_SECRETS_KEY', value: undefined, production: false, dataDir }), generated, 'one key per kind of secret');
      assert.equal(isProduction({ NODE_ENV: 'production' }), true);
      assert.equal(isProduction({ NODE_ENV: 'development' }), false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
