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

type AgentView = Awaited<ReturnType<AgentDirectory['get']>>;

/**
 * Identity's agents, read to check who owns what. Every proxied call asks about its buyer, so
 * answers are kept for `ttlMs` (an agent's owner never changes; a suspension shows within the
 * TTL, and the ledger refuses a suspended payer's hold at once regardless).
 */
export function agentDirectory(identity: IdentityClient, options: { ttlMs?: number; maxEntries?: number } = {}): AgentDirectory {
  const ttlMs = options.ttlMs ?? 5000;
  const maxEntries = options.maxEntries ?? 10_000;
  const cache = new Map<string, { at: number; agent: AgentView }>();
  return {
    async get(did) {
      const hit = cache.get(did);
      if (hit && Date.now() - hit.at < ttlMs) return hit.agent;
      let agent: AgentView;
      try {
        const found = await identity.call('GetAgent', { did });
        agent = { did: found.did, developerId: found.creator_developer_id, active: found.status === 'active' };
      } catch (err) {
        if (!(err instanceof DomainError && err.kind === 'not_found')) throw err;
        agent = null;
      }
      cache.delete(did);
      cache.set(did, { at: Date.now(), agent });
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
      return agent;
    },
  };
}
