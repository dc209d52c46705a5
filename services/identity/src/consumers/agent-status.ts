import type { Kysely } from 'kysely';
import { ledgerEvents } from '@agentvault/contracts/ledger-events';
import type { BusEvent } from '@agentvault/contracts/events';
import type { IdentityRepositories } from '../domain/ports.js';
import type { IdentityDatabase } from '../store/schema.js';

/**
 * The ledger decides suspensions; identity mirrors them on the agent, so a suspended agent
 * shows as such and is refused new tokens.
 */
export function agentStatusConsumer(repositoriesFor: (trx: Kysely<IdentityDatabase>) => IdentityRepositories) {
  return async (event: BusEvent, trx: Kysely<IdentityDatabase>) => {
    const suspended = ledgerEvents.is(event, 'agent.suspended');
    if (!suspended && !ledgerEvents.is(event, 'agent.reinstated')) return;
    await repositoriesFor(trx).agents.setStatus(event.data.agent_did, suspended ? 'suspended' : 'active');
  };
}

/** Whether an event is one this consumer acts on (others skip the transaction). */
agentStatusConsumer.accepts = (event: BusEvent): boolean => ledgerEvents.is(event, 'agent.suspended') || ledgerEvents.is(event, 'agent.reinstated');
