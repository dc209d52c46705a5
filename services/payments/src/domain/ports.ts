import type { PaymentsEvent } from '@agentvault/contracts/payments-events';
import type { Amount, AttestationPolicy, AttestationSubmission, AuditorFlag, AuditorRule, AvtpReport, FlagSeverity, FlagStatus, Contract, ContractStatus, Dispute, DisputeStatus, Page, PaymentToken, TokenStatus } from './model.js';

/** What payments asks of the ledger: every movement of AVT is a hold, a post or a void there. */
export interface LedgerHold {
  holdId: string;
  status: 'pending' | 'posted' | 'voided' | 'expired';
  fee: Amount;
  transactionId: string | null;
}

export interface LedgerPort {
  placeHold(input: { payerDid: string; receiverDid?: string; amount: Amount; reference: string; purpose: string; expiresAt?: Date }): Promise<LedgerHold>;
  /** Idempotent: a posted hold answers with its transaction again. Throws HOLD_EXPIRED past expiry. */
  postHold(input: { holdId: string; receiverDid?: string; paymentTokenId?: string }): Promise<LedgerHold & { transactionId: string; amount: Amount; fee: Amount }>;
  /** Idempotent: a voided or expired hold answers as it is. */
  voidHold(input: { holdId: string; reason: string; expire?: boolean }): Promise<LedgerHold>;
  /** The hold placed under a reference, or null when none was. */
  findHold(reference: string): Promise<LedgerHold | null>;
  applyPenalty(input: { fromDid: string; toDid?: string; amount: Amount; key: string; reason: string }): Promise<{ transactionId: string }>;
  adjustReputation(input: { agentDid: string; delta: number; key: string; reason: string }): Promise<void>;
  /** A treasury → agent payment, once per key (the ledger's idempotency claim). */
  reward(input: { agentDid: string; amount: Amount; key: string; reason: string }): Promise<{ transactionId: string }>;
}

export interface FlagQuery {
  status?: FlagStatus;
  severity?: FlagSeverity;
  agentDid?: string;
  ruleCode?: string;
  limit: number;
  offset: number;
}

export interface AuditRepositories {
  flags: {
    /** False when a flag with the same dedupe key exists already. */
    insert(flag: AuditorFlag): Promise<boolean>;
    get(id: string): Promise<AuditorFlag | null>;
    lock(id: string): Promise<AuditorFlag | null>;
    update(id: string, changes: Partial<Pick<AuditorFlag, 'status' | 'severity' | 'adminNotes' | 'escalationReason' | 'updatedAt'>>): Promise<void>;
    list(query: FlagQuery): Promise<Page<AuditorFlag>>;
  };
  rules: {
    list(): Promise<AuditorRule[]>;
    get(code: string): Promise<AuditorRule | null>;
    /** Inserts the rule unless it exists (start-up defaults never overwrite an admin's change). */
    seed(rule: AuditorRule): Promise<void>;
    put(rule: AuditorRule): Promise<void>;
    delete(code: string): Promise<boolean>;
  };
  velocity: {
    /** Remembers transfers; answers the transaction ids not seen before. */
    observe(transfers: ReadonlyArray<{ transactionId: string; senderDid: string; at: Date }>): Promise<Set<string>>;
    /** When each of the agents' remembered transfers happened, within (after, upTo], oldest first (an agent without any is absent). */
    timesOf(senderDids: readonly string[], after: Date, upTo: Date): Promise<Map<string, Date[]>>;
    /**
     * Serializes the rule for these agents (their rows locked in one order, so that two batches
     * never wait for each other in a circle) and answers when it last raised a flag for each.
     */
    lockAgents(ruleCode: string, agentDids: readonly string[]): Promise<Map<string, Date | null>>;
    flagged(ruleCode: string, agentDid: string, at: Date): Promise<void>;
  };
  avtp: {
    /** False when a report with this AVTP transaction id exists already. */
    insert(report: AvtpReport): Promise<boolean>;
    byTransactionId(id: string): Promise<AvtpReport | null>;
  };
  policies: {
    insert(policy: AttestationPolicy): Promise<void>;
    byCode(code: string): Promise<AttestationPolicy | null>;
    list(): Promise<AttestationPolicy[]>;
  };
  attestations: {
    /** False when this agent submitted this proof for this policy before. */
    insert(submission: AttestationSubmission): Promise<boolean>;
    byProof(agentDid: string, policyId: string, proofHash: string): Promise<AttestationSubmission | null>;
    rewarded(id: string, transactionId: string): Promise<void>;
    unrewarded(limit: number): Promise<AttestationSubmission[]>;
    list(agentDid: string, limit: number, offset: number): Promise<Page<AttestationSubmission>>;
  };
}

export interface X402Binding {
  nonce: string;
  tokenId: string;
  receiverDid: string;
  transactionId: string | null;
}

export interface TokenQuery {
  callerDid: string;
  status?: TokenStatus;
  limit: number;
  offset: number;
}

export interface ContractQuery {
  agentDid?: string;
  status?: ContractStatus;
  limit: number;
  offset: number;
}

export interface DisputeQuery {
  agentDid?: string;
  status?: DisputeStatus;
  limit: number;
  offset: number;
}

export interface PaymentsRepositories extends AuditRepositories {
  tokens: {
    insert(token: PaymentToken): Promise<void>;
    byHash(hash: string): Promise<PaymentToken | null>;
    get(id: string): Promise<PaymentToken | null>;
    lock(id: string): Promise<PaymentToken | null>;
    update(id: string, changes: Partial<Pick<PaymentToken, 'status' | 'transactionId' | 'holdSettled' | 'consumedAt' | 'settledAt' | 'releasedAt'>>): Promise<void>;
    list(query: TokenQuery): Promise<Page<PaymentToken>>;
    /** Tokens whose hold the ledger has not ended yet although they are past expiry, ended, or consumed. */
    unfinished(now: Date, limit: number): Promise<PaymentToken[]>;
  };
  contracts: {
    insert(contract: Contract): Promise<void>;
    get(id: string): Promise<Contract | null>;
    lock(id: string): Promise<Contract | null>;
    update(id: string, changes: Partial<Omit<Contract, 'id' | 'clientDid' | 'createdAt' | 'price'>>): Promise<void>;
    list(query: ContractQuery): Promise<Page<Contract>>;
    /** PENDING contracts created before `before`: creations that never confirmed their hold. */
    stalePending(before: Date, limit: number): Promise<Contract[]>;
  };
  disputes: {
    insert(dispute: Dispute): Promise<void>;
    get(id: string): Promise<Dispute | null>;
    lock(id: string): Promise<Dispute | null>;
    update(id: string, changes: Partial<Omit<Dispute, 'id' | 'createdAt'>>): Promise<void>;
    list(query: DisputeQuery): Promise<Page<Dispute>>;
    /** Rulings whose penalty on another registry's agent awaits that registry's final answer. */
    remoteSlashesPending(limit: number): Promise<Dispute[]>;
  };
  x402: {
    /** Binds the nonce to the token unless either is bound already; returns the binding that stands. */
    bind(binding: { nonce: string; tokenId: string; receiverDid: string }): Promise<X402Binding>;
    byNonce(nonce: string): Promise<X402Binding | null>;
    byToken(tokenId: string): Promise<X402Binding | null>;
    settled(nonce: string, transactionId: string, at: Date): Promise<void>;
  };
  outbox: {
    emit(event: PaymentsEvent): Promise<void>;
  };
}

export interface PaymentsUnitOfWork {
  run<T>(work: (repos: PaymentsRepositories) => Promise<T>): Promise<T>;
  readonly read: PaymentsRepositories;
}
