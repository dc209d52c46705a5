import type { Kysely } from 'kysely';
import { identityEvents } from '@agentvault/contracts/identity-events';
import type { BusEvent } from '@agentvault/contracts/events';
import { repositories } from '../store/ledger-store.js';
import type { LedgerDatabase } from '../store/schema.js';

/** The durable consumer's name; it resumes where it left off. */
export const AGENT_ACCOUNTS_CONSUMER = 'ledger-accounts';

/** An agent's account opens when identity says the agent exists (idempotent: opening twice is a no-op). */
export async function openAgentAccount(event: BusEvent, trx: Kysely<LedgerDatabase>): Promise<void> {
  if (!identityEvents.is(event, 'agent.created')) return;
  await repositories(trx).accounts.openAgent(event.data.agent_did, event.data.developer_id);
}
