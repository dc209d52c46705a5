import { DomainError } from '@agentvault/errors';
import { formatAmount } from '@agentvault/ledger/amount';
import type { Dispute } from './model.js';
import { disputeEventData } from './disputes.js';
import type { PaymentsUnitOfWork } from './ports.js';

/**
 * The cross-registry slash, the payments side. A ruling whose penalty falls on a defendant of
 * another registry is recorded here as usual, but its token penalty and reputation adjustment
 * are carried out by that registry: the federation service delivers the ruling over the signed
 * peer channel and brings back the peer's final answer, applied or refused with a reason, which
 * is recorded on the ruling. Until there is a final answer the ruling stays `pending` and is
 * delivered again; the peer applies each ruling once (its key is the ruling id), so a retry or a
 * replay changes nothing there.
 */

export interface SlashChannel {
  /** The peer's final answer; throws (service_unavailable) while there is none. */
  deliver(input: { rulingId: string; registry: string; agentDid: string; tokenPenalty: string | null; reputationAdjustment: number; reason: string }): Promise<{
    status: 'applied' | 'refused';
    reason: string | null;
    penaltyTransactionId: string | null;
  }>;
}

/** Whether a ruling's penalty is for another registry to carry out. */
export const isRemoteSlash = (d: Pick<Dispute, 'penalizedDid' | 'defendantDid' | 'defendantRegistry'>) =>
  d.defendantRegistry !== null && d.penalizedDid !== null && d.penalizedDid === d.defendantDid;

export class RemoteSlashes {
  constructor(
    private readonly uow: PaymentsUnitOfWork,
    private readonly channel: SlashChannel,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** One delivery attempt of a pending ruling; the dispute as it stands after it. */
  async carryOut(d: Dispute): Promise<Dispute> {
    if (d.remoteSlashStatus !== 'pending' || !d.penalizedDid || !d.defendantRegistry) return d;
    let answer: Awaited<ReturnType<SlashChannel['deliver']>>;
    try {
      answer = await this.channel.deliver({
        rulingId: d.id, registry: d.defendantRegistry, agentDid: d.penalizedDid, tokenPenalty: d.tokenPenalty === null ? null : formatAmount(d.tokenPenalty),
        reputationAdjustment: d.reputationAdjustment, reason: `dispute ${d.id} ruled ${d.status}`,
      });
    } catch (err) {
      // No final answer yet: the reason says why, the status stays pending and the ruling goes again.
      const why = err instanceof DomainError ? err.message : `the federation service failed: ${(err as Error).message}`;
      await this.uow.run((repos) => repos.disputes.update(d.id, { remoteSlashReason: why.slice(0, 500), updatedAt: this.now() }));
      return { ...d, remoteSlashReason: why };
    }
    return this.uow.run(async (repos) => {
      const current = (await repos.disputes.lock(d.id))!;
      if (current.remoteSlashStatus !== 'pending') return current;
      const changes: Partial<Dispute> = {
        remoteSlashStatus: answer.status, remoteSlashReason: answer.reason?.slice(0, 1000) ?? null, remotePenaltyTransactionId: answer.penaltyTransactionId, updatedAt: this.now(),
      };
      await repos.disputes.update(d.id, changes);
      const settled = { ...current, ...changes };
      await repos.outbox.emit({
        type: answer.status === 'applied' ? 'dispute.cross_registry_slash_applied' : 'dispute.cross_registry_slash_refused', subject: settled.claimantDid,
        data: { ...disputeEventData(settled), defendant_registry: settled.defendantRegistry!, reason: settled.remoteSlashReason, penalty_transaction_id: settled.remotePenaltyTransactionId },
      });
      return settled;
    });
  }

  async retryPending(limit = 20): Promise<void> {
    for (const d of await this.uow.read.disputes.remoteSlashesPending(limit)) await this.carryOut(d);
  }
}
