import { randomBytes } from 'node:crypto';
import { DomainError, forbidden, validationError } from '@agentvault/errors';
import { parseAmount } from '@agentvault/ledger/amount';
import type { AvtpReport } from './model.js';
import type { LedgerPort, PaymentsUnitOfWork } from './ports.js';

/**
 * AVTP transaction summaries. The initiating agent (the consumer of the service) reports the
 * outcome; the responding agent's usage-derived reputation moves by the outcome, once per AVTP
 * transaction id: the ledger's reputation adjustment is asked under the key `avtp:<id>` (applied
 * once however often it is asked), then the report is recorded, unique on that id.
 */

export const AVTP_OUTCOMES: Record<string, number> = { SUCCESS: 1, PARTIAL_SUCCESS: 0, FAILURE: -1, TIMEOUT: -1, SLA_BREACH: -1, CANCELLED: 0 };

const field = (value: string | undefined, name: string, max: number, required = false) => {
  const v = (value ?? '').trim();
  if (required && !v) throw validationError(`${name} is required`, name);
  if (v.length > max) throw validationError(`${name} must be at most ${max} characters`, name);
  return v || null;
};

export class AvtpService {
  constructor(
    private readonly uow: PaymentsUnitOfWork,
    private readonly ledger: LedgerPort,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async report(input: {
    reporterDid: string; avtpTransactionId: string; initiatingDid: string; respondingDid: string; serviceIdentifier?: string;
    price?: string; outcomeStatus: string; slaIdentifier?: string; rawLogPointer?: string;
  }) {
    const avtpId = field(input.avtpTransactionId, 'avtp_transaction_id', 200, true)!;
    const initiating = field(input.initiatingDid, 'initiating_agent_did', 300, true)!;
    const responding = field(input.respondingDid, 'responding_agent_did', 300, true)!;
    if (initiating === responding) throw validationError('the initiating and responding agents must differ', 'responding_agent_did');
    if (input.reporterDid !== initiating) throw forbidden('Only the initiating agent can report an AVTP transaction');
    const outcome = (input.outcomeStatus ?? '').trim().toUpperCase();
    if (!(outcome in AVTP_OUTCOMES)) throw validationError(`outcome_status must be one of ${Object.keys(AVTP_OUTCOMES).join(', ')}`, 'outcome_status');
    const report: AvtpReport = {
      id: 'avtp_log_' + randomBytes(12).toString('hex'), avtpTransactionId: avtpId, reporterDid: input.reporterDid, initiatingDid: initiating,
      respondingDid: responding, serviceIdentifier: field(input.serviceIdentifier, 'service_identifier', 256),
      price: input.price ? parseAmount(input.price, 'price_avt', { allowZero: true }) : null, outcomeStatus: outcome,
      slaIdentifier: field(input.slaIdentifier, 'sla_identifier_referenced', 256), rawLogPointer: field(input.rawLogPointer, 'raw_log_pointer', 2048),
      reputationDelta: AVTP_OUTCOMES[outcome]!, reputationApplied: false, createdAt: this.now(),
    };
    const earlier = await this.uow.read.avtp.byTransactionId(avtpId);
    if (earlier) return { report: this.sameReport(earlier, report), duplicate: true };
    // The ledger applies the key once: a retry after a crash here adjusts nothing twice.
    if (report.reputationDelta !== 0) {
      await this.ledger.adjustReputation({
        agentDid: responding, delta: report.reputationDelta, key: `avtp:${avtpId}`, reason: `AVTP ${outcome} (${avtpId})`,
      });
    }
    const recorded = { ...report, reputationApplied: true };
    const fresh = await this.uow.run(async (repos) => {
      if (!(await repos.avtp.insert(recorded))) return false;
      await repos.outbox.emit({
        type: 'avtp_transaction.reported', subject: responding,
        data: { log_id: recorded.id, avtp_transaction_id: avtpId, initiating_agent_did: initiating, responding_agent_did: responding, outcome_status: outcome, reputation_delta: recorded.reputationDelta },
      });
      return true;
    });
    if (!fresh) return { report: this.sameReport((await this.uow.read.avtp.byTransactionId(avtpId))!, report), duplicate: true };
    return { report: recorded, duplicate: false };
  }

  private sameReport(existing: AvtpReport, report: AvtpReport) {
    if (existing.initiatingDid !== report.initiatingDid || existing.respondingDid !== report.respondingDid || existing.outcomeStatus !== report.outcomeStatus) {
      throw new DomainError('conflict', `AVTP transaction ${report.avtpTransactionId} was reported before with other parties or outcome`, { code: 'AVTP_ALREADY_REPORTED', field: 'avtp_transaction_id' });
    }
    return existing;
  }
}
