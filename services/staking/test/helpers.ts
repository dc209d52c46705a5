import assert from 'node:assert/strict';
import { waitFor } from '@agentvault/testing';
import type { actors, TestAgent } from '../../ledger/test/helpers.js';

/** "12.5" (18 decimals or fewer) → 12.5 × 10^18. */
export const avt = (text: string): bigint => {
  const [whole, fraction = ''] = text.split('.');
  return BigInt(whole!) * 10n ** 18n + BigInt(fraction.padEnd(18, '0'));
};

/**
 * The ledger's audit agrees (minted − burned = Σ balances, liquid and locked), and so do
 * staking's books and the ledger's: each agent's locked AVT is exactly what staking says it has
 * staked plus unbonding. The two services commit separately, so a release or a compounded reward
 * in flight can sit between its two commits for a moment: the cross-check waits that out.
 */
export async function assertBooksAgree(a: ReturnType<typeof actors>, agents: TestAgent[]) {
  const audit = await a.audit();
  assert.equal(audit.consistent, true, JSON.stringify(audit));
  for (const agent of agents) {
    let last: any;
    await waitFor(async () => {
      const res = await a.http('GET', '/api/v1/staking/balance', { token: agent.token });
      assert.equal(res.status, 200, res.text);
      last = res.body;
      return avt(last.locked_balance) === avt(last.staked_balance) + avt(last.unbonding_balance);
    }, { timeoutMs: 5_000, what: `the locked balance of ${agent.did} to match its stakes` }).catch((err) => {
      throw new Error(`${(err as Error).message}: ${JSON.stringify(last)}`);
    });
  }
  return audit;
}
