import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { createSecretBox } from '@agentvault/config';
import { openDatabase } from '@agentvault/db';
import { createTestDatabase, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { generateSigningKey, signRegistryRequest, signTally, type TallyDocument } from '@agentvault/federation';
import type { RegistrySigningKey } from '../src/domain/signing-keys.js';
import { actors, assertProblem, type TestAgent } from '../../ledger/test/helpers.js';

/**
 * Two sovereign frames on loopback, peered both ways: a federation-wide vote (each frame's
 * agents vote at home, the peer signs its tally, the proposing frame combines), forged tallies
 * refused, and the cross-registry slash (a ruling at one frame carried out once at the other, or
 * refused with the reason recorded on the ruling).
 */
describe('federation: federation-wide votes and the cross-registry slash, two frames', function () {
  this.timeout(240_000);
  // Known sealing keys, so the test can act as a registry with that registry's own card key.
  const secrets = { alpha: randomBytes(32).toString('base64'), beta: randomBytes(32).toString('base64') };
  let dbA: TestDatabase;
  let dbB: TestDatabase;
  let a: Stack;
  let b: Stack;
  let A: ReturnType<typeof actors>;
  let B: ReturnType<typeof actors>;
  const peerIds: { betaAtAlpha?: number } = {};

  before(async () => {
    [dbA, dbB] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    const env = {
      FEDERATION_SYNC_INTERVAL_MS: '0', FEDERATION_ALLOW_PRIVATE_PEERS: 'true', FEDERATION_VOTE_INTERVAL_MS: '250', FEDERATION_FETCH_TIMEOUT_MS: '1500', FEDERATION_PEER_DEADLINE_MS: '1500',
      GOVERNANCE_MIN_VOTING_SECONDS: '1', GOVERNANCE_MIN_PROPOSAL_POWER: '10', STAKING_REWARD_INTERVAL_SECONDS: '0', PAYMENTS_SWEEP_INTERVAL_MS: '250',
    };
    [a, b] = await Promise.all([
      startStack({ layout: 'all', databaseUrl: dbA.url, env: { ...env, REGISTRY_NAME: 'alpha', FEDERATION_SECRETS_KEY: secrets.alpha } }),
      startStack({ layout: 'all', databaseUrl: dbB.url, env: { ...env, REGISTRY_NAME: 'beta', FEDERATION_SECRETS_KEY: secrets.beta } }),
    ]);
    A = actors(a.baseUrl);
    B = actors(b.baseUrl);
    for (const [from, to, name] of [[A, b, 'beta'], [B, a, 'alpha']] as const) {
      const reg = await from.http('POST', '/api/v1/federation/peers/', { token: await from.admin(), json: { name, base_url: to.baseUrl, admin_contact_email: 'ops@frames.test', discovery_auth_info: {} } });
      assert.equal(reg.status, 201, reg.text);
      assert.equal((await from.http('POST', `/api/v1/admin/federation/peers/${reg.body.id}/approve`, { token: await from.admin() })).status, 200);
      if (name === 'beta') peerIds.betaAtAlpha = reg.body.id;
    }
  });
  after(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([dbA?.drop(), dbB?.drop()]);
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') console.error(a.logs().slice(-5000), b.logs().slice(-5000));
  });

  /** A registry's active card key, read from its database and unsealed: the test speaks as that registry. */
  async function cardKeyOf(db: TestDatabase, secret: string): Promise<RegistrySigningKey> {
    const database = await openDatabase({ url: db.url, schema: 'federation' });
    try {
      const row = await database.db.selectFrom('signing_keys').selectAll().where('retired_at', 'is', null).executeTakeFirstOrThrow();
      const privateJwk = JSON.parse(createSecretBox(Buffer.from(secret, 'base64')).open(row.kid, row.private_jwk)) as JWK;
      return { kid: row.kid, publicJwk: row.public_jwk, privateJwk, createdAt: new Date(row.created_at), retiredAt: null };
    } finally {
      await database.close();
    }
  }

  /** A request to `to`, signed (RFC 9421) as the registry at `as` with `key`. */
  async function signedPost(to: Stack, path: string, json: unknown, key: RegistrySigningKey, as: Stack) {
    const url = `${to.baseUrl}${path}`;
    const body = JSON.stringify(json);
    const signed = await signRegistryRequest({ method: 'POST', url, headers: { 'content-type': 'application/json' }, body }, key, as.baseUrl);
    const res = await fetch(url, { method: 'POST', headers: signed.headers, body });
    const text = await res.text();
    return { status: res.status, text, body: text ? JSON.parse(text) : null };
  }

  async function staked(R: ReturnType<typeof actors>, amount: string): Promise<TestAgent> {
    const agent = await R.agent();
    await R.fund(agent.did, amount);
    const res = await R.http('POST', '/api/v1/staking/stake', { token: agent.token, json: { amount } });
    assert.equal(res.status, 201, res.text);
    return agent;
  }

  describe('a federation-wide vote', () => {
    let proposalId: string;
    let voters: { a1: TestAgent; a2: TestAgent; b1: TestAgent; b2: TestAgent };
    let endsAt: number;

    it('is copied to the peer, whose agents vote there with their own power', async () => {
      voters = { a1: await staked(A, '60'), a2: await staked(A, '40'), b1: await staked(B, '30'), b2: await staked(B, '20') };
      assertProblem(
        await A.http('POST', '/api/v1/governance/proposals', { token: voters.a1.token, json: { title: 'Fee', scope: 'federation', proposal_type: 'parameter_change', parameters: { parameter: 'transfer_fee_amount', value: '1' }, duration_seconds: 60 } }),
        422, /text proposal/,
      );
      const opened = await A.http('POST', '/api/v1/governance/proposals', {
        token: voters.a1.token, json: { title: 'Adopt the shared dispute charter', description: 'One charter for every frame', scope: 'federation', duration_seconds: 20 },
      });
      assert.equal(opened.status, 201, opened.text);
      assert.equal(opened.body.scope, 'federation');
      assert.equal(opened.body.snapshot_total_power, '100.000000000000000000');
      proposalId = opened.body.proposal_id;
      endsAt = Date.parse(opened.body.end_timestamp);

      const copy = await waitFor(
        async () => {
          const list = await B.http('GET', '/api/v1/governance/proposals', { token: voters.b1.token });
          return (list.body as Array<Record<string, any>>).find((p) => p.origin_proposal_id === proposalId);
        },
        { timeoutMs: 20_000, what: 'the proposal to be copied to beta' },
      );
      assert.equal(copy.origin_registry, a.baseUrl);
      assert.equal(copy.scope, 'federation');
      assert.equal(copy.title, 'Adopt the shared dispute charter');
      assert.equal(copy.end_timestamp, opened.body.end_timestamp);
      assert.equal(copy.snapshot_total_power, '50.000000000000000000');
      const home = await waitFor(
        async () => {
          const p = await A.http('GET', `/api/v1/governance/proposals/${proposalId}`, { token: voters.a1.token });
          return p.body.federation?.participants?.includes(b.baseUrl) ? p.body : undefined;
        },
        { timeoutMs: 10_000, what: 'beta to be a participant at alpha' },
      );
      assert.deepEqual(home.federation.awaiting, [b.baseUrl]);

      const vote = async (R: ReturnType<typeof actors>, agent: TestAgent, id: string, choice: string) => {
        const res = await R.http('POST', `/api/v1/governance/proposals/${id}/vote`, { token: agent.token, json: { choice } });
        assert.equal(res.status, 201, res.text);
      };
      await vote(A, voters.a1, proposalId, 'for');
      await vote(A, voters.a2, proposalId, 'against');
      await vote(B, voters.b1, copy.proposal_id, 'for');
      await vote(B, voters.b2, copy.proposal_id, 'abstain');
      // One vote per agent on the copy too.
      assertProblem(await B.http('POST', `/api/v1/governance/proposals/${copy.proposal_id}/vote`, { token: voters.b1.token, json: { choice: 'for' } }), 409);
      assertProblem(await A.http('POST', `/api/v1/governance/proposals/${proposalId}/tally`, { token: voters.a1.token }), 422, /open until/);
    });

    it('combines the peer’s signed tally with the home tally once the vote closes', async () => {
      await waitFor(async () => Date.now() > endsAt + 50, { timeoutMs: 30_000, what: 'the vote to close' });
      // Until beta's signed tally arrives the result waits (TALLIES_PENDING); then it is final.
      const tallied = await waitFor(
        async () => {
          const res = await A.http('POST', `/api/v1/governance/proposals/${proposalId}/tally`, { token: voters.a2.token });
          if (res.status === 422 && res.body.error?.code === 'TALLIES_PENDING') return undefined;
          assert.equal(res.status, 200, res.text);
          return res.body;
        },
        { timeoutMs: 20_000, intervalMs: 200, what: "beta's tally to be combined" },
      );
      assert.equal(tallied.status, 'passed');
      assert.equal(tallied.votes_for, '90.000000000000000000');
      assert.equal(tallied.votes_against, '40.000000000000000000');
      assert.equal(tallied.votes_abstain, '20.000000000000000000');
      assert.equal(tallied.total_voters, 4);
      assert.equal(tallied.snapshot_total_power, '150.000000000000000000');
      assert.deepEqual(tallied.federation.result.missing, []);
      const parts = Object.fromEntries(tallied.federation.result.parts.map((p: { registry: string }) => [p.registry, p]));
      assert.equal(parts.local.votes_for, '60.000000000000000000');
      assert.equal(parts[b.baseUrl].votes_for, '30.000000000000000000');
      assert.equal(parts[b.baseUrl].votes_abstain, '20.000000000000000000');

      // The tally alpha kept verifies offline against beta's published JWKS.
      const [kept] = tallied.federation.tallies;
      const jwks = (await B.http('GET', '/.well-known/registry-jwks.json')).body as { keys: Array<JWK & { kid: string }> };
      const { kid } = decodeProtectedHeader(kept.signed_tally);
      assert.equal(kid, kept.kid);
      const verified = await compactVerify(kept.signed_tally, await importJWK(jwks.keys.find((k) => k.kid === kid)!, 'EdDSA'));
      const doc = JSON.parse(new TextDecoder().decode(verified.payload)) as TallyDocument;
      assert.equal(doc.registry, b.baseUrl);
      assert.equal(doc.origin_registry, a.baseUrl);
      assert.equal(doc.origin_proposal_id, proposalId);
      assert.equal(doc.votes_for, '30.000000000000000000');

      // Tallying again answers the same.
      const again = await A.http('POST', `/api/v1/governance/proposals/${proposalId}/tally`, { token: voters.a1.token });
      assert.equal(again.body.votes_for, '90.000000000000000000');
    });

    it('refuses unsigned, forged, tampered and unapproved tallies; the result stays as it was', async () => {
      const betaKey = await cardKeyOf(dbB, secrets.beta);
      const stranger = await generateSigningKey();
      const doc: TallyDocument = {
        typ: 'agentvault-federated-tally', registry: b.baseUrl, origin_registry: a.baseUrl, origin_proposal_id: proposalId, proposal_id: 'prp_forged',
        votes_for: '0', votes_against: '1000', votes_abstain: '0', total_voters: 9, snapshot_total_power: '1000', voting_ends_at: new Date(endsAt).toISOString(),
        tallied_at: new Date().toISOString(),
      };
      const send = (tally: unknown, key = betaKey) => signedPost(a, '/api/v1/federation/votes/tallies', { tally }, key, b);
      const refused = (res: { status: number; body: any; text: string }, detail: RegExp) => {
        assert.equal(res.status, 422, res.text);
        assert.equal(res.body.error.code, 'TALLY_NOT_VERIFIED');
        assert.match(res.body.detail, detail);
      };

      // Over beta's authentic channel, but the tally itself is not beta's.
      refused(await send(doc), /not signed/);
      const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      refused(await send(`${b64({ alg: 'none' })}.${b64(doc)}.`), /not signed with EdDSA/);
      refused(await send(await signTally(doc, stranger)), /not in the registry's JWKS/);
      refused(await send(await signTally(doc, { ...stranger, kid: betaKey.kid })), /does not verify/);
      const genuine = (await A.http('GET', `/api/v1/governance/proposals/${proposalId}`, { token: voters.a1.token })).body.federation.tallies[0].signed_tally as string;
      const [header, , signature] = genuine.split('.');
      refused(await send(`${header}.${b64(doc)}.${signature}`), /does not verify/);
      // A tally beta really signed, but naming another registry than the one that sent it.
      refused(await send(await signTally({ ...doc, registry: 'https://elsewhere.example' }, betaKey)), /names https:\/\/elsewhere.example/);

      // The channel itself forged: claims to be beta, signed with a key beta never published.
      assert.equal((await send(await signTally(doc, betaKey), stranger)).status, 401);
      // Beta's genuine signature on other numbers: the result is final (409), not replaced.
      const late = await send(await signTally(doc, betaKey));
      assert.equal(late.status, 409, late.text);

      // A peer that is not approved (deactivated at alpha) is not heard at all.
      const admin = await A.admin();
      assert.equal((await A.http('POST', `/api/v1/admin/federation/peers/${peerIds.betaAtAlpha}/deactivate`, { token: admin })).status, 200);
      try {
        const unapproved = await send(genuine);
        assert.equal(unapproved.status, 403, unapproved.text);
      } finally {
        assert.equal((await A.http('POST', `/api/v1/admin/federation/peers/${peerIds.betaAtAlpha}/reactivate`, { token: admin })).status, 200);
      }

      const after = await A.http('GET', `/api/v1/governance/proposals/${proposalId}`, { token: voters.a1.token });
      assert.equal(after.body.votes_against, '40.000000000000000000');
      assert.equal(after.body.federation.tallies.length, 1);
    });

    it('waits for a peer that was down when the vote closed, and combines its tally once it is back', async () => {
      const opened = await A.http('POST', '/api/v1/governance/proposals', { token: voters.a1.token, json: { title: 'A second charter', scope: 'federation', duration_seconds: 10 } });
      assert.equal(opened.status, 201, opened.text);
      const id = opened.body.proposal_id as string;
      const copy = await waitFor(
        async () => ((await B.http('GET', '/api/v1/governance/proposals', { token: voters.b1.token })).body as Array<Record<string, any>>).find((p) => p.origin_proposal_id === id),
        { timeoutMs: 20_000, what: 'the second proposal to be copied to beta' },
      );
      await waitFor(async () => (await A.http('GET', `/api/v1/governance/proposals/${id}`, { token: voters.a1.token })).body.federation?.participants?.length === 1, { timeoutMs: 10_000, what: 'beta to take part' });
      assert.equal((await B.http('POST', `/api/v1/governance/proposals/${copy.proposal_id}/vote`, { token: voters.b1.token, json: { choice: 'for' } })).status, 201);

      const peer = b.processes[0]!.child;
      peer.kill('SIGSTOP');
      try {
        await waitFor(async () => Date.now() > Date.parse(opened.body.end_timestamp) + 500, { timeoutMs: 30_000, what: 'the second vote to close' });
        const pending = await A.http('POST', `/api/v1/governance/proposals/${id}/tally`, { token: voters.a1.token });
        assertProblem(pending, 422, /have not arrived yet/);
        assert.deepEqual(pending.body.error.context.awaiting, [b.baseUrl]);
      } finally {
        peer.kill('SIGCONT');
      }
      const tallied = await waitFor(
        async () => {
          const res = await A.http('POST', `/api/v1/governance/proposals/${id}/tally`, { token: voters.a1.token });
          return res.status === 200 ? res.body : undefined;
        },
        { timeoutMs: 20_000, intervalMs: 200, what: "beta's late tally" },
      );
      assert.equal(tallied.votes_for, '30.000000000000000000');
      assert.equal(tallied.total_voters, 1);
      assert.equal(tallied.snapshot_total_power, '150.000000000000000000');
      assert.equal(tallied.status, 'passed');
    });
  });

  describe('the cross-registry slash', () => {
    let claimant: TestAgent;
    let defendant: TestAgent;
    const balanceOn = async (R: ReturnType<typeof actors>, agent: TestAgent) => R.balance(agent.token);
    const reputationOn = async (R: ReturnType<typeof actors>, agent: TestAgent) => {
      const res = await R.http('GET', `/api/v1/teg/agents/${encodeURIComponent(agent.did)}/reputation`, { token: agent.token });
      assert.equal(res.status, 200, res.text);
      return res.body.reputation_score as number;
    };
    const file = async (defendantDid: string, registry: string) => {
      const res = await A.http('POST', '/api/v1/disputes', { token: claimant.token, json: { defendant_agent_id: defendantDid, defendant_registry: registry, reason_code: 'WORK_NOT_DELIVERED', description: 'Paid, nothing came' } });
      assert.equal(res.status, 201, res.text);
      assert.equal(res.body.defendant_registry, registry);
      return res.body.dispute_id as string;
    };
    const rule = async (id: string, penalties: Record<string, unknown>) =>
      A.http('PUT', `/api/v1/admin/disputes/${id}/ruling`, { token: await A.admin(), json: { resolution_status: 'RESOLVED_FAVOR_CLAIMANT', penalties } });
    const finalSlash = async (id: string, timeoutMs = 20_000) =>
      waitFor(
        async () => {
          const d = await A.http('GET', `/api/v1/disputes/${id}`, { token: claimant.token });
          assert.equal(d.status, 200, d.text);
          return d.body.cross_registry_slash?.status === 'pending' ? undefined : d.body;
        },
        { timeoutMs, intervalMs: 200, what: 'the peer’s final answer on the ruling' },
      );

    before(async () => {
      claimant = await A.agent();
      defendant = await B.agent();
      await B.fund(defendant.did, '20');
    });

    it('applies a ruling against a peer’s agent on the peer, once: the penalty and the reputation', async () => {
      const id = await file(defendant.did, b.baseUrl);
      const ruled = await rule(id, { token_penalty: '5', reputation_adjustment: -7 });
      assert.equal(ruled.status, 200, ruled.text);
      const d = await finalSlash(id);
      assert.equal(d.cross_registry_slash.status, 'applied', JSON.stringify(d.cross_registry_slash));
      assert.equal(d.cross_registry_slash.registry, b.baseUrl);
      assert.ok(d.cross_registry_slash.penalty_transaction_id);
      assert.equal(d.penalty_recipient, null);
      assert.equal(Number(await balanceOn(B, defendant)), 15);
      assert.equal(await reputationOn(B, defendant), -7);
      // Nothing moved at home: the claimant is not paid in the other frame's currency.
      assert.equal(Number(await balanceOn(A, claimant)), 0);

      // The ruling repeated at home, and alpha's delivery replayed (fresh signatures, the same ruling), even concurrently: nothing more.
      assert.equal((await rule(id, { token_penalty: '5', reputation_adjustment: -7 })).status, 200);
      const alphaKey = await cardKeyOf(dbA, secrets.alpha);
      const terms = { ruling_id: id, agent_did: defendant.did, token_penalty: '5.0', reputation_adjustment: -7, reason: 'replayed' };
      const replays = await Promise.all(Array.from({ length: 10 }, () => signedPost(b, '/api/v1/federation/slash', terms, alphaKey, a)));
      for (const r of replays) {
        assert.equal(r.status, 200, r.text);
        assert.equal(r.body.status, 'applied');
        assert.equal(r.body.replayed, true);
        assert.equal(r.body.penalty_transaction_id, d.cross_registry_slash.penalty_transaction_id);
      }
      assert.equal(Number(await balanceOn(B, defendant)), 15);
      assert.equal(await reputationOn(B, defendant), -7);
      // The same ruling with other terms is refused outright.
      assert.equal((await signedPost(b, '/api/v1/federation/slash', { ...terms, token_penalty: '9' }, alphaKey, a)).status, 409);
      // And nobody but an approved peer is heard.
      assert.equal((await signedPost(b, '/api/v1/federation/slash', { ...terms, ruling_id: 'dsp_other' }, await generateSigningKey(), a)).status, 401);
    });

    it('records the peer’s refusal, with its reason, on the ruling', async () => {
      const unknown = await file(`did:agentvault:${randomBytes(16).toString('hex')}`, 'beta');
      assert.equal((await rule(unknown, { token_penalty: '1', reputation_adjustment: -1 })).status, 200);
      const d1 = await finalSlash(unknown);
      assert.equal(d1.cross_registry_slash.status, 'refused');
      assert.match(d1.cross_registry_slash.reason, /is not an agent of this registry/);

      const broke = await file(defendant.did, b.baseUrl);
      assert.equal((await rule(broke, { token_penalty: '1000', reputation_adjustment: -3 })).status, 200);
      const d2 = await finalSlash(broke);
      assert.equal(d2.cross_registry_slash.status, 'refused');
      assert.match(d2.cross_registry_slash.reason, /Insufficient funds/);
      // Refused means nothing applied there.
      assert.equal(Number(await balanceOn(B, defendant)), 15);
      assert.equal(await reputationOn(B, defendant), -7);
    });

    it('keeps a ruling pending while the peer cannot answer, and delivers it once it can', async () => {
      const id = await file(defendant.did, b.baseUrl);
      const peer = b.processes[0]!.child;
      peer.kill('SIGSTOP');
      let ruled;
      try {
        ruled = await rule(id, { token_penalty: '2', reputation_adjustment: -1 });
      } finally {
        peer.kill('SIGCONT');
      }
      assert.equal(ruled.status, 200, ruled.text);
      assert.equal(ruled.body.cross_registry_slash.status, 'pending');
      assert.ok(ruled.body.cross_registry_slash.reason, 'the pending ruling says why');
      // The timeouts may have opened the circuit to beta (it closes again after 30 s).
      const d = await finalSlash(id, 60_000);
      assert.equal(d.cross_registry_slash.status, 'applied', JSON.stringify(d.cross_registry_slash));
      assert.equal(Number(await balanceOn(B, defendant)), 13);
      assert.equal(await reputationOn(B, defendant), -8);
    });
  });
});
