import type { LedgerClient } from '@agentvault/contracts/ledger';
import type { BridgeLedger } from './domain/bridge-ports.js';

/** The bridge's money is the ledger's: its BridgeMove and figures over gRPC. */
export function bridgeLedger(ledger: LedgerClient): BridgeLedger {
  return {
    async move(input) {
      const r = await ledger.call('BridgeMove', { kind: input.kind, reference: input.reference, peer: input.peer, agent_did: input.agentDid, amount: input.amount, memo: input.memo ?? '', hold_id: input.holdId ?? '' });
      const outcome = r.outcome === 'done' || r.outcome === 'replayed' || r.outcome === 'preempted' ? r.outcome : 'done';
      return { outcome, recordedKind: r.recorded_kind };
    },
    async figures(peer) {
      const f = await ledger.call('GetBridgeFigures', { peer });
      return { escrowLocked: f.escrow_locked, wrappedSupply: f.wrapped_supply };
    },
  };
}
