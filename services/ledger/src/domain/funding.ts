import { randomBytes } from 'node:crypto';
import { DomainError, notFound, validationError } from '@agentvault/errors';
import { formatAmount, parseAmount } from './amount.js';
import { SYSTEM_ACCOUNTS } from './accounts.js';
import { newTransactionId, type LedgerService } from './ledger-service.js';
import type { FundingRequest, FundingStatus, LedgerTransaction } from './model.js';
import type { FundingDecision, UnitOfWork } from './ports.js';

/**
 * Funding requests (flow 10): an agent asks the treasury for AVT; an administrator approves it,
 * which funds the agent exactly once, or rejects it. A request is decided once and for all.
 *
 * Exactly once rests on two things, both inside the approving transaction: the request's row is
 * locked before its status is read (concurrent approvals queue and all but the first find it
 * decided), and the funding movement's emit key is fixed per request (`funding-approved-{id}`),
 * so the event store's UNIQUE key refuses a second movement whatever happens above it.
 */

export const FUNDING_STATUSES: readonly FundingStatus[] = ['pending', 'approved', 'rejected'];
export const MAX_FUNDING_REASON_LENGTH = 256;

/** The event store's keys for a request's three possible entries: deterministic per request. */
export const fundingEmitKeys = {
  requested: (requestId: string) => `funding-requested-${requestId}`,
  approved: (requestId: string) => `funding-approved-${requestId}`,
  rejected: (requestId: string) => `funding-rejected-${requestId}`,
};

export function newFundingRequestId(): string {
  return 'fr_' + randomBytes(16).toString('hex');
}

/** A reason: trimmed, at most 256 characters; required from the agent, optional from an admin. */
export function parseFundingReason(input: unknown, field: string, required: boolean): string | null {
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) {
    if (required) throw validationError(`${field} is required`, field);
    return null;
  }
  if (typeof input !== 'string') throw validationError(`${field} must be a string`, field);
  const text = input.trim();
  if (text.length > MAX_FUNDING_REASON_LENGTH) throw validationError(`${field} must be at most ${MAX_FUNDING_REASON_LENGTH} characters`, field);
  return text;
}

export function parseFundingStatus(input: string | undefined): FundingStatus | undefined {
  if (!input) return undefined;
  if (!(FUNDING_STATUSES as readonly string[]).includes(input)) {
    throw validationError(`status must be one of ${FUNDING_STATUSES.join(', ')}`, 'status');
  }
  return input as FundingStatus;
}

/** A decision needs a pending request: a second approval, or an approval after a rejection, is a conflict. */
export function assertPending(request: FundingRequest): void {
  if (request.status !== 'pending') {
    throw new DomainError('conflict', `Funding request ${request.id} is already ${request.status}`, {
      code: 'FUNDING_REQUEST_ALREADY_DECIDED',
      context: { request_id: request.id, status: request.status },
    });
  }
}

const suspended = () => new DomainError('forbidden', 'Agent account is suspended', { code: 'AUTH_AGENT_SUSPENDED' });

function page(limit: number, offset: number) {
  return { limit: limit > 0 ? Math.min(limit, 100) : 50, offset: Math.max(offset, 0) };
}

export interface FundingApproval {
  request: FundingRequest;
  transaction: LedgerTransaction;
}

export class FundingService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly ledger: LedgerService,
  ) {}

  /** An agent asks for AVT. A suspended agent may not. */
  async request(input: { agentDid: string; amount: unknown; reason: unknown }): Promise<FundingRequest> {
    const amount = parseAmount(input.amount);
    const reason = parseFundingReason(input.reason, 'reason', true)!;
    await this.ledger.requireAgentAccount(input.agentDid, 'Agent');
    return this.uow.run(async (repos) => {
      const account = await repos.accounts.get(input.agentDid);
      if (!account || account.status !== 'active') throw suspended();
      const request: FundingRequest = {
        id: newFundingRequestId(), agentDid: input.agentDid, amount, reason, status: 'pending', createdAt: new Date(),
        decidedAt: null, decidedBy: null, decisionReason: null, transactionId: null,
      };
      await repos.fundingRequests.insert(request);
      await repos.eventStore.append({
        emitKey: fundingEmitKeys.requested(request.id), type: 'FundingRequested', transactionId: null,
        payload: { request_id: request.id, agent: request.agentDid, amount: formatAmount(amount), reason },
        postings: [],
      });
      await repos.outbox.emit({
        type: 'funding.requested', subject: request.agentDid,
        data: { request_id: request.id, agent_did: request.agentDid, amount: formatAmount(amount), reason },
      });
      return request;
    });
  }

  /**
   * Approves a pending request: treasury → agent in the same transaction as the status change.
   * The request stays pending when the movement cannot happen (treasury short: 422; agent
   * suspended in the meantime: 409), so that an administrator can retry or reject it.
   */
  async approve(input: { requestId: string; adminId: string }): Promise<FundingApproval> {
    return this.uow.run(async (repos) => {
      const request = await repos.fundingRequests.lock(input.requestId);
      if (!request) throw notFound(`Funding request ${input.requestId} not found`);
      assertPending(request);
      const emitKey = fundingEmitKeys.approved(request.id);
      if (await repos.eventStore.exists(emitKey)) {
        // Cannot happen while the row says pending; refuse rather than move money a second time.
        throw new DomainError('conflict', `Funding request ${request.id} has already been funded`, { code: 'FUNDING_REQUEST_ALREADY_DECIDED' });
      }
      const agent = (await repos.accounts.lock([request.agentDid, SYSTEM_ACCOUNTS.treasury])).get(request.agentDid);
      if (!agent) throw notFound(`Agent ${request.agentDid} not found`);
      // A suspended agent is refused by the movement itself (409, see assertCreditsAllowed); the request stays pending.
      const message = `funding request ${request.id}: ${request.reason}`.slice(0, MAX_FUNDING_REASON_LENGTH);
      const transaction = await this.ledger.fundInside(repos, newTransactionId(), request.agentDid, request.amount, message, emitKey);
      const decision: FundingDecision = { status: 'approved', decidedAt: new Date(), decidedBy: input.adminId || null, decisionReason: null, transactionId: transaction.id };
      await repos.fundingRequests.decide(request.id, decision);
      const decided: FundingRequest = { ...request, ...decision };
      await repos.outbox.emit({
        type: 'funding.approved', subject: request.agentDid,
        data: {
          request_id: request.id, agent_did: request.agentDid, amount: formatAmount(request.amount),
          transaction_id: transaction.id, decided_by: decided.decidedBy,
        },
      });
      return { request: decided, transaction };
    });
  }

  /** Rejects a pending request; no money moves. */
  async reject(input: { requestId: string; adminId: string; reason?: unknown }): Promise<FundingRequest> {
    const reason = parseFundingReason(input.reason, 'reason', false);
    return this.uow.run(async (repos) => {
      const request = await repos.fundingRequests.lock(input.requestId);
      if (!request) throw notFound(`Funding request ${input.requestId} not found`);
      assertPending(request);
      const decision: FundingDecision = { status: 'rejected', decidedAt: new Date(), decidedBy: input.adminId || null, decisionReason: reason, transactionId: null };
      await repos.fundingRequests.decide(request.id, decision);
      const decided: FundingRequest = { ...request, ...decision };
      const fresh = await repos.eventStore.append({
        emitKey: fundingEmitKeys.rejected(request.id), type: 'FundingRejected', transactionId: null,
        payload: { request_id: request.id, agent: request.agentDid, amount: formatAmount(request.amount), reason, decided_by: decided.decidedBy },
        postings: [],
      });
      if (!fresh) throw new DomainError('conflict', `Funding request ${request.id} is already rejected`, { code: 'FUNDING_REQUEST_ALREADY_DECIDED' });
      await repos.outbox.emit({
        type: 'funding.rejected', subject: request.agentDid,
        data: { request_id: request.id, agent_did: request.agentDid, amount: formatAmount(request.amount), reason, decided_by: decided.decidedBy },
      });
      return decided;
    });
  }

  /** One agent's requests (agentDid), or everyone's for administrators; newest first. */
  list(query: { agentDid?: string; status?: string; limit: number; offset: number }) {
    return this.uow.read.fundingRequests.list({ agentDid: query.agentDid || undefined, status: parseFundingStatus(query.status), ...page(query.limit, query.offset) });
  }
}
