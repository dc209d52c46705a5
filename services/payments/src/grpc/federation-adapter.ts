import type { FederationClient } from '@agentvault/contracts/federation';
import type { SlashChannel } from '../domain/cross-registry-slash.js';

/** The federation service carries rulings to peer registries; its answer is the peer's. */
export function federationSlashChannel(federation: FederationClient): SlashChannel {
  return {
    async deliver(input) {
      const o = await federation.call('DeliverSlash', {
        ruling_id: input.rulingId, registry: input.registry, agent_did: input.agentDid, token_penalty: input.tokenPenalty ?? '',
        reputation_adjustment: input.reputationAdjustment, reason: input.reason,
      });
      return { status: o.status === 'applied' ? 'applied' : 'refused', reason: o.reason || null, penaltyTransactionId: o.penalty_transaction_id || null };
    },
  };
}
