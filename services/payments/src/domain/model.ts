/** Amounts are bigints scaled by 10^18, as in the ledger. */
export type Amount = bigint;

export type TokenStatus = 'AUTHORIZED' | 'CONSUMED' | 'SETTLED' | 'RELEASED' | 'EXPIRED';

export interface PaymentToken {
  id: string;
  tokenHash: string;
  settleKey: string;
  callerDid: string;
  receiverDid: string;
  amount: Amount;
  fee: Amount;
  purpose: string;
  status: TokenStatus;
  holdId: string;
  transactionId: string | null;
  holdSettled: boolean;
  createdAt: Date;
  expiresAt: Date;
  consumedAt: Date | null;
  settledAt: Date | null;
  releasedAt: Date | null;
  /** The receiver's registry when it is not ours: the value goes over the SF-3 bridge. */
  receiverRegistry: string | null;
}

/** PENDING: recorded, its hold not yet confirmed; ABANDONED: a creation interrupted before that, its hold (if any) voided. */
export type ContractStatus = 'PENDING' | 'ABANDONED' | 'OPEN' | 'ACCEPTED' | 'SUBMITTED' | 'APPROVED' | 'COMPLETED' | 'CANCELLED' | 'DISPUTED' | 'RESOLVED';

export interface Contract {
  id: string;
  clientDid: string;
  providerDid: string | null;
  description: string;
  price: Amount;
  deadline: Date;
  status: ContractStatus;
  resultPointer: string | null;
  /** null while PENDING (and for an ABANDONED contract whose hold was never placed). */
  holdId: string | null;
  transactionId: string | null;
  disputeId: string | null;
  createdAt: Date;
  updatedAt: Date;
  acceptedAt: Date | null;
  submittedAt: Date | null;
  completedAt: Date | null;
}

export const RESOLUTIONS = ['RESOLVED_FAVOR_CLAIMANT', 'RESOLVED_FAVOR_DEFENDANT', 'DISMISSED'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
export type DisputeStatus = 'OPEN' | Resolution;

export interface Evidence {
  pointer: string;
  submittedBy: string;
  description: string;
  submittedAt: Date;
}

export interface Dispute {
  id: string;
  claimantDid: string;
  defendantDid: string;
  transactionId: string | null;
  contractId: string | null;
  reasonCode: string;
  description: string;
  status: DisputeStatus;
  evidence: Evidence[];
  resolutionNotes: string | null;
  reputationAdjustment: number;
  tokenPenalty: Amount | null;
  penalizedDid: string | null;
  penaltyRecipient: string | null;
  penaltyTransactionId: string | null;
  effectsApplied: boolean;
  ruledBy: string | null;
  ruledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** The peer registry hosting the defendant (base URL or peer name); null when it is this one. */
  defendantRegistry: string | null;
  /** A penalty on an agent of another registry is carried out there (see cross-registry-slash.ts). */
  remoteSlashStatus: RemoteSlashStatus;
  remoteSlashReason: string | null;
  remotePenaltyTransactionId: string | null;
}

export type RemoteSlashStatus = 'none' | 'pending' | 'applied' | 'refused';

export interface Page<T> {
  items: T[];
  total: number;
}

export const FLAG_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];
export const FLAG_STATUSES = ['NEW', 'UNDER_REVIEW', 'ESCALATED', 'RESOLVED', 'DISMISSED'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

export interface AuditorFlag {
  id: string;
  flaggedAgentDid: string;
  ruleCode: string;
  reason: string;
  severity: FlagSeverity;
  status: FlagStatus;
  relatedTransactionIds: string[];
  /** A developer id, or `rule:<code>` for a rule's own flags. */
  flaggedBy: string;
  /** Set on a rule's flags: one flag per rule, agent and window. */
  dedupeKey: string | null;
  adminNotes: string | null;
  escalationReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface AuditorRule {
  code: string;
  description: string;
  enabled: boolean;
  thresholds: Record<string, number>;
  severity: FlagSeverity;
  updatedAt: Date;
}

export interface AvtpReport {
  id: string;
  avtpTransactionId: string;
  reporterDid: string;
  initiatingDid: string;
  respondingDid: string;
  serviceIdentifier: string | null;
  price: Amount | null;
  outcomeStatus: string;
  slaIdentifier: string | null;
  rawLogPointer: string | null;
  reputationDelta: number;
  reputationApplied: boolean;
  createdAt: Date;
}

export interface AttestationPolicy {
  id: string;
  code: string;
  name: string;
  description: string;
  verifierKind: 'jws' | 'groth16';
  /** A jws policy's public key, a JWK. */
  publicKeyJwk: Record<string, unknown> | null;
  /** A groth16 policy's verification key, as snarkjs exports it. */
  verificationKey: Record<string, unknown> | null;
  reward: Amount;
  circuitIdentifier: string | null;
  active: boolean;
  createdAt: Date;
}

export interface AttestationSubmission {
  id: string;
  agentDid: string;
  policyId: string;
  policyCode: string;
  data: Record<string, unknown>;
  storagePointer: string;
  /** sha256 of the proof: the same proof submitted again is the same submission. */
  proofHash: string;
  verified: boolean;
  reason: string;
  reward: Amount | null;
  rewardTransactionId: string | null;
  createdAt: Date;
}
