import type { Handlers } from '@agentvault/grpc';
import type { LedgerContract } from '@agentvault/contracts/ledger';
import { formatAmount } from '../domain/amount.js';
import type { BridgeService } from '../domain/bridge.js';

/** proto ↔ domain for the SF-3 bridge's movements and figures. */
export function bridgeHandlers(bridge: BridgeService): Pick<Handlers<LedgerContract>, 'BridgeMove' | 'GetBridgeFigures' | 'GetWrappedBalances'> {
  return {
    BridgeMove: async (req) => {
      const r = await bridge.move({ kind: req.kind, reference: req.reference, peer: req.peer, agentDid: req.agent_did, amount: req.amount, memo: req.memo || undefined, holdId: req.hold_id || undefined });
      return { outcome: r.outcome, recorded_kind: r.recordedKind, transaction_id: r.transactionId ?? '', balance_after: r.balanceAfter };
    },
    GetBridgeFigures: async (req) => {
      const f = await bridge.figures(req.peer);
      return { peer: req.peer, escrow_locked: formatAmount(f.escrowLocked), wrapped_supply: formatAmount(f.wrappedSupply) };
    },
    GetWrappedBalances: async (req) => ({
      agent_id: req.did,
      items: (await bridge.wrappedBalances(req.did)).map((b) => ({ origin: b.origin, balance: formatAmount(b.balance) })),
    }),
  };
}
