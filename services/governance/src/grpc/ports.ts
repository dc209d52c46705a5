import type { LedgerClient } from '@agentvault/contracts/ledger';
import type { StakingClient } from '@agentvault/contracts/staking';
import { amountFromDb } from '@agentvault/ledger/amount';
import type { ExecutionPort, VotingPowerPort } from '../domain/ports.js';

/** Staking's voting power, over its gRPC API. */
export function votingPowerPort(staking: StakingClient): VotingPowerPort {
  return {
    async currentPower(did) {
      return amountFromDb((await staking.call('GetVotingPower', { agent_did: did })).voting_power);
    },
    async snapshot(id) {
      return amountFromDb((await staking.call('TakeSnapshot', { snapshot_id: id })).total_power);
    },
    async powerAt(id, did) {
      return amountFromDb((await staking.call('GetSnapshotPower', { snapshot_id: id, agent_did: did })).voting_power);
    },
  };
}

/** The ledger executes passed proposals (it owns the fee and the treasury). */
export function executionPort(ledger: LedgerClient): ExecutionPort {
  return {
    async setTransferFee(amount, reference) {
      return (await ledger.call('SetTransferFee', { transfer_fee_amount: amount, reference })).transfer_fee_amount;
    },
    async treasurySpend(recipientDid, amount, reference, reason) {
      const { transaction } = await ledger.call('TreasuryPayout', { agent_did: recipientDid, amount, reference, reason, to_locked: false });
      // Always set by the ledger; a missing one is a broken peer.
      if (!transaction) throw new Error('the ledger answered without its transaction');
      return transaction.transaction_id;
    },
  };
}
