import type { Kysely } from 'kysely';
import type { DomainEvent } from '@agentvault/events';
import type { IdentityRepositories } from '../domain/ports.js';
import type { IdentityDatabase } from '../store/schema.js';

/**
 * The ledger decides suspensions; identity mirrors them on the agent, so a suspended agent
 * shows as such and is refused new tokens.
 */
export const AGENT_STATUS_EVENTS = new Set(['agent.suspended', 'agent.reinstated']);

export function agentStatusConsumer(repositoriesFor: (trx: Kysely<IdentityDatabase>) => IdentityRepositories) {
  return async (event: DomainEvent, trx: Kysely<IdentityDatabase>) => {
    if (!AGENT_STATUS_EVENTS.has(event.type)) return;
    const did = String(event.data.agent_did ?? '');
    if (!did) return;
    await repositoriesFor(trx).agents.setStatus(did, event.type === 'agent.suspended' ? 'suspended' : 'active');
  };
}
