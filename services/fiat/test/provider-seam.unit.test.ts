import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DomainError } from '@agentvault/errors';
import { fiatEvents, type FiatEvent } from '@agentvault/contracts/fiat-events';
import type { BusEvent } from '@agentvault/contracts/events';
import { REPO_ROOT } from '@agentvault/testing';
import { fiatConfigShape } from '../src/config.js';
import { FiatService } from '../src/domain/fiat-service.js';
import { AVT_SCALE, type Avt } from '../src/domain/money.js';
import type { Purchase, ProviderEvent } from '../src/domain/model.js';
import type { CheckoutRequest, CheckoutSession, Directory, FiatRepositories, FiatUnitOfWork, PaymentProvider, PledgeLedger } from '../src/domain/ports.js';
import { parseTierSpec, type TierTable } from '../src/domain/tiers.js';

/**
 * The provider seam: FiatService knows a payment provider only as PaymentProvider, so another PSP
 * is another implementation. A fake one here (webhooks are JSON "signed" with a fixed token), with
 * an in-memory store and ledger, drives the whole pledge without Stripe.
 */

const SIGNATURE = 'fake-signature';

class FakeProvider implements PaymentProvider {
  readonly name = 'fakepsp';
  readonly checkouts: CheckoutRequest[] = [];
  private sessions = 0;

  async createCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
    this.checkouts.push(request);
    const sessionId = `fake_cs_${++this.sessions}`;
    return { sessionId, url: `https://pay.example.com/${sessionId}`, expiresAt: null };
  }

  parseWebhook(rawBody: Buffer, signature: string): ProviderEvent {
    if (signature !== SIGNATURE) throw new DomainError('bad_request', 'fake webhook signature does not match', { code: 'INVALID_SIGNATURE' });
    const event = JSON.parse(rawBody.toString('utf8')) as Record<string, string | number | boolean>;
    switch (event.kind) {
      case 'completed':
        return { kind: 'completed', eventId: String(event.id), sessionId: String(event.session), paid: true, paymentReference: String(event.payment), amountCents: BigInt(event.cents!), currency: 'eur' };
      case 'refunded':
        return { kind: 'refunded', eventId: String(event.id), paymentReference: String(event.payment), sessionId: null, amountCents: BigInt(event.cents!), refundedCents: BigInt(event.refunded!) };
      default:
        return { kind: 'ignored', eventId: String(event.id), type: String(event.kind) };
    }
  }
}

/** The ledger as the fiat service sees it: balances per holder (null = the pledge account), each movement once per key. */
class FakeLedger implements PledgeLedger {
  readonly balances = new Map<string | null, Avt>();
  private readonly done = new Map<string, { transactionId: string; taken: Avt; shortfall: Avt }>();

  async credit(pledgeId: string, agentDid: string | null, amount: Avt) {
    return this.once(`credit-${pledgeId}`, () => {
      this.balances.set(agentDid, (this.balances.get(agentDid) ?? 0n) + amount);
      return { taken: amount, shortfall: 0n };
    });
  }

  async claim(pledgeId: string, agentDid: string, amount: Avt) {
    return this.once(`claim-${pledgeId}`, () => {
      this.balances.set(null, (this.balances.get(null) ?? 0n) - amount);
      this.balances.set(agentDid, (this.balances.get(agentDid) ?? 0n) + amount);
      return { taken: amount, shortfall: 0n };
    });
  }

  async reverse(pledgeId: string, agentDid: string | null, amount: Avt, step: string) {
    return this.once(`reverse-${pledgeId}-${step}`, () => {
      const balance = this.balances.get(agentDid) ?? 0n;
      const taken = balance < amount ? balance : amount;
      this.balances.set(agentDid, balance - taken);
      return { taken, shortfall: amount - taken };
    });
  }

  spend(agentDid: string, amount: Avt) {
    this.balances.set(agentDid, (this.balances.get(agentDid) ?? 0n) - amount);
  }

  private once(key: string, move: () => { taken: Avt; shortfall: Avt }) {
    let result = this.done.get(key);
    if (!result) {
      result = { transactionId: `tx_${this.done.size + 1}`, ...move() };
      this.done.set(key, result);
    }
    return result;
  }
}

/** Purchases and outbox in memory; a failed unit of work leaves neither changed. */
function memoryUnitOfWork() {
  const purchases = new Map<string, { purchase: Purchase; idempotency: { key: string; requestHash: string } | null }>();
  const outbox: FiatEvent[] = [];
  const repos = (events: FiatEvent[], rows: typeof purchases): FiatRepositories => ({
    purchases: {
      async insert(purchase, idempotency) {
        rows.set(purchase.sessionId, { purchase: { ...purchase }, idempotency });
      },
      async get(sessionId) {
        return rows.get(sessionId)?.purchase ?? null;
      },
      async lock(sessionId) {
        return rows.get(sessionId)?.purchase ?? null;
      },
      async findByPaymentReference(reference) {
        return [...rows.values()].find((r) => r.purchase.paymentReference === reference)?.purchase.sessionId ?? null;
      },
      async findByIdempotencyKey(key) {
        const row = [...rows.values()].find((r) => r.idempotency?.key === key);
        return row ? { purchase: row.purchase, requestHash: row.idempotency!.requestHash } : null;
      },
      async update(sessionId, changes) {
        const row = rows.get(sessionId)!;
        row.purchase = { ...row.purchase, ...changes, updatedAt: new Date() };
      },
      async listByDeveloper({ developerId, limit, offset }) {
        const items = [...rows.values()].map((r) => r.purchase).filter((p) => p.developerId === developerId);
        return { items: items.slice(offset, offset + limit), total: items.length };
      },
    },
    outbox: {
      async emit(event) {
        events.push(event);
      },
    },
  });
  const uow: FiatUnitOfWork = {
    read: repos(outbox, purchases),
    async run(work) {
      const events: FiatEvent[] = [];
      const rows = new Map([...purchases].map(([k, v]) => [k, { ...v, purchase: { ...v.purchase } }]));
      const result = await work(repos(events, rows));
      for (const [k, v] of rows) purchases.set(k, v);
      outbox.push(...events);
      return result;
    },
  };
  return { uow, outbox, purchases };
}

const DEVELOPER = 'dev_1';
const AGENT = 'did:agentvault:agent-1';
const directory: Directory = {
  async agentOwner(did) {
    return did === AGENT ? DEVELOPER : null;
  },
  async developerEmail() {
    return 'backer@example.com';
  },
  async hasVerifiedEmail() {
    return true;
  },
};

const avt = (whole: bigint) => whole * AVT_SCALE;

describe('fiat: the payment provider seam, with a fake provider', () => {
  const table = parseTierSpec('1:2000,50:2500,200:3000', 100n, 50000n) as TierTable;
  let provider: FakeProvider;
  let ledger: FakeLedger;
  let store: ReturnType<typeof memoryUnitOfWork>;
  let fiat: FiatService;

  const webhook = (event: Record<string, unknown>, signature = SIGNATURE) => fiat.handleWebhook(Buffer.from(JSON.stringify(event)), signature);

  beforeEach(() => {
    provider = new FakeProvider();
    ledger = new FakeLedger();
    store = memoryUnitOfWork();
    fiat = new FiatService(store.uow, { kind: 'onramp' }, {
      tiers: table, successUrl: 'https://registry.example.com/become-a-backer?session_id={CHECKOUT_SESSION_ID}', cancelUrl: 'https://registry.example.com/become-a-backer?cancelled=1',
      returnOrigins: ['https://registry.example.com'],
    }, provider, ledger, directory);
  });

  it('opens a checkout at the provider with the quoted amount and records the purchase under its session and name', async () => {
    const { purchase } = await fiat.createCheckout({ eurAmount: '25', developerId: DEVELOPER, agentDid: AGENT, customerEmail: null, successUrl: null, cancelUrl: null, idempotencyKey: null, origin: 'local' });
    assert.equal(provider.checkouts.length, 1);
    assert.equal(provider.checkouts[0]!.cents, 2500n);
    assert.equal(provider.checkouts[0]!.customerEmail, 'backer@example.com');
    assert.equal(purchase.provider, 'fakepsp');
    assert.equal(purchase.checkoutUrl, 'https://pay.example.com/fake_cs_1');
    assert.equal(purchase.avtAmount, avt(50_000n));
    assert.deepEqual(store.outbox.map((e) => e.type), ['fiat.pledge_started']);
  });

  it("credits once through the ledger on the provider's completed event, and refuses what the provider refuses", async () => {
    const { purchase } = await fiat.createCheckout({ eurAmount: '10', developerId: DEVELOPER, agentDid: AGENT, customerEmail: null, successUrl: null, cancelUrl: null, idempotencyKey: null, origin: 'local' });
    const completed = { id: 'e1', kind: 'completed', session: purchase.sessionId, payment: 'pay_1', cents: 1000 };
    await assert.rejects(webhook(completed, 'forged'), (err: unknown) => err instanceof DomainError && err.kind === 'bad_request');
    assert.equal(ledger.balances.get(AGENT), undefined);
    assert.deepEqual(await webhook(completed), { outcome: 'credited', sessionId: purchase.sessionId });
    assert.deepEqual(await webhook(completed), { outcome: 'already_credited', sessionId: purchase.sessionId });
    assert.equal(ledger.balances.get(AGENT), avt(20_000n));
    assert.deepEqual(await webhook({ id: 'e2', kind: 'dispute.created' }), { outcome: 'ignored', sessionId: null });
  });

  it('publishes fiat.refund_shortfall, the auditor hook, only when a refund could not take everything back', async () => {
    const { purchase } = await fiat.createCheckout({ eurAmount: '10', developerId: DEVELOPER, agentDid: AGENT, customerEmail: null, successUrl: null, cancelUrl: null, idempotencyKey: null, origin: 'local' });
    await webhook({ id: 'e1', kind: 'completed', session: purchase.sessionId, payment: 'pay_2', cents: 1000 });

    // Half refunded while the AVT is all there: taken back, no shortfall, no flag.
    await webhook({ id: 'e2', kind: 'refunded', payment: 'pay_2', cents: 1000, refunded: 500 });
    assert.equal(ledger.balances.get(AGENT), avt(10_000n));
    assert.equal(store.outbox.filter((e) => e.type === 'fiat.refund_shortfall').length, 0);

    // The agent spends 9 000; the full refund can take back only 1 000 of the 10 000 asked.
    ledger.spend(AGENT, avt(9_000n));
    await webhook({ id: 'e3', kind: 'refunded', payment: 'pay_2', cents: 1000, refunded: 1000 });
    await webhook({ id: 'e3', kind: 'refunded', payment: 'pay_2', cents: 1000, refunded: 1000 }); // a repeat changes nothing
    assert.equal(ledger.balances.get(AGENT), 0n);
    const flags = store.outbox.filter((e) => e.type === 'fiat.refund_shortfall');
    assert.equal(flags.length, 1);
    const flag = flags[0]!;
    assert.equal(flag.subject, AGENT);
    const stored = (await fiat.purchase(purchase.sessionId));
    assert.equal(stored.status, 'refunded');
    assert.equal(stored.shortfallAvt, avt(9_000n));

    // What a consumer (the payments service's auditor) does with it: narrow, then read typed data.
    const onBus: BusEvent = { id: '00000000-0000-4000-8000-000000000000', source: 'fiat', occurredAt: new Date().toISOString(), ...flag };
    assert.ok(fiatEvents.is(onBus, 'fiat.refund_shortfall'));
    assert.equal(onBus.data.shortfall_this_refund, '9000.000000000000000000');
    assert.equal(onBus.data.shortfall_avt, '9000.000000000000000000');
    assert.equal(onBus.data.session_id, purchase.sessionId);
    assert.equal(fiatEvents.is({ ...onBus, source: 'payments' }, 'fiat.refund_shortfall'), false);
  });

  it('lists fiat.refund_shortfall in the event contract, so the webhook catalogue and auditors see it', () => {
    const entry = fiatEvents.catalogue.find((e) => e.name === 'fiat.refund_shortfall');
    assert.ok(entry);
    assert.equal(entry.source, 'fiat');
    assert.equal(entry.scope, 'agent');
  });
});

describe('fiat: the README documents every setting', () => {
  it('has a configuration row for every FIAT_ and STRIPE_ variable', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| `'));
    const documented = new Set(rows.flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z0-9_]+)`/g)].map((m) => m[1]!)));
    const settings = Object.keys(fiatConfigShape).filter((name) => /^(FIAT|STRIPE)_/.test(name));
    assert.ok(settings.length >= 10, settings.join(', '));
    assert.deepEqual(settings.filter((name) => !documented.has(name)), []);
  });
});
