import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import { createClient } from '@agentvault/grpc';
import { ledgerContract, type LedgerClient } from '@agentvault/contracts/ledger';
import { createTestDatabase, startStack, uniqueSuffix, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { actors, assertProblem, PASSWORD, type TestAgent } from '../../ledger/test/helpers.js';
import { groth16Fixture } from './groth16-fixture.js';

/**
 * Over HTTP through the gateway: interrupted contract creations leave nothing held, the auditor
 * role and flags, the HIGH_VELOCITY_TRANSFERS rule on the ledger's events, AVTP reports feeding
 * reputation once, and attestations verified by a policy's JWS key or Groth16 verification key and rewarded once.
 */
describe('payments: orphan holds, auditor flags, AVTP and attestations (layout all)', function () {
  this.timeout(180_000);
  const MAX_TRANSFERS = 3;
  let db: TestDatabase;
  let stack: Stack;
  let sql: pg.Client;
  let ledger: LedgerClient;
  let a: ReturnType<typeof actors>;
  let payer: TestAgent;
  let payee: TestAgent;

  before(async () => {
    db = await createTestDatabase('av_payments_audit');
    stack = await startStack({
      layout: 'all', databaseUrl: db.url,
      env: { PAYMENTS_SWEEP_INTERVAL_MS: '100', AUDITOR_VELOCITY_MAX_TRANSFERS: String(MAX_TRANSFERS), AUDITOR_VELOCITY_WINDOW_SECONDS: '3600' },
    });
    a = actors(stack.baseUrl);
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    ledger = createClient(ledgerContract, stack.addresses.ledger!, { deadlineMs: 10_000 });
    [payer, payee] = await Promise.all([a.agent(), a.agent()]);
    await a.fund(payer.did, '100');
  });

  after(async () => {
    await sql?.end();
    if (stack) await stack.stop();
    await db?.drop();
  });

  afterEach(async function () {
    if (!stack) return;
    const audit = await a.audit();
    assert.equal(audit.consistent, true, JSON.stringify(audit));
    if (this.currentTest?.state === 'failed') console.log(stack.logs().slice(-4000));
  });

  const num = (v: string) => Number(v);
  const deadline = () => new Date(Date.now() + 3600_000).toISOString();

  /** A creation that crashed after recording its contract: the row is there, PENDING, an hour old. */
  async function interruptedCreation(client: TestAgent, price: string, id = 'ctr_' + randomBytes(12).toString('hex')) {
    await sql.query(
      `insert into payments.contracts (id, client_did, description, price, deadline, status, created_at, updated_at)
       values ($1, $2, 'interrupted', $3, now() + interval '1 day', 'PENDING', now() - interval '1 hour', now() - interval '1 hour')`,
      [id, client.did, price],
    );
    return id;
  }

  describe('contract creation', () => {
    it('records the contract, then holds the price: OPEN with its hold', async () => {
      const before = num(await a.balance(payer.token));
      const res = await a.http('POST', '/api/v1/contracts', { token: payer.token, json: { description: 'index the docs', price: '4', deadline: deadline() } });
      assert.equal(res.status, 201, res.text);
      assert.equal(res.body.status, 'OPEN');
      assert.match(res.body.hold_id, /^hold_/);
      const hold = await ledger.call('GetHold', { hold_id: '', reference: `contract:${res.body.contract_id}` });
      assert.equal(hold.hold_id, res.body.hold_id);
      assert.ok(num(await a.balance(payer.token)) < before - 4 + 1e-9);
    });

    it('a crash after the hold was placed: the sweep abandons the contract and voids the hold', async () => {
      const before = num(await a.balance(payer.token));
      const id = 'ctr_' + randomBytes(12).toString('hex');
      // The hold the crashed creation placed under the contract's reference, then its row (the
      // other order would let the sweep abandon the row before the test placed the hold).
      const placed = await ledger.call('PlaceHold', { payer_did: payer.did, receiver_did: '', amount: '7', reference: `contract:${id}`, purpose: 'crashed creation', expires_at: '' });
      await interruptedCreation(payer, '7', id);
      assert.ok(num(await a.balance(payer.token)) < before - 7 + 1e-9, 'held');
      const contract = await waitFor(async () => {
        const c = await a.http('GET', `/api/v1/contracts/${id}`, { token: payer.token });
        return c.body.status === 'ABANDONED' ? c.body : null;
      }, { timeoutMs: 20_000, what: 'the sweep to abandon the contract' });
      assert.equal(contract.hold_id, placed.hold!.hold_id);
      const hold = await ledger.call('GetHold', { hold_id: placed.hold!.hold_id, reference: '' });
      assert.equal(hold.status, 'voided');
      assert.equal(num(await a.balance(payer.token)), before, 'nothing stays reserved');
    });

    it('a crash before the hold was placed: abandoned, nothing held', async () => {
      const before = await a.balance(payer.token);
      const id = await interruptedCreation(payer, '3');
      await waitFor(async () => (await a.http('GET', `/api/v1/contracts/${id}`, { token: payer.token })).body.status === 'ABANDONED', { timeoutMs: 20_000 });
      assert.equal(await a.balance(payer.token), before);
      const holds = await ledger.call('AuditHolds', {});
      assert.equal(holds.consistent, true);
    });
  });

  describe('auditor flags', () => {
    let auditorToken: string;
    let developerToken: string;

    async function login(email: string) {
      const res = await a.http('POST', '/api/v1/auth/login', { form: { username: email, password: PASSWORD } });
      assert.equal(res.status, 200, res.text);
      return res.body.access_token as string;
    }

    before(async () => {
      const email = `auditor-${uniqueSuffix()}@example.com`;
      assert.equal((await a.http('POST', '/api/v1/auth/register-developer', { json: { email, password: PASSWORD, name: 'Auditor' } })).status, 201);
      developerToken = await login(email);
      const me = await a.http('GET', '/api/v1/developers/me', { token: developerToken });
      assertProblem(await a.http('POST', '/api/v1/auditor/flag', { token: developerToken, json: { flagged_agent_did: payee.did, rule_violated_code: 'X_RULE', severity: 'LOW' } }), 403, /auditor/);
      assertProblem(await a.http('PUT', `/api/v1/admin/developers/${me.body.id}/role`, { token: developerToken, json: { role: 'auditor' } }), 403);
      const granted = await a.http('PUT', `/api/v1/admin/developers/${me.body.id}/role`, { token: await a.admin(), json: { role: 'auditor' } });
      assert.equal(granted.status, 200, granted.text);
      assert.equal(granted.body.role, 'auditor');
      // The old token's session ended with the role change.
      assert.equal((await a.http('GET', '/api/v1/developers/me', { token: developerToken })).status, 401);
      auditorToken = await login(email);
    });

    it('an auditor raises flags; an administrator filters, updates, escalates and bulk-updates them', async () => {
      const raised = await a.http('POST', '/api/v1/auditor/flag', {
        token: auditorToken,
        json: { flagged_agent_did: payee.did, rule_violated_code: 'WASH_TRADING', flag_reason: 'circular transfers', severity: 'HIGH', related_transaction_ids: ['tx_1', 'tx_2'] },
      });
      assert.equal(raised.status, 201, raised.text);
      assert.equal(raised.body.status, 'NEW');
      assert.deepEqual(raised.body.related_transaction_ids, ['tx_1', 'tx_2']);
      const second = await a.http('POST', '/api/v1/auditor/flags', { token: auditorToken, json: { flagged_agent_id: payee.did, rule_code: 'WASH_TRADING', severity: 'low', evidence: 'again' } });
      assert.equal(second.status, 201, second.text);
      assert.equal(second.body.severity, 'LOW');
      assertProblem(await a.http('GET', '/api/v1/admin/auditor/flags', { token: auditorToken }), 403);

      const admin = await a.admin();
      const high = await a.http('GET', `/api/v1/admin/auditor/flags?status=NEW&severity=HIGH&agent_did=${encodeURIComponent(payee.did)}`, { token: admin });
      assert.equal(high.status, 200, high.text);
      assert.deepEqual(high.body.flags.map((f: { flag_id: string }) => f.flag_id), [raised.body.flag_id]);

      const updated = await a.http('POST', `/api/v1/admin/auditor/flags/${raised.body.flag_id}/update`, { token: admin, json: { new_status: 'UNDER_REVIEW', admin_notes: 'looking' } });
      assert.equal(updated.status, 200, updated.text);
      assert.deepEqual([updated.body.old_status, updated.body.new_status, updated.body.admin_notes], ['NEW', 'UNDER_REVIEW', 'looking']);
      const escalated = await a.http('POST', `/api/v1/admin/auditor/flags/${raised.body.flag_id}/escalate`, { token: admin, json: { new_severity: 'CRITICAL', escalation_reason: 'large amounts' } });
      assert.equal(escalated.status, 200, escalated.text);
      assert.deepEqual([escalated.body.old_severity, escalated.body.new_severity], ['HIGH', 'CRITICAL']);
      assertProblem(await a.http('POST', `/api/v1/admin/auditor/flags/${raised.body.flag_id}/escalate`, { token: admin, json: { new_severity: 'LOW', escalation_reason: 'no' } }), 422);
      assertProblem(await a.http('POST', '/api/v1/admin/auditor/flags/flag_nope/update', { token: admin, json: { new_status: 'RESOLVED' } }), 404);

      const bulk = await a.http('POST', '/api/v1/admin/auditor/flags/bulk-update', { token: admin, json: { flag_ids: [raised.body.flag_id, second.body.flag_id, 'flag_unknown'], new_status: 'RESOLVED' } });
      assert.equal(bulk.status, 200, bulk.text);
      assert.equal(bulk.body.total_updated, 2);
      const resolved = await a.http('GET', `/api/v1/auditor/flags?status=RESOLVED&agent_did=${encodeURIComponent(payee.did)}`, { token: auditorToken });
      assert.equal(resolved.body.total, 2);
    });

    it('rule configuration: the built-in rule with its thresholds; administrators create, change and delete rules', async () => {
      const admin = await a.admin();
      const config = await a.http('GET', '/api/v1/admin/auditor/rules/config', { token: admin });
      assert.equal(config.status, 200, config.text);
      const velocity = config.body.rules.find((r: { rule_code: string }) => r.rule_code === 'HIGH_VELOCITY_TRANSFERS');
      assert.deepEqual(velocity.thresholds, { max_transfers: MAX_TRANSFERS, window_seconds: 3600 });
      const created = await a.http('PUT', '/api/v1/admin/auditor/rules/config', { token: admin, json: { rule_code: 'LARGE_TRANSFER', thresholds: { min_amount: 1000 }, severity: 'MEDIUM' } });
      assert.equal(created.status, 200, created.text);
      const changed = await a.http('PUT', '/api/v1/admin/auditor/rules/config', { token: admin, json: { rule_code: 'LARGE_TRANSFER', enabled: false, thresholds: { min_amount: 500 } } });
      assert.deepEqual([changed.body.enabled, changed.body.thresholds, changed.body.severity], [false, { min_amount: 500 }, 'MEDIUM']);
      assertProblem(await a.http('PUT', '/api/v1/admin/auditor/rules/config', { token: admin, json: { rule_code: 'HIGH_VELOCITY_TRANSFERS', thresholds: { max_transfers: 0.5 } } }), 422);
      assert.equal((await a.http('DELETE', '/api/v1/admin/auditor/rules/config/LARGE_TRANSFER', { token: admin })).status, 200);
      assertProblem(await a.http('DELETE', '/api/v1/admin/auditor/rules/config/LARGE_TRANSFER', { token: admin }), 404);
    });

    it(`HIGH_VELOCITY_TRANSFERS: more than ${MAX_TRANSFERS} transfers in the window raise one flag, by itself`, async () => {
      const fast = await a.agent();
      await a.fund(fast.did, '50');
      const transfers = 2 * MAX_TRANSFERS + 1;
      for (let i = 0; i < transfers; i++) assert.equal((await a.transfer(fast, payee, '1')).status, 200);
      await waitFor(async () => {
        const r = await sql.query('select count(*)::int as n from payments.observed_transfers where sender_did = $1', [fast.did]);
        return r.rows[0].n === transfers;
      }, { timeoutMs: 30_000, what: 'every transfer seen by the rule' });
      const flags = await a.http('GET', `/api/v1/admin/auditor/flags?flag_type=HIGH_VELOCITY_TRANSFERS&agent_did=${encodeURIComponent(fast.did)}`, { token: await a.admin() });
      assert.equal(flags.body.total, 1, flags.text);
      assert.equal(flags.body.flags[0].flagged_by, 'rule:HIGH_VELOCITY_TRANSFERS');
      assert.equal(flags.body.flags[0].severity, 'HIGH');
      // A slow agent stays unflagged.
      const slow = await a.agent();
      await a.fund(slow.did, '5');
      for (let i = 0; i < MAX_TRANSFERS; i++) assert.equal((await a.transfer(slow, payee, '1')).status, 200);
      await waitFor(async () => (await sql.query('select count(*)::int as n from payments.observed_transfers where sender_did = $1', [slow.did])).rows[0].n === MAX_TRANSFERS, { timeoutMs: 30_000 });
      const none = await a.http('GET', `/api/v1/auditor/flags?agent_did=${encodeURIComponent(slow.did)}`, { token: auditorToken });
      assert.equal(none.body.total, 0);
    });
  });

  describe('AVTP reports', () => {
    const reputation = async (did: string) => (await a.http('GET', `/api/v1/teg/agents/${encodeURIComponent(did)}/reputation`)).body.reputation_score as number;

    it("feeds the responding agent's reputation exactly once per report id", async () => {
      const [consumer, provider] = await Promise.all([a.agent(), a.agent()]);
      const start = await reputation(provider.did);
      const report = (id: string, outcome = 'SUCCESS', by = consumer) =>
        a.http('POST', '/api/v1/avtp/report-transaction', {
          token: by.token,
          json: { avtp_transaction_id: id, initiating_agent_did: consumer.did, responding_agent_did: provider.did, service_identifier: 'compute.gpu.inference', price_avt: '50.0', outcome_status: outcome, sla_identifier_referenced: 'sla_456' },
        });
      const first = await report('avtp_1');
      assert.equal(first.status, 201, first.text);
      assert.equal(first.body.status, 'RECORDED');
      assert.equal(first.body.reputation_delta, 1);
      assert.equal(await reputation(provider.did), start + 1);

      const again = await report('avtp_1');
      assert.equal(again.status, 200, again.text);
      assert.equal(again.body.status, 'DUPLICATE');
      assert.equal(again.body.log_id, first.body.log_id);
      const concurrent = await Promise.all(Array.from({ length: 10 }, () => report('avtp_2', 'FAILURE')));
      for (const r of concurrent) assert.ok(r.status === 200 || r.status === 201, r.text);
      assert.equal(new Set(concurrent.map((r) => r.body.log_id)).size, 1);
      assert.equal(await reputation(provider.did), start, '+1 then -1, each once');

      assertProblem(await report('avtp_1', 'FAILURE'), 409);
      assertProblem(await report('avtp_3', 'SUCCESS', provider), 403);
      assertProblem(await report('avtp_4', 'GREAT'), 422);
    });
  });

  describe('attestations', () => {
    it('a JWS by the policy key verifies, earns the reward once; anything else is verified false, with the reason', async () => {
      const { publicKey, privateKey } = await generateKeyPair('EdDSA', { extractable: true });
      const other = await generateKeyPair('EdDSA');
      const jwk = { ...(await exportJWK(publicKey)), alg: 'EdDSA' };
      const code = `FAIR_MARKUP_${uniqueSuffix()}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
      const admin = await a.admin();
      const policy = await a.http('POST', '/api/v1/admin/attestation/policies', {
        token: admin, json: { policy_code: code, policy_name: 'Fair Markup Policy', verifier_kind: 'jws', public_key_jwk: jwk, reward_amount: '10.0', circuit_identifier: 'fairMarkupPolicy/v1.0.0' },
      });
      assert.equal(policy.status, 201, policy.text);
      assertProblem(await a.http('POST', '/api/v1/admin/attestation/policies', { token: admin, json: { policy_code: code, policy_name: 'again', verifier_kind: 'jws', public_key_jwk: jwk } }), 409);
      const listed = await a.http('GET', '/api/v1/attestation/policies');
      assert.ok(listed.body.policies.some((p: { policy_code: string; reward_amount: string }) => p.policy_code === code && p.reward_amount === '10.000000000000000000'));

      const agent = await a.agent();
      const data = { markup_percentage: 15, service_category: 'compute' };
      const sign = (payload: unknown, key = privateKey) => new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA' }).sign(key);
      const submit = (proof: string, attestation_data: unknown = data) =>
        a.http('POST', '/api/v1/attestation/submit', { token: agent.token, json: { attestation_type: code, attestation_data, storage_pointer: 'ipfs://QmProof', proof } });

      const before = num(await a.balance(agent.token));
      const good = await sign({ policy_code: code, agent_did: agent.did, attestation_data: { service_category: 'compute', markup_percentage: 15 } });
      const ok = await submit(good);
      assert.equal(ok.status, 201, ok.text);
      assert.equal(ok.body.status, 'verified_true', ok.text);
      assert.equal(ok.body.verified, true);
      assert.equal(ok.body.reward_amount, '10.000000000000000000');
      assert.ok(ok.body.reward_transaction_id);
      assert.equal(num(await a.balance(agent.token)), before + 10);
      const replay = await submit(good);
      assert.equal(replay.status, 200, replay.text);
      assert.equal(replay.body.submission_id, ok.body.submission_id);
      assert.equal(replay.body.reward_transaction_id, ok.body.reward_transaction_id);
      assert.equal(num(await a.balance(agent.token)), before + 10, 'rewarded once');

      const wrongData = await submit(good, { markup_percentage: 99, service_category: 'compute' });
      assert.equal(wrongData.body.status, 'verified_false');
      assert.match(wrongData.body.verification_reason, /does not match/);
      const wrongKey = await submit(await sign({ policy_code: code, agent_did: agent.did, attestation_data: data }, other.privateKey));
      assert.equal(wrongKey.body.verified, false);
      assert.match(wrongKey.body.verification_reason, /signature/);
      const garbage = await submit('not-a-jws');
      assert.equal(garbage.body.verified, false);
      assert.equal(wrongData.body.reward_transaction_id, null);
      assert.equal(num(await a.balance(agent.token)), before + 10);

      const mine = await a.http('GET', '/api/v1/attestation/submissions', { token: agent.token });
      assert.equal(mine.status, 200, mine.text);
      assert.equal(mine.body.total, 4);
      assert.equal(mine.body.items.filter((s: { verified: boolean }) => s.verified).length, 1);
      assertProblem(await a.http('POST', '/api/v1/attestation/submit', { token: agent.token, json: { attestation_type: 'NO_SUCH_POLICY', storage_pointer: 'x', proof: good } }), 404);
    });

    it('a groth16 policy: a proof that verifies with the policy\'s verification key earns the reward; a tampered public signal is verified false', async () => {
      const { verificationKey, proof, publicSignals, tamperedSignals } = await groth16Fixture();
      const code = `ZK_MULTIPLIER_${uniqueSuffix()}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
      const admin = await a.admin();
      assertProblem(await a.http('POST', '/api/v1/admin/attestation/policies', { token: admin, json: { policy_code: code, policy_name: 'no key', verifier_kind: 'groth16' } }), 422);
      assertProblem(await a.http('POST', '/api/v1/admin/attestation/policies', { token: admin, json: { policy_code: code, policy_name: 'bad key', verifier_kind: 'groth16', verification_key: { protocol: 'plonk' } } }), 422);
      const policy = await a.http('POST', '/api/v1/admin/attestation/policies', {
        token: admin, json: { policy_code: code, policy_name: 'Multiplier circuit', verifier_kind: 'groth16', verification_key: verificationKey, reward_amount: '2', circuit_identifier: 'multiplier/1000' },
      });
      assert.equal(policy.status, 201, policy.text);
      assert.equal(policy.body.verifier_kind, 'groth16');

      const agent = await a.agent();
      const submit = (signals: string[]) =>
        a.http('POST', '/api/v1/attestation/submit', {
          token: agent.token, json: { attestation_type: code, attestation_data: { circuit: 'multiplier' }, storage_pointer: 'ipfs://QmZk', proof: JSON.stringify({ proof, publicSignals: signals }) },
        });
      const before = num(await a.balance(agent.token));
      const ok = await submit(publicSignals);
      assert.equal(ok.status, 201, ok.text);
      assert.equal(ok.body.verified, true, ok.text);
      assert.match(ok.body.verification_reason, /Groth16 proof verified/);
      assert.ok(ok.body.reward_transaction_id);
      const tampered = await submit(tamperedSignals);
      assert.equal(tampered.body.verified, false, tampered.text);
      assert.match(tampered.body.verification_reason, /does not verify/);
      assert.equal(tampered.body.reward_transaction_id, null);
      assert.equal(num(await a.balance(agent.token)), before + 2);
      const audit = await a.audit();
      assert.equal(audit.consistent, true, JSON.stringify(audit));
    });
  });

  it('lists the new events in the webhook catalogue', async () => {
    const names: string[] = [];
    for (let offset = 0; ; offset += 100) {
      const res = await a.http('GET', `/api/v1/webhooks/events?limit=100&offset=${offset}`);
      assert.equal(res.status, 200, res.text);
      names.push(...res.body.items.map((e: { name?: string; event_type?: string }) => JSON.stringify(e)));
      if (offset + 100 >= res.body.total) break;
    }
    const all = names.join('\n');
    for (const name of ['auditor_flag.raised', 'auditor_flag.updated', 'avtp_transaction.reported', 'attestation.submitted', 'attestation.rewarded']) assert.ok(all.includes(`"${name}"`), name);
  });
});
