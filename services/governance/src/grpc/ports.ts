import type { ServiceClient } from '@agentvault/grpc';
import { amountFromDb } from '@agentvault/ledger/amount';
import type { ExecutionPort, VotingPowerPort } from '../domain/ports.js';

/** Staking's voting power, over its gRPC API. */
export function votingPowerPort(staking: ServiceClient): VotingPowerPort {
  return {
    async currentPower(did) {
      return amountFromDb((await staking.call<{ voting_power: string }>('GetVotingPower', { agent_did: did })).voting_power);
    },
    async snapshot(id) {
      return amountFromDb((await staking.call<{ total_power: string }>('TakeSnapshot', { snapshot_id: id })).total_power);
    },
    async powerAt(id, did) {
      return amountFromDb((await staking.call<{ voting_power: string }>('GetSnapshotPower', { snapshot_id: id, agent_did: did })).voting_power);
    },
  };
}

/** The ledger executes passed proposals (it owns the fee and the treasury). */
export function executionPort(ledger: ServiceClient): ExecutionPort {
  return {
    async setTransferFee(amount, reference) {
      return (await ledger.call<{ transfer_fee_amount: string }>('SetTransferFee', { transfer_fee_amount: amount, reference })).transfer_fee_amount;
    },
    async treasurySpend(recipientDid, amount, reference, reason) {
      return (await ledger.call<{ transaction: { transaction_id: string } }>('TreasuryPayout', { agent_did: recipientDid, amount, reference, reason, to_locked: false })).transaction.transaction_id;
    },
  };
}
