import type { Handlers } from '@agentvault/grpc';
import type { LedgerContract } from '@agentvault/contracts/ledger';
import { formatAmount } from '../domain/amount.js';
import { PUBLIC_ACCOUNT_NAMES, SYSTEM_ACCOUNTS } from '../domain/accounts.js';
import type { LockResult, LockService } from '../domain/locks.js';
import { transactionMessage } from './handlers.js';

/** proto ↔ domain for locks, treasury payouts and the transfer fee parameter. */

const lockResult = (r: LockResult) => ({
  transaction: transactionMessage(r.transaction),
  replayed: r.replayed,
  liquid_balance: formatAmount(r.liquidBalance),
  locked_balance: formatAmount(r.lockedBalance),
});

export function lockHandlers(locks: LockService): Pick<Handlers<LedgerContract>, 'LockFunds' | 'UnlockFunds' | 'GetLockedBalances' | 'TreasuryPayout' | 'SetTransferFee'> {
  return {
    LockFunds: async (req) => lockResult(await locks.lock({ agentDid: req.agent_did, amount: req.amount, reference: req.reference, reason: req.reason || undefined })),
    UnlockFunds: async (req) => lockResult(await locks.unlock({ agentDid: req.agent_did, amount: req.amount, reference: req.reference, reason: req.reason || undefined })),
    GetLockedBalances: async (req) => ({
      items: (await locks.lockedBalances(req.dids)).map((b) => ({ agent_id: b.agentDid, locked_balance: formatAmount(b.locked) })),
    }),
    TreasuryPayout: async (req) => {
      const r = await locks.payout({ agentDid: req.agent_did, amount: req.amount, reference: req.reference, reason: req.reason || undefined, toLocked: req.to_locked });
      return { transaction: transactionMessage(r.transaction), replayed: r.replayed };
    },
    SetTransferFee: async (req) => {
      const { fee } = await locks.setTransferFee({ amount: req.transfer_fee_amount, reference: req.reference });
      return { fee_active: fee > 0n, transfer_fee_amount: formatAmount(fee), fee_collection_address: PUBLIC_ACCOUNT_NAMES[SYSTEM_ACCOUNTS.fees] };
    },
  };
}
