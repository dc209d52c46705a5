import type { LedgerClient } from '@agentvault/contracts/ledger';
import { amountFromDb, formatAmount } from '@agentvault/ledger/amount';
import type { LedgerPort } from '../domain/ports.js';

const TREASURY = 'system:treasury';

/** The ledger's gRPC API as the staking rules see it. */
export function ledgerPort(ledger: LedgerClient): LedgerPort {
  const transactionId = (r: { transaction: { transaction_id: string } | null }) => {
    // Always set by the ledger; a missing one is a broken peer, not a client error.
    if (!r.transaction) throw new Error('the ledger answered without its transaction');
    return { transactionId: r.transaction.transaction_id };
  };
  return {
    async lock(agentDid, amount, reference, reason) {
      return transactionId(await ledger.call('LockFunds', { agent_did: agentDid, amount: formatAmount(amount), reference, reason }));
    },
    async unlock(agentDid, amount, reference, reason) {
      return transactionId(await ledger.call('UnlockFunds', { agent_did: agentDid, amount: formatAmount(amount), reference, reason }));
    },
    async payout(agentDid, amount, reference, reason, toLocked) {
      return transactionId(await ledger.call('TreasuryPayout', { agent_did: agentDid, amount: formatAmount(amount), reference, reason, to_locked: toLocked }));
    },
    async liquidBalance(agentDid) {
      return amountFromDb((await ledger.call('GetBalance', { did: agentDid })).balance);
    },
    async lockedBalance(agentDid) {
      const r = await ledger.call('GetLockedBalances', { dids: [agentDid] });
      return amountFromDb(r.items[0]?.locked_balance ?? '0');
    },
    async treasuryBalance() {
      return amountFromDb((await ledger.call('GetBalance', { did: TREASURY })).balance);
    },
  };
}
