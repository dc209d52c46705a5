import { defineEvents, type EmittedEvent } from './events.js';

/** A payment token as its events carry it. Amounts are decimal strings with 18 places. */
export type PaymentTokenEventData = {
  token_id: string;
  caller_agent_id: string;
  receiver_agent_id: string;
  amount: string;
  fee_amount: string;
  status: 'AUTHORIZED' | 'CONSUMED' | 'SETTLED' | 'RELEASED' | 'EXPIRED';
  hold_id: string;
  expires_at: string;
};

export type ContractEventData = {
  contract_id: string;
  client_agent_did: string;
  provider_agent_did: string | null;
  price: string;
  status: string;
  transaction_id: string | null;
};

export type DisputeEventData = {
  dispute_id: string;
  claimant_agent_id: string;
  defendant_agent_id: string;
  contract_id: string | null;
  transaction_id: string | null;
  reason_code: string;
  status: string;
  token_penalty: string | null;
  reputation_adjustment: number;
  penalized_agent_id: string | null;
};

/** A ruling's penalty on an agent of another registry, as that registry answered it. */
export type CrossRegistrySlashEventData = DisputeEventData & {
  /** The peer registry's base URL or name, as the dispute named it. */
  defendant_registry: string;
  /** refused: the peer's reason. */
  reason: string | null;
  /** applied: the penalty's transaction on the peer's ledger. */
  penalty_transaction_id: string | null;
};

export type AuditorFlagEventData = {
  flag_id: string;
  flagged_agent_did: string;
  rule_violated_code: string;
  severity: string;
  status: string;
  flagged_by: string;
};

export type AvtpReportEventData = {
  log_id: string;
  avtp_transaction_id: string;
  initiating_agent_did: string;
  responding_agent_did: string;
  outcome_status: string;
  reputation_delta: number;
};

export type AttestationEventData = {
  submission_id: string;
  agent_did: string;
  policy_code: string;
  verified: boolean;
  reason: string;
  reward_amount: string | null;
  reward_transaction_id: string | null;
};

/** What the payments service publishes. */
export interface PaymentsEventPayloads {
  'a2a_payment.authorized': PaymentTokenEventData;
  'a2a_payment.settled': PaymentTokenEventData & { transaction_id: string };
  'a2a_payment.released': PaymentTokenEventData;
  'a2a_payment.expired': PaymentTokenEventData;
  'contract.created': ContractEventData;
  'contract.accepted': ContractEventData;
  'contract.submitted': ContractEventData;
  'contract.completed': ContractEventData;
  'contract.cancelled': ContractEventData;
  'contract.disputed': ContractEventData;
  'contract.resolved': ContractEventData;
  'dispute.filed': DisputeEventData;
  'dispute.resolved': DisputeEventData;
  'dispute.cross_registry_slash_applied': CrossRegistrySlashEventData;
  'dispute.cross_registry_slash_refused': CrossRegistrySlashEventData;
  'auditor_flag.raised': AuditorFlagEventData;
  'auditor_flag.updated': AuditorFlagEventData & { old_status: string; old_severity: string };
  'avtp_transaction.reported': AvtpReportEventData;
  'attestation.submitted': AttestationEventData;
  'attestation.rewarded': AttestationEventData & { reward_amount: string; reward_transaction_id: string };
}
export type PaymentsEvent = EmittedEvent<PaymentsEventPayloads>;
export type ContractEventType = Extract<keyof PaymentsEventPayloads, `contract.${string}`>;

export const paymentsEvents = defineEvents<PaymentsEventPayloads>('payments', {
  'a2a_payment.authorized': { scope: 'agent', description: 'An A2A payment token was authorized and its funds held.' },
  'a2a_payment.settled': { scope: 'agent', description: 'An A2A payment token was settled: the payment moved once.' },
  'a2a_payment.released': { scope: 'agent', description: 'An unconsumed A2A payment token was released and its hold returned.' },
  'a2a_payment.expired': { scope: 'agent', description: 'An A2A payment token expired and its hold returned.' },
  'contract.created': { scope: 'agent', description: "A contract was proposed; its price is held on the client's funds." },
  'contract.accepted': { scope: 'agent', description: 'A provider accepted a contract.' },
  'contract.submitted': { scope: 'agent', description: 'The provider submitted the work of a contract.' },
  'contract.completed': { scope: 'agent', description: 'The client approved the work: the price went to the provider.' },
  'contract.cancelled': { scope: 'agent', description: 'A contract was cancelled and its price refunded.' },
  'contract.disputed': { scope: 'agent', description: 'A dispute was filed on a contract; its hold waits for the ruling.' },
  'contract.resolved': { scope: 'agent', description: "A ruling decided a disputed contract's hold." },
  'dispute.filed': { scope: 'agent', description: 'A dispute was filed.' },
  'dispute.resolved': { scope: 'agent', description: 'A dispute was ruled and its penalties applied.' },
  'dispute.cross_registry_slash_applied': { scope: 'agent', description: "The defendant's registry (a peer) applied the ruling's penalty to its agent." },
  'dispute.cross_registry_slash_refused': { scope: 'agent', description: "The defendant's registry (a peer) refused the ruling's penalty; the reason is given." },
  'auditor_flag.raised': { scope: 'agent', description: 'An auditor (or an automatic rule) flagged an agent.' },
  'auditor_flag.updated': { scope: 'agent', description: "An administrator changed a flag's status or escalated its severity." },
  'avtp_transaction.reported': { scope: 'agent', description: "An AVTP transaction summary was recorded; it feeds the responding agent's reputation." },
  'attestation.submitted': { scope: 'agent', description: 'An agent submitted an attestation; its proof was verified true or false.' },
  'attestation.rewarded': { scope: 'agent', description: "A verified attestation earned its policy's reward." },
});
