import assert from 'node:assert/strict';
import { createTestDatabase, startStack, waitFor, type Stack, type TestDatabase } from '@agentvault/testing';
import { assertConserved, frame, peerFrames, units, type BridgeAgent, type Frame } from './bridge-helpers.js';

/**
 * Flow 8 and the SF-3 bridge between two sovereign frames on loopback, each a whole registry
 * (one process) against the real PostgreSQL, NATS and Redis. After every scenario both frames'
 * conservation reports must agree: AVT locked in one's escrow = the other's wrapped supply.
 */
describe('cross-registry transfers over the SF-3 bridge between two frames', function () {
  this.timeout(600_000);
  const PROCESS = 'agentvault --target=all';
  const env = {
    FEDERATION_SYNC_INTERVAL_MS: '0',
    FEDERATION_ALLOW_PRIVATE_PEERS: 'true',
    BRIDGE_RETRY_MS: '200',
    BRIDGE_PEER_TIMEOUT_MS: '3000',
  };
  let dbs: TestDatabase[];
  let stacks: Stack[];
  let home: Frame;
  let away: Frame;
  let sender: BridgeAgent;
  let receiver: BridgeAgent;

  before(async () => {
    dbs = await Promise.all([createTestDatabase(), createTestDatabase()]);
    stacks = await Promise.all(['home-frame', 'away-frame'].map((name, i) => startStack({ layout: 'all', databaseUrl: dbs[i]!.url, env: { ...env, REGISTRY_NAME: name } })));
    [home, away] = stacks.map((s) => frame(s.baseUrl)) as [Frame, Frame];
    await peerFrames(home, away, { a: 'home-frame', b: 'away-frame' });
    sender = await home.agent('Bridge sender');
    receiver = await away.agent('Bridge receiver');
    await home.fund(sender.did, '1000');
  });
  after(async () => {
    await Promise.all((stacks ?? []).map((s) => s.stop()));
    await Promise.all((dbs ?? []).map((d) => d.drop()));
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') for (const s of stacks) console.error(s.logs().slice(-6000));
  });

  const send = (amount: string, options: { to?: string; key?: string; path?: string } = {}) =>
    home.http('POST', options.path ?? '/api/v1/teg/cross-registry-transfer', {
      token: sender.token,
      headers: options.key ? { 'Idempotency-Key': options.key } : {},
      json: { receiver_agent_id: options.to ?? receiver.did, receiver_registry: 'away-frame', amount, message: 'across frames' },
    });

  /**
   * Restarts one frame's process (same port, so its peers still reach it), with env on top. On
   * port 0 and without PUBLIC_BASE_URL a registry learns its URL from the gateway's first call to
   * federation; a peer fetching its card does that, as here.
   */
  const restart = async (stack: Stack, options: { signal?: NodeJS.Signals; env?: Record<string, string> } = {}) => {
    const proc = await stack.restart(PROCESS, options);
    if (proc.child.exitCode === null) await fetch(`${stack.baseUrl}/.well-known/registry-card.json`).catch(() => undefined);
    return proc;
  };

  it('completes: AVT locked at home, as many wrapped tokens minted to the receiver at the peer', async () => {
    const before = units(await home.balance(sender));
    const res = await send('10');
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.status, 'completed');
    assert.equal(res.body.kind, 'transfer');
    assert.equal(res.body.target_registry, away.baseUrl);
    assert.deepEqual(res.body.steps.map((s: { step: string }) => s.step), ['created', 'escrow_locked', 'wrapped_minted', 'completed']);
    assert.equal(units(await home.balance(sender)), before - units('10'));
    assert.equal(await away.wrapped(receiver, home.baseUrl), '10.000000000000000000');
    const seen = await home.http('GET', `/api/v1/teg/cross-registry-transfer/${res.body.transfer_id}`, { token: sender.token });
    assert.equal(seen.status, 200, seen.text);
    assert.equal(seen.body.status, 'completed');
    // Only the sender sees it.
    const stranger = await home.agent('Bystander');
    assert.equal((await home.http('GET', `/api/v1/teg/cross-registry-transfer/${res.body.transfer_id}`, { token: stranger.token })).status, 404);
    await assertConserved(home, away);
  });

  it('compensates when the peer refuses (no such receiver there): the AVT comes back', async () => {
    const before = await home.balance(sender);
    const res = await send('7', { to: 'did:agentvault:nobody-lives-here' });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.status, 'compensated', res.text);
    assert.match(res.body.failure_reason, /away-frame refused/);
    assert.equal(await home.balance(sender), before);
    await assertConserved(home, away);
  });

  it('refuses before moving anything: an unknown registry, a bad amount, more than the balance', async () => {
    const unknown = await home.http('POST', '/api/v1/teg/cross-registry-transfer', { token: sender.token, json: { receiver_agent_id: receiver.did, receiver_registry: 'nowhere', amount: '1' } });
    assert.equal(unknown.status, 422, unknown.text);
    assert.equal(unknown.body.error.code, 'UNKNOWN_REGISTRY');
    assert.equal((await send('-1')).status, 422);
    const before = await home.balance(sender);
    const broke = await send('1000000');
    assert.equal(broke.status, 200, broke.text);
    assert.equal(broke.body.status, 'failed');
    assert.match(broke.body.failure_reason, /Insufficient funds/);
    assert.equal(await home.balance(sender), before);
    await assertConserved(home, away);
  });

  it('moves money once for 50 concurrent replays of one Idempotency-Key', async () => {
    const before = units(await home.balance(sender));
    const wrappedBefore = units(await away.wrapped(receiver, home.baseUrl));
    const countBefore = (await home.transfers(sender)).total;
    const key = `xreg-${Date.now()}`;
    const answers = await Promise.all(Array.from({ length: 50 }, () => send('3', { key })));
    for (const a of answers) assert.ok([200, 202, 409].includes(a.status), a.text);
    const ids = new Set(answers.filter((a) => a.status !== 409).map((a) => a.body.transfer_id));
    assert.equal(ids.size, 1, `one transfer, got ${[...ids].join(', ')}`);
    const [id] = [...ids] as [string];
    assert.equal((await home.settled(sender, id)).status, 'completed');
    // A replay afterwards answers the same transfer; the same key with another body is refused.
    const replay = await send('3', { key });
    assert.equal(replay.body.transfer_id, id);
    assert.equal((await send('4', { key })).status, 422);
    assert.equal(units(await home.balance(sender)), before - units('3'));
    assert.equal(units(await away.wrapped(receiver, home.baseUrl)), wrappedBefore + units('3'));
    assert.equal((await home.transfers(sender)).total, countBefore + 1);
    await assertConserved(home, away);
  });

  it('redeems wrapped tokens: burned at the peer, released from the escrow at home', async () => {
    const homeReceiver = await home.agent('Redemption receiver');
    const wrappedBefore = units(await away.wrapped(receiver, home.baseUrl));
    const res = await away.http('POST', '/api/v1/bridge/redeem', {
      token: receiver.token,
      headers: { 'Idempotency-Key': `redeem-${Date.now()}` },
      json: { origin_registry: 'home-frame', receiver_agent_id: homeReceiver.did, amount: '4' },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.status, 'completed', res.text);
    assert.equal(res.body.kind, 'redeem');
    assert.equal(await home.balance(homeReceiver), '4.000000000000000000');
    assert.equal(units(await away.wrapped(receiver, home.baseUrl)), wrappedBefore - units('4'));
    // More than it holds: refused before anything moves.
    const greedy = await away.http('POST', '/api/v1/bridge/redeem', { token: receiver.token, json: { origin_registry: 'home-frame', receiver_agent_id: homeReceiver.did, amount: '1000' } });
    assert.equal(greedy.body.status, 'failed', greedy.text);
    await assertConserved(home, away);
  });

  it('a forged mint request (unsigned) is refused and mints nothing', async () => {
    const res = await away.http('POST', '/api/v1/bridge/mint-wrapped', { json: { transfer_id: 'xrt_forged', receiver_agent_id: receiver.did, amount: '1000' } });
    assert.equal(res.status, 401, res.text);
    await assertConserved(home, away);
  });

  // ── A2A payments to a receiver on the other frame ───────────────────────────

  const authorize = (amount: string) =>
    home.http('POST', '/api/v1/a2a-payment/authorize', { token: sender.token, json: { receiver_agent_id: receiver.did, receiver_registry: away.baseUrl, amount, purpose: 'a forecast' } });
  const settle = (paymentToken: string, issuer?: string, { keyed = true } = {}) =>
    home.http('POST', '/api/v1/a2a-payment/settle', {
      token: sender.token,
      headers: { ...(keyed ? { 'Idempotency-Key': paymentToken.slice(4, 36) } : {}), ...(issuer ? { 'X-Payment-Issuer': issuer } : {}) },
      json: { payment_token: paymentToken },
    });

  it('settles a payment to a receiver on the other frame exactly once, the value carried by the bridge', async () => {
    const before = units(await home.balance(sender));
    const wrappedBefore = units(await away.wrapped(receiver, home.baseUrl));
    const auth = await authorize('2');
    assert.equal(auth.status, 201, auth.text);
    assert.equal(auth.body.receiver_registry, away.baseUrl);
    const apt = auth.body.payment_token as string;
    // The receiver's X-Payment-Issuer is required, and must name the registry the payment was for.
    // (Without the key: the gateway would replay its first answer to the same key and body.)
    assert.equal((await settle(apt, undefined, { keyed: false })).body.error?.code, 'PAYMENT_ISSUER_REQUIRED');
    assert.equal((await settle(apt, 'https://elsewhere.example', { keyed: false })).body.error?.code, 'PAYMENT_ISSUER_MISMATCH');
    const answers = await Promise.all(Array.from({ length: 10 }, () => settle(apt, away.baseUrl)));
    for (const a of answers) assert.ok([200, 409].includes(a.status), a.text);
    const settled = answers.find((a) => a.status === 200)!;
    assert.equal(settled.body.status, 'SETTLED', settled.text);
    assert.match(settled.body.transaction_id, /^xrt_/);
    assert.equal(settled.body.fee_amount, '0.000000000000000000');
    // Settled again later: the same settlement, nothing moves.
    const again = await settle(apt, away.baseUrl);
    assert.equal(again.body.transaction_id, settled.body.transaction_id);
    assert.equal(units(await home.balance(sender)), before - units('2'));
    assert.equal(units(await away.wrapped(receiver, home.baseUrl)), wrappedBefore + units('2'));
    const transfer = await home.http('GET', `/api/v1/teg/cross-registry-transfer/${settled.body.transaction_id}`, { token: sender.token });
    assert.equal(transfer.body.purpose, 'payment');
    assert.equal(transfer.body.status, 'completed');
    await assertConserved(home, away);
  });

  it('refuses to settle to a registry outside TRUSTED_REGISTRIES; the held funds come back', async () => {
    const [homeStack] = stacks as [Stack, Stack];
    await restart(homeStack, { env: { TRUSTED_REGISTRIES: 'some-other-frame,https://trusted.example' } });
    const before = await home.balance(sender);
    const auth = await authorize('2');
    assert.equal(auth.status, 201, auth.text);
    const refused = await settle(auth.body.payment_token, away.baseUrl);
    assert.equal(refused.status, 403, refused.text);
    assert.equal(refused.body.error.code, 'REGISTRY_NOT_TRUSTED');
    assert.equal(await home.balance(sender), before);
    const tokens = await home.http('GET', '/api/v1/a2a-payment/my-tokens?limit=100', { token: sender.token });
    assert.equal(tokens.body.items.find((t: { token_id: string }) => t.token_id === auth.body.token_id).status, 'RELEASED');
    // A plain transfer is not a payment: the trust list does not apply to it.
    assert.equal((await send('1')).body.status, 'completed');
    await restart(homeStack);
    await assertConserved(home, away);
  });

  // ── crashes ─────────────────────────────────────────────────────────────────

  /** Starts a transfer on a home frame that kills itself at `point`; returns the new transfer once home is back. */
  async function transferThroughHomeCrash(point: string, to = receiver.did) {
    const [homeStack] = stacks as [Stack, Stack];
    await restart(homeStack, { env: { FAULT_CRASH_AT: point } });
    const known = new Set((await home.transfers(sender)).items.map((t) => t.transfer_id));
    const dying = await send('5', { to }).catch((err: Error) => err);
    assert.ok(dying instanceof Error || dying.status >= 500, `the request should die with the registry: ${dying instanceof Error ? dying.message : dying.text}`);
    const proc = homeStack.processes.at(-1)!;
    await proc.exited;
    assert.equal(proc.child.signalCode, 'SIGKILL');
    await restart(homeStack, { signal: 'SIGKILL' });
    const created = await waitFor(async () => (await home.transfers(sender).catch(() => null))?.items.find((t) => !known.has(t.transfer_id)), { timeoutMs: 30_000, what: 'the interrupted transfer' });
    return home.settled(sender, created.transfer_id);
  }

  for (const point of ['bridge.after_create', 'bridge.after_lock', 'bridge.after_mint']) {
    it(`SIGKILL of the home frame at ${point}, then restart: the saga resumes and completes, once`, async () => {
      const before = units(await home.balance(sender));
      const wrappedBefore = units(await away.wrapped(receiver, home.baseUrl));
      const done = await transferThroughHomeCrash(point);
      assert.equal(done.status, 'completed', JSON.stringify(done));
      assert.equal(units(await home.balance(sender)), before - units('5'));
      assert.equal(units(await away.wrapped(receiver, home.baseUrl)), wrappedBefore + units('5'));
      await assertConserved(home, away);
    });
  }

  it('SIGKILL of the home frame before the refund of a refused transfer, then restart: compensated, once', async () => {
    const before = await home.balance(sender);
    const done = await transferThroughHomeCrash('bridge.before_refund', 'did:agentvault:still-nobody');
    assert.equal(done.status, 'compensated', JSON.stringify(done));
    assert.equal(await home.balance(sender), before);
    await assertConserved(home, away);
  });

  it('SIGKILL of the peer frame right after it minted: home retries, the peer answers minted, completed once', async () => {
    const [, awayStack] = stacks as [Stack, Stack];
    await restart(awayStack, { env: { FAULT_CRASH_AT: 'bridge.peer_after_mint' } });
    const before = units(await home.balance(sender));
    const wrappedBefore = units(await away.wrapped(receiver, home.baseUrl));
    const res = await send('6');
    assert.equal(res.status, 202, res.text);
    assert.equal(res.body.status, 'pending');
    const proc = awayStack.processes.at(-1)!;
    await proc.exited;
    await restart(awayStack, { signal: 'SIGKILL' });
    const done = await home.settled(sender, res.body.transfer_id);
    assert.equal(done.status, 'completed', JSON.stringify(done));
    assert.equal(units(await home.balance(sender)), before - units('6'));
    assert.equal(units(await away.wrapped(receiver, home.baseUrl)), wrappedBefore + units('6'));
    await assertConserved(home, away);
  });

  it('the peer down past the deadline: the transfer waits for the peer to confirm the cancel, then is compensated', async () => {
    const [homeStack, awayStack] = stacks as [Stack, Stack];
    await restart(homeStack, { env: { BRIDGE_TRANSFER_TIMEOUT_MS: '1500' } });
    const before = await home.balance(sender);
    const wrappedBefore = await away.wrapped(receiver, home.baseUrl);
    await awayStack.processes.at(-1)!.child.kill('SIGKILL');
    await awayStack.processes.at(-1)!.exited;
    const res = await send('8');
    assert.equal(res.status, 202, res.text);
    // Past the deadline it is cancelling, but cannot refund before the peer confirms it never minted.
    const aborting = await waitFor(async () => {
      const t = await home.http('GET', `/api/v1/teg/cross-registry-transfer/${res.body.transfer_id}`, { token: sender.token });
      return t.body.state === 'aborting' ? t.body : undefined;
    }, { timeoutMs: 20_000, what: 'the transfer to time out' });
    assert.equal(aborting.status, 'pending');
    await restart(awayStack, { signal: 'SIGKILL' });
    const done = await home.settled(sender, res.body.transfer_id);
    assert.equal(done.status, 'compensated', JSON.stringify(done));
    assert.equal(await home.balance(sender), before);
    assert.equal(await away.wrapped(receiver, home.baseUrl), wrappedBefore);
    await restart(homeStack);
    await assertConserved(home, away);
  });
});
