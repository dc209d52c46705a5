import type { Kysely } from 'kysely';
import type { DomainEvent } from '@agentvault/events';
import { fiatEvents } from '@agentvault/contracts/fiat-events';
import type { AuditorService } from '../domain/auditor.js';
import type { PaymentsRepositories } from '../domain/ports.js';
import type { PaymentsDatabase } from '../store/schema.js';

export const REFUND_SHORTFALL_CONSUMER = 'payments-auditor-refund-shortfall';

/** The fiat service's refund shortfalls, each raised as an auditor flag on the agent that had spent the AVT. */
export function refundShortfallConsumer(auditor: AuditorService, repositoriesFor: (trx: Kysely<PaymentsDatabase>) => PaymentsRepositories) {
  return async (event: DomainEvent, trx: Kysely<PaymentsDatabase>) => {
    if (!fiatEvents.is(event, 'fiat.refund_shortfall') || !event.data.agent_did) return;
    await auditor.onRefundShortfall(repositoriesFor(trx), {
      sessionId: event.data.session_id, agentDid: event.data.agent_did, shortfallThisRefund: event.data.shortfall_this_refund, shortfallTotal: event.data.shortfall_avt,
    });
  };
}
