import { defineEvents, type EmittedEvent } from './events.js';

/** What the staking service publishes. Amounts are decimal strings with 18 places; times ISO 8601. */
export interface StakingEventPayloads {
  'stake.created': { stake_id: string; agent_did: string; amount: string; lock_days: number; locked_until: string | null };
  'stake.unbonding_started': { stake_id: string; unbonding_id: string; agent_did: string; amount: string; release_at: string };
  'stake.released': { stake_id: string; unbonding_id: string; agent_did: string; amount: string; transaction_id: string };
  'reward.paid': {
    agent_did: string; cycle_id: string; stake_id: string; kind: 'staker' | 'validator'; amount: string; compounded: boolean; transaction_id: string;
  };
  'reward.withheld': { agent_did: string; cycle_id: string; stake_id: string; kind: 'staker' | 'validator'; amount: string; reason: string };
  'delegation.created': { delegation_id: string; agent_did: string; validator_agent_id: string; stake_id: string; amount: string };
  'delegation.ended': { delegation_id: string; agent_did: string; validator_agent_id: string; stake_id: string; amount: string };
}
export type StakingEvent = EmittedEvent<StakingEventPayloads>;

export const stakingEvents = defineEvents<StakingEventPayloads>('staking', {
  'stake.created': { scope: 'agent', description: 'An agent staked AVT (amount, lock).' },
  'stake.unbonding_started': { scope: 'agent', description: 'Staked AVT started unbonding; it is released at release_at.' },
  'stake.released': { scope: 'agent', description: 'Unbonded AVT returned to the liquid balance.' },
  'reward.paid': { scope: 'agent', description: 'A staking reward was paid (or staked again, with auto-compound).' },
  'reward.withheld': { scope: 'agent', description: 'A staking reward was withheld because the agent was suspended; it stays in the treasury.' },
  'delegation.created': { scope: 'agent', description: 'An agent delegated stake to a validator.' },
  'delegation.ended': { scope: 'agent', description: 'A delegation ended.' },
});
