import type { ServiceClient } from '@agentvault/grpc';
import { amountFromDb, formatAmount } from '@agentvault/ledger/amount';
import type { LedgerPort } from '../domain/ports.js';

const TREASURY = 'system:treasury';

/** The ledger's gRPC API as the staking rules see it. */
export function ledgerPort(ledger: ServiceClient): LedgerPort {
  return {
    async lock(agentDid, amount, reference, reason) {
      const r = await ledger.call<{ transaction: { transaction_id: string } }>('LockFunds', { agent_did: agentDid, amount: formatAmount(amount), reference, reason });
      return { transactionId: r.transaction.transaction_id };
    },
    async unlock(agentDid, amount, reference, reason) {
      const r = await ledger.call<{ transaction: { transaction_id: string } }>('UnlockFunds', { agent_did: agentDid, amount: formatAmount(amount), reference, reason });
      return { transactionId: r.transaction.transaction_id };
    },
    async payout(agentDid, amount, reference, reason, toLocked) {
      const r = await ledger.call<{ transaction: { transaction_id: string } }>('TreasuryPayout', { agent_did: agentDid, amount: formatAmount(amount), reference, reason, to_locked: toLocked });
      return { transactionId: r.transaction.transaction_id };
    },
    async liquidBalance(agentDid) {
      return amountFromDb((await ledger.call<{ balance: string }>('GetBalance', { did: agentDid })).balance);
    },
    async lockedBalance(agentDid) {
      const r = await ledger.call<{ items: Array<{ locked_balance: string }> }>('GetLockedBalances', { dids: [agentDid] });
      return amountFromDb(r.items[0]?.locked_balance ?? '0');
    },
    async treasuryBalance() {
      return amountFromDb((await ledger.call<{ balance: string }>('GetBalance', { did: TREASURY })).balance);
    },
  };
}
