import type { Handlers } from '@agentvault/grpc';
import type { FederationContract } from '@agentvault/contracts/federation';
import { validationError } from '@agentvault/errors';
import type { FederatedVoteService } from '../domain/federated-votes.js';
import type { CrossRegistrySlashService } from '../domain/cross-registry-slash.js';

/** proto ↔ domain for federated votes and the cross-registry slash; no rules here. */

type FederatedMethods = 'ReceiveFederatedProposal' | 'ReceiveFederatedTally' | 'DeliverSlash' | 'ReceiveSlash';

function body(text: string): Record<string, unknown> {
  if (!text) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // refused below
  }
  throw validationError('the body must be a JSON object', 'body');
}

const json = (value: unknown) => ({ json: JSON.stringify(value) });

export function federatedHandlers(votes: FederatedVoteService, slashes: CrossRegistrySlashService): Pick<Handlers<FederationContract>, FederatedMethods> {
  return {
    ReceiveFederatedProposal: async (req) => json(await votes.receiveProposal({ method: req.method, url: req.url, headers: req.headers, body: req.body }, body(req.body))),
    ReceiveFederatedTally: async (req) => json(await votes.receiveTally({ method: req.method, url: req.url, headers: req.headers, body: req.body }, body(req.body))),
    ReceiveSlash: async (req) => json(await slashes.receive({ method: req.method, url: req.url, headers: req.headers, body: req.body }, body(req.body))),
    DeliverSlash: async (req) => {
      const o = await slashes.deliver({
        rulingId: req.ruling_id, registry: req.registry, agentDid: req.agent_did, tokenPenalty: req.token_penalty || null,
        reputationAdjustment: req.reputation_adjustment, reason: req.reason,
      });
      return { status: o.status, reason: o.reason ?? '', penalty_transaction_id: o.penaltyTransactionId ?? '', registry: o.registry, new_reputation_score: o.newReputationScore ?? 0 };
    },
  };
}
