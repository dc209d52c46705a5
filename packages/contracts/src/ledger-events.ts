import { defineEvents, type EmittedEvent } from './events.js';

/** What the ledger publishes. Amounts are decimal strings with 18 places. */
export interface LedgerEventPayloads {
  'transaction.completed': { transaction_id: string; sender_agent_id: string; receiver_agent_id: string; amount: string; fee_amount: string; message: string | null };
  'system_transfer.completed': { transaction_id: string; agent_did: string; amount: string; purpose: string };
  'fee.collected': { transaction_id: string; agent_did: string; amount: string };
  /** `pledge_id` when a backer pledge (the fiat service's checkout session) paid for it. */
  'agent.funded': { transaction_id: string; agent_did: string; amount: string; reason: string; pledge_id?: string };
  /** A refunded backer pledge's AVT taken back, at most the agent's balance: `amount` of `requested`. */
  'pledge.reversed': { transaction_id: string; agent_did: string; amount: string; reason: string; pledge_id: string; requested: string; shortfall: string };
  'tokens.minted': { transaction_id: string; recipient: string; amount: string; reason: string };
  'tokens.burned': { transaction_id: string; amount: string; reason: string };
  'funding.requested': { request_id: string; agent_did: string; amount: string; reason: string };
  'funding.approved': { request_id: string; agent_did: string; amount: string; transaction_id: string; decided_by: string | null };
  'funding.rejected': { request_id: string; agent_did: string; amount: string; reason: string | null; decided_by: string | null };
  'agent.suspended': { agent_did: string; reason: string | null };
  'agent.reinstated': { agent_did: string; reason: string | null };
  'reputation.changed': { agent_did: string; old_score: number; new_score: number; transaction_id: string; signal_value: number; change_reason: string };
  'funds.locked': { transaction_id: string; agent_did: string; amount: string; reference: string; reason: string };
  'funds.unlocked': { transaction_id: string; agent_did: string; amount: string; reference: string; reason: string };
  'treasury.paid_out': { transaction_id: string; agent_did: string; amount: string; reference: string; reason: string; locked: boolean };
  'ledger.parameter_changed': { parameter: string; value: string; reference: string };
  'hold.placed': HoldEventData;
  'hold.posted': HoldEventData & { transaction_id: string };
  'hold.voided': HoldEventData;
  'hold.expired': HoldEventData;
  'penalty.applied': { transaction_id: string; agent_did: string; beneficiary: string; amount: string; reason: string };
  'reputation.adjusted': { agent_did: string; delta: number; old_score: number; new_score: number; reason: string };
  'bridge.escrow_locked': BridgeEventData;
  'bridge.escrow_released': BridgeEventData;
  'bridge.wrapped_minted': BridgeEventData;
  'bridge.wrapped_burned': BridgeEventData;
  'bridge.transfer_completed': BridgeEventData;
}

/** A movement of the SF-3 bridge (services/ledger/src/domain/bridge.ts). */
export type BridgeEventData = {
  /** The saga's id for the movement (a cross-registry transfer or redemption). */
  reference: string;
  /** The peer frame's base URL. */
  peer: string;
  agent_did: string;
  amount: string;
  kind: string;
  /** The AVT transaction, for escrow movements; null for wrapped tokens (another frame's currency). */
  transaction_id: string | null;
};

/** A two-phase hold as its events carry it. */
export type HoldEventData = {
  hold_id: string;
  /** The placer's name for it (`apt:<token id>`, `contract:<id>`). */
  reference: string;
  payer_agent_id: string;
  receiver_agent_id: string | null;
  amount: string;
  fee_amount: string;
  status: 'pending' | 'posted' | 'voided' | 'expired';
  posted_amount: string | null;
  expires_at: string | null;
};
export type LedgerEvent = EmittedEvent<LedgerEventPayloads>;

export const ledgerEvents = defineEvents<LedgerEventPayloads>('ledger', {
  'transaction.completed': { scope: 'agent', description: 'An AVT transfer between agents settled (sent to both sides).' },
  'system_transfer.completed': { scope: 'agent', description: 'An agent paid the platform (e.g. a service fee).' },
  'fee.collected': { scope: 'agent', description: 'A transaction fee was charged to an agent.' },
  'agent.funded': { scope: 'agent', description: 'An agent received AVT from the treasury.' },
  'tokens.minted': { scope: 'agent', description: 'New AVT was issued to an agent.' },
  'tokens.burned': { scope: 'agent', description: 'AVT was taken out of circulation.' },
  'funding.requested': { scope: 'agent', description: 'An agent asked for funding.' },
  'funding.approved': { scope: 'agent', description: "An agent's funding request was approved." },
  'funding.rejected': { scope: 'agent', description: "An agent's funding request was rejected." },
  'agent.suspended': { scope: 'agent', description: 'An agent was suspended, with the reason.' },
  'agent.reinstated': { scope: 'agent', description: 'A suspended agent was reinstated.' },
  'pledge.reversed': { scope: 'agent', description: "A refunded backer pledge's AVT was taken back from an agent (up to its balance)." },
  'reputation.changed': { scope: 'agent', description: "An agent's reputation score changed (old and new score)." },
  'funds.locked': { scope: 'agent', description: "AVT moved from an agent's liquid balance to its locked balance (a stake)." },
  'funds.unlocked': { scope: 'agent', description: "Locked AVT returned to an agent's liquid balance." },
  'treasury.paid_out': { scope: 'agent', description: 'The treasury paid an agent (a staking reward or a governance spend).' },
  'ledger.parameter_changed': { scope: 'developer', description: 'A ledger parameter (the transfer fee) was changed by a passed proposal.' },
  'hold.placed': { scope: 'agent', description: "An agent's funds (amount and fee) were reserved by a two-phase hold." },
  'hold.posted': { scope: 'agent', description: 'A hold was posted: the held amount, or less, moved to the receiver with the fee.' },
  'hold.voided': { scope: 'agent', description: 'A hold was voided: the reserved funds went back to the agent.' },
  'hold.expired': { scope: 'agent', description: 'A hold passed its expiry: the reserved funds went back to the agent.' },
  'penalty.applied': { scope: 'agent', description: 'A ruling penalty moved AVT from an agent to the claimant or the treasury.' },
  'reputation.adjusted': { scope: 'agent', description: "A ruling adjusted an agent's reputation score." },
  'bridge.escrow_locked': { scope: 'agent', description: "An agent's AVT was locked in the bridge escrow for a transfer to another frame." },
  'bridge.escrow_released': { scope: 'agent', description: 'AVT left the bridge escrow to an agent (a refund of a transfer, or a redemption from another frame).' },
  'bridge.wrapped_minted': { scope: 'agent', description: "An agent received wrapped tokens standing for another frame's AVT." },
  'bridge.wrapped_burned': { scope: 'agent', description: "An agent's wrapped tokens were burned to redeem them in their frame." },
  'bridge.transfer_completed': { scope: 'agent', description: 'A cross-registry transfer or redemption an agent started is final.' },
});
