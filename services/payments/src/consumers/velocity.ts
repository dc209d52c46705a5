import type { Kysely } from 'kysely';
import type { DomainEvent } from '@agentvault/events';
import { ledgerEvents } from '@agentvault/contracts/ledger-events';
import type { AuditorService } from '../domain/auditor.js';
import type { PaymentsRepositories } from '../domain/ports.js';
import type { PaymentsDatabase } from '../store/schema.js';

export const VELOCITY_CONSUMER = 'payments-auditor-velocity';

/**
 * The ledger's completed transfers, fed to HIGH_VELOCITY_TRANSFERS inside the idempotent
 * handler's transaction, several at once under load: each transfer is remembered by its
 * transaction id and the flag by its dedupe key, so a redelivery changes nothing. Time is the
 * transfer's, not the consumer's.
 */
export function velocityConsumer(auditor: AuditorService, repositoriesFor: (trx: Kysely<PaymentsDatabase>) => PaymentsRepositories) {
  return async (events: readonly DomainEvent[], trx: Kysely<PaymentsDatabase>) => {
    const transfers = events.flatMap((event) => {
      if (!ledgerEvents.is(event, 'transaction.completed')) return [];
      const at = new Date(event.occurredAt);
      return [{ transactionId: event.data.transaction_id, senderDid: event.data.sender_agent_id, at: Number.isNaN(at.getTime()) ? new Date() : at }];
    });
    if (transfers.length > 0) await auditor.onTransfers(repositoriesFor(trx), transfers);
  };
}
