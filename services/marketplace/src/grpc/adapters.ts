import type { IdentityClient } from '@agentvault/contracts/identity';
import type { LedgerClient } from '@agentvault/contracts/ledger';
import { DomainError } from '@agentvault/errors';
import { formatAmount } from '@agentvault/ledger/amount';
import type { AgentDirectory, LedgerPort } from '../domain/ports.js';

/** The ledger's holds over gRPC. */
export function ledgerPort(ledger: LedgerClient): LedgerPort {
  return {
    async placeHold(input) {
      const r = await ledger.call('PlaceHold', {
        payer_did: input.payerDid, receiver_did: input.receiverDid, amount: formatAmount(input.amount), reference: input.reference, purpose: input.purpose, expires_at: '',
      });
      if (!r.hold) throw new Error('ledger answered PlaceHold without a hold');
      return { holdId: r.hold.hold_id };
    },
    async postHold(input) {
      const r = await ledger.call('PostHold', { hold_id: input.holdId, receiver_did: input.receiverDid, commission_amount: formatAmount(input.commission) });
      const transactionId = r.hold?.transaction_id || r.transaction?.transaction_id;
      if (!transactionId) throw new Error('ledger answered PostHold without a transaction');
      return { transactionId };
    },
    async voidHold(input) {
      try {
        await ledger.call('VoidHold', { hold_id: input.holdId, reason: input.reason, expire: false });
      } catch (err) {
        // Posted already cannot happen for a failed call; not found means there is nothing to give back.
        if (err instanceof DomainError && err.kind === 'not_found') return;
        throw err;
      }
    },
  };
}

/** Identity's agents, read to check who owns what. */
export function agentDirectory(identity: IdentityClient): AgentDirectory {
  return {
    async get(did) {
      try {
        const agent = await identity.call('GetAgent', { did });
        return { did: agent.did, developerId: agent.creator_developer_id, active: agent.status === 'active' };
      } catch (err) {
        if (err instanceof DomainError && err.kind === 'not_found') return null;
        throw err;
      }
    },
  };
}
