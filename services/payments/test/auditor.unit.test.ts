import assert from 'node:assert/strict';
import { AuditorService, HIGH_VELOCITY_TRANSFERS } from '../src/domain/auditor.js';
import type { AuditorFlag, AuditorRule } from '../src/domain/model.js';
import type { PaymentsRepositories, PaymentsUnitOfWork } from '../src/domain/ports.js';

/** The repositories the velocity rule uses, in memory, recording how it called them. */
function memoryRepositories() {
  const observed: Array<{ transactionId: string; senderDid: string; at: Date }> = [];
  const lastFlag = new Map<string, Date | null>();
  const flags: AuditorFlag[] = [];
  const calls = { lockAgents: [] as string[][], timesOf: 0 };
  const rule: AuditorRule = {
    code: HIGH_VELOCITY_TRANSFERS, description: '', enabled: true, thresholds: { max_transfers: 2, window_seconds: 60 }, severity: 'HIGH', updatedAt: new Date(),
  };
  const repos = {
    rules: { get: async (code: string) => (code === rule.code ? rule : null) },
    velocity: {
      async observe(transfers: ReadonlyArray<{ transactionId: string; senderDid: string; at: Date }>) {
        const fresh = new Set<string>();
        for (const t of transfers) {
          if (observed.some((o) => o.transactionId === t.transactionId)) continue;
          observed.push(t);
          fresh.add(t.transactionId);
        }
        return fresh;
      },
      async timesOf(senders: readonly string[], after: Date, upTo: Date) {
        calls.timesOf++;
        const times = new Map<string, Date[]>();
        for (const o of [...observed].sort((a, b) => a.at.getTime() - b.at.getTime())) {
          if (!senders.includes(o.senderDid) || o.at <= after || o.at > upTo) continue;
          times.set(o.senderDid, [...(times.get(o.senderDid) ?? []), o.at]);
        }
        return times;
      },
      async lockAgents(_code: string, agents: readonly string[]) {
        calls.lockAgents.push([...agents]);
        return new Map(agents.map((a) => [a, lastFlag.get(a) ?? null]));
      },
      async flagged(_code: string, agent: string, at: Date) {
        lastFlag.set(agent, at);
      },
    },
    flags: {
      async insert(flag: AuditorFlag) {
        if (flags.some((f) => f.dedupeKey === flag.dedupeKey)) return false;
        flags.push(flag);
        return true;
      },
    },
    outbox: { emit: async () => undefined },
  } as unknown as PaymentsRepositories;
  return { repos, flags, calls };
}

describe('payments auditor: HIGH_VELOCITY_TRANSFERS over a batch', () => {
  const auditor = new AuditorService({} as PaymentsUnitOfWork, { maxTransfers: 2, windowSeconds: 60 });
  const at = (second: number) => new Date(Date.UTC(2026, 11, 1, 12, 0, second));

  it('judges every sender of a batch with one lock and one window read, each on its own transfers', async () => {
    const { repos, flags, calls } = memoryRepositories();
    const batch = [
      { transactionId: 't1', senderDid: 'did:c', at: at(1) },
      { transactionId: 't2', senderDid: 'did:a', at: at(2) },
      { transactionId: 't3', senderDid: 'did:a', at: at(3) },
      { transactionId: 't4', senderDid: 'did:b', at: at(4) },
      { transactionId: 't5', senderDid: 'did:a', at: at(5) }, // a's third within 60 s: flagged
      { transactionId: 't6', senderDid: 'did:c', at: at(6) },
      { transactionId: 't7', senderDid: 'did:a', at: at(7) }, // a again, within the flag's window: not again
      { transactionId: 't8', senderDid: 'did:c', at: at(8) }, // c's third: flagged
    ];
    const raised = await auditor.onTransfers(repos, batch);
    assert.deepEqual(raised.map((f) => [f.flaggedAgentDid, f.relatedTransactionIds[0]]), [['did:a', 't5'], ['did:c', 't8']]);
    assert.equal(flags.length, 2);
    assert.deepEqual(calls.lockAgents, [['did:a', 'did:b', 'did:c']], 'one lock, in agent order');
    assert.equal(calls.timesOf, 1);
  });

  it('counts transfers of earlier batches in the window, and none seen twice', async () => {
    const { repos } = memoryRepositories();
    assert.deepEqual(await auditor.onTransfers(repos, [{ transactionId: 'x1', senderDid: 'did:a', at: at(1) }, { transactionId: 'x2', senderDid: 'did:a', at: at(2) }]), []);
    // x2 comes again (a redelivery) with the next one: x3 is the third, x2 is not counted twice.
    const raised = await auditor.onTransfers(repos, [{ transactionId: 'x2', senderDid: 'did:a', at: at(2) }, { transactionId: 'x3', senderDid: 'did:a', at: at(3) }]);
    assert.deepEqual(raised.map((f) => f.relatedTransactionIds[0]), ['x3']);
    assert.match(raised[0]!.reason, /^3 transfers within 60 seconds/);
  });
});
