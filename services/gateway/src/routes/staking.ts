import { forbidden } from '@agentvault/errors';
import type { StakeRecord__Output } from '@agentvault/contracts/generated/agentvault/staking/v1/StakeRecord';
import type { Unbonding__Output } from '@agentvault/contracts/generated/agentvault/staking/v1/Unbonding';
import type { Delegation__Output } from '@agentvault/contracts/generated/agentvault/staking/v1/Delegation';
import type { RewardCycle__Output } from '@agentvault/contracts/generated/agentvault/staking/v1/RewardCycle';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, type RouteDeps } from '../http/route.js';
import { present } from '../http/grpc-result.js';
import type { GatewayClients } from './clients.js';
import { agentOf, Amount, AmountText, orNull as nullable, text } from './common.js';
import { DidParams } from './schemas.js';

/** Staking (flow 6): stakes, unbonding, rewards, auto-compound, delegation, voting power. */

/** A percentage: a decimal string (exact), or a JSON number in the range the reference gives. */
const percent = (number: z.ZodNumber, description: string) => z.union([z.string().max(32), number]).openapi({ description });
const SharePercent = percent(z.number().min(0).max(100), 'A percentage from 0 to 100, e.g. "10.5"');
const CyclePercent = percent(z.number().positive().max(100), 'Percent of the time-weighted stake to pay out, above 0, e.g. "10"');
// A JSON number that reads as 0 may be an underflow (1e-400): zero is sent as the string "0".
const ApyPercent = percent(z.number().positive().max(100_000), 'Percent per year, e.g. "5.5"; a zero APY as the string "0"');
const SCALE = 10n ** 18n;
/** Sums 18-decimal amounts exactly. */
const sumAmounts = (values: string[]) => {
  const total = values.reduce((t, v) => t + BigInt(v.replace('.', '')), 0n);
  return `${total / SCALE}.${(total % SCALE).toString().padStart(18, '0')}`;
};

const StakeBody = z
  .object({ amount: Amount, lock_days: z.number().int().min(0).max(36_500).optional().openapi({ description: 'Days the stake cannot be unstaked; longer locks vote with more weight' }) })
  .openapi('StakeCreate');
const UnstakeBody = z
  .object({ stake_id: z.string().min(1).max(100).optional(), amount: Amount })
  .openapi('UnstakeCreate');
const StakeSchema = z
  .object({
    stake_id: z.string(), agent_id: z.string(), amount: AmountText, initial_amount: AmountText, lock_days: z.number().int(), locked_until: z.string().nullable(),
    status: z.string(), is_active: z.boolean(), rewards_earned: AmountText, last_reward_claim: z.string().nullable(), staked_at: z.string(), unstaked_at: z.string().nullable(),
  })
  .openapi('Stake');
const UnbondingSchema = z
  .object({ unbonding_id: z.string(), stake_id: z.string(), amount: AmountText, started_at: z.string(), release_at: z.string(), status: z.string(), released_at: z.string().nullable() })
  .openapi('Unbonding');
const UnstakeSchema = z.object({ agent_id: z.string(), amount: AmountText, status: z.literal('unbonding'), unbondings: z.array(UnbondingSchema) }).openapi('UnstakeResult');
const StakingBalanceSchema = z
  .object({ agent_did: z.string(), liquid_balance: AmountText, staked_balance: AmountText, unbonding_balance: AmountText, locked_balance: AmountText, total_balance: AmountText })
  .openapi('StakingBalance');
const StakePowerSchema = z.object({ stake_id: z.string(), amount: AmountText, undelegated_amount: AmountText, remaining_lock_days: z.number().int(), boost: z.string(), voting_power: AmountText });
const VotingPowerSchema = z
  .object({
    agent_did: z.string(), voting_power: AmountText, own_power: AmountText, staked_amount: AmountText, effective_boost: z.string(), delegated_power: AmountText,
    delegated_in_amount: AmountText, delegated_out_amount: AmountText, stakes: z.array(StakePowerSchema), max_boost: z.string(), max_lock_days: z.number().int(),
  })
  .openapi('VotingPower');
const StatusSchema = z
  .object({
    agent_did: z.string(), staked_amount: AmountText, unbonding_amount: AmountText, unbonding: z.array(UnbondingSchema), rewards_earned: AmountText,
    apy_percentage: z.string(), auto_compound: z.boolean(), voting_power: VotingPowerSchema, stakes: z.array(StakeSchema),
  })
  .openapi('StakingStatus');
const StakesSchema = z.object({ agent_id: z.string(), stakes: z.array(StakeSchema), total_staked: AmountText, total_rewards: AmountText }).openapi('MyStakes');
const AutoCompoundBody = z.object({ enabled: z.boolean() }).openapi('AutoCompoundUpdate');
const AutoCompoundSchema = z.object({ agent_did: z.string(), auto_compound: z.boolean() }).openapi('AutoCompound');
const ActiveOnlyQuery = z.object({ active_only: z.enum(['true', 'false']).optional() });

const DelegateBody = z
  .object({
    validator_agent_id: z.string().min(1).max(300), stake_id: z.string().min(1).max(100).optional(), amount: Amount.nullish(),
    reward_share_percentage: SharePercent.default('10'),
  })
  .openapi('DelegationCreate');
const DelegationSchema = z
  .object({
    delegation_id: z.string(), delegator_agent_id: z.string(), validator_agent_id: z.string(), stake_id: z.string(), delegated_amount: AmountText,
    delegation_start: z.string(), delegation_end: z.string().nullable(), is_active: z.boolean(), reward_share_percentage: z.string(),
  })
  .openapi('Delegation');
const DelegationParams = z.object({ delegation_id: z.string().min(1).max(100) });
const ValidatorParams = z.object({ validator_id: z.string().min(1).max(300) });

const RewardConfigBody = z
  .object({ name: z.string().min(1).max(200).default('staking'), apy_percentage: ApyPercent, is_active: z.boolean().optional() })
  .openapi('RewardConfigCreate');
const RewardConfigPatch = z
  .object({ name: z.string().min(1).max(200).optional(), apy_percentage: ApyPercent.optional(), is_active: z.boolean().optional() })
  .openapi('RewardConfigUpdate');
const RewardConfigSchema = z
  .object({ reward_id: z.string(), name: z.string(), reward_type: z.string(), apy_percentage: z.string(), is_active: z.boolean(), created_at: z.string(), updated_at: z.string() })
  .openapi('RewardConfig');
const CycleBody = z.object({ reward_percentage: CyclePercent.optional() }).optional().openapi('RewardCycleTrigger');
const CycleSchema = z
  .object({
    success: z.boolean(), cycle_id: z.string(), seq: z.number().int(), period_start: z.string(), period_end: z.string(), apy_percentage: z.string(),
    reward_percentage: z.string().nullable(), pool: AmountText, total_distributed: AmountText, total_withheld: AmountText, remainder: AmountText, stakers_rewarded: z.number().int(),
    status: z.string(), trigger: z.string(), timestamp: z.string(), completed_at: z.string().nullable(), resumed: z.boolean(),
  })
  .openapi('RewardCycle');
const SummarySchema = z
  .object({
    total_staked: AmountText, active_stakes_count: z.number().int(), unique_stakers: z.number().int(), average_stake_size: AmountText,
    apy_percentage: z.string(), recent_reward_distributions: z.array(CycleSchema),
  })
  .openapi('StakingSummary');

function stakeJson(s: StakeRecord__Output) {
  return {
    stake_id: s.stake_id, agent_id: s.agent_id, amount: s.amount, initial_amount: s.initial_amount, lock_days: s.lock_days, locked_until: nullable(s.locked_until),
    status: s.status, is_active: s.status === 'active', rewards_earned: s.rewards_earned, last_reward_claim: nullable(s.last_reward_claim),
    staked_at: s.staked_at, unstaked_at: nullable(s.unstaked_at),
  };
}
const unbondingJson = (u: Unbonding__Output) => ({
  unbonding_id: u.unbonding_id, stake_id: u.stake_id, amount: u.amount, started_at: u.started_at, release_at: u.release_at, status: u.status, released_at: nullable(u.released_at),
});
const delegationJson = (d: Delegation__Output) => ({
  delegation_id: d.delegation_id, delegator_agent_id: d.delegator_agent_id, validator_agent_id: d.validator_agent_id, stake_id: d.stake_id,
  delegated_amount: d.delegated_amount, delegation_start: d.delegation_start, delegation_end: nullable(d.delegation_end), is_active: d.is_active,
  reward_share_percentage: d.reward_share_percentage,
});
const cycleJson = (c: RewardCycle__Output) => ({
  success: c.status === 'completed', cycle_id: c.cycle_id, seq: c.seq, period_start: c.period_start, period_end: c.period_end, apy_percentage: c.apy_percentage,
  reward_percentage: nullable(c.reward_percentage), pool: c.pool, total_distributed: c.total_distributed, total_withheld: c.total_withheld, remainder: c.remainder, stakers_rewarded: c.stakers_rewarded,
  status: c.status, trigger: c.trigger, timestamp: c.created_at, completed_at: nullable(c.completed_at), resumed: c.resumed,
});

export function stakingRoutes(deps: RouteDeps, { staking }: GatewayClients): void {
  const TAGS = ['Staking'];

  type Caller = Parameters<typeof agentOf>[0];
  const stake = async (principal: Caller, body: z.infer<typeof StakeBody>) =>
    ({ status: 201, body: stakeJson(await staking.call('Stake', { agent_did: agentOf(principal), amount: text(body.amount), lock_days: body.lock_days ?? 0 })) });
  const unstake = async (principal: Caller, body: z.infer<typeof UnstakeBody>) => {
    const r = await staking.call('Unstake', { agent_did: agentOf(principal), stake_id: body.stake_id ?? '', amount: text(body.amount) });
    return { body: { agent_id: agentOf(principal), amount: r.amount, status: 'unbonding' as const, unbondings: r.unbondings.map(unbondingJson) } };
  };
  const myStakes = async (principal: Caller, activeOnly: boolean) => {
    const page = await staking.call('ListStakes', { agent_did: agentOf(principal), active_only: activeOnly });
    const stakes = page.items.map(stakeJson);
    const totalStaked = sumAmounts(stakes.filter((s) => s.is_active).map((s) => s.amount));
    return { body: { agent_id: agentOf(principal), stakes, total_staked: totalStaked, total_rewards: sumAmounts(stakes.map((s) => s.rewards_earned)) } };
  };

  for (const path of ['/api/v1/staking/stake', '/api/v1/governance/staking/stake']) {
    route(deps, {
      method: 'post', path, summary: 'Stake AVT (locked in the ledger until unstaked and released)', tags: TAGS, auth: ['agent'], body: StakeBody,
      responses: { 201: { description: 'The stake', schema: StakeSchema }, 422: { description: 'Insufficient funds or a bad amount' } },
      handler: ({ principal, body }) => stake(principal, body),
    });
  }
  for (const path of ['/api/v1/staking/unstake', '/api/v1/governance/staking/unstake']) {
    route(deps, {
      method: 'post', path, summary: 'Start unbonding staked AVT', tags: TAGS, auth: ['agent'], body: UnstakeBody,
      description: 'The amount stops earning and voting at once and returns to the liquid balance after the unbonding period. Without stake_id it comes out of unlocked stakes, oldest first.',
      responses: { 200: { description: 'Unbonding started', schema: UnstakeSchema }, 422: { description: 'Still locked (says until when), or more than is staked' } },
      handler: ({ principal, body }) => unstake(principal, body),
    });
  }
  for (const path of ['/api/v1/staking/stakes', '/api/v1/governance/staking/mystake']) {
    route(deps, {
      method: 'get', path, summary: "The calling agent's stakes", tags: TAGS, auth: ['agent'], query: ActiveOnlyQuery,
      responses: { 200: { description: 'Stakes', schema: StakesSchema } },
      handler: ({ principal, query }) => myStakes(principal, query.active_only === 'true'),
    });
  }

  route(deps, {
    method: 'get', path: '/api/v1/staking/balance', summary: 'Liquid, staked, unbonding and total AVT of the calling agent', tags: TAGS, auth: ['agent'],
    responses: { 200: { description: 'Balances', schema: StakingBalanceSchema } },
    handler: async ({ principal }) => ({ body: await staking.call('GetBalance', { agent_did: agentOf(principal) }) }),
  });

  route(deps, {
    method: 'get', path: '/api/v1/staking/status', summary: 'Staked, unbonding (with release times), rewards, APY and voting power', tags: TAGS, auth: ['agent'],
    responses: { 200: { description: 'Status', schema: StatusSchema } },
    handler: async ({ principal }) => {
      const s = await staking.call('GetStatus', { agent_did: agentOf(principal) });
      return { body: { ...s, voting_power: present(s.voting_power, 'voting_power'), unbonding: s.unbonding.map(unbondingJson), stakes: s.stakes.map(stakeJson) } };
    },
  });

  route(deps, {
    method: 'put', path: '/api/v1/staking/rewards/agents/:did/auto-compound', summary: 'Stake rewards instead of paying them out (the agent itself)', tags: TAGS,
    auth: ['agent'], params: DidParams, body: AutoCompoundBody,
    responses: { 200: { description: 'The setting', schema: AutoCompoundSchema }, 403: { description: 'Another agent' } },
    handler: async ({ principal, params, body }) => {
      if (params.did !== agentOf(principal)) throw forbidden('An agent can only change its own auto-compound setting');
      const r = await staking.call('SetAutoCompound', { agent_did: params.did, enabled: body.enabled });
      return { body: { agent_did: r.agent_did, auto_compound: r.enabled } };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/governance/voting-power/:did', summary: "An agent's voting power, explained (own stake, lock boost, delegated)", tags: ['Governance'],
    auth: ['agent'], params: DidParams, responses: { 200: { description: 'Voting power', schema: VotingPowerSchema } },
    handler: async ({ params }) => ({ body: await staking.call('GetVotingPower', { agent_did: params.did }) }),
  });

  // ── delegation ──────────────────────────────────────────────────────────────

  route(deps, {
    method: 'post', path: '/api/v1/governance/staking/delegate', summary: 'Delegate (part of) a stake to a validator', tags: TAGS, auth: ['agent'], body: DelegateBody,
    description: "The delegated stake counts toward the validator's voting power; the validator receives reward_share_percentage of the rewards on it.",
    responses: { 201: { description: 'The delegation', schema: DelegationSchema } },
    handler: async ({ principal, body }) => ({
      status: 201,
      body: delegationJson(await staking.call('Delegate', {
        delegator_did: agentOf(principal), validator_did: body.validator_agent_id, stake_id: body.stake_id ?? '', amount: text(body.amount),
        reward_share_percentage: text(body.reward_share_percentage),
      })),
    }),
  });
  route(deps, {
    method: 'get', path: '/api/v1/governance/staking/mydelegations', summary: "The calling agent's delegations", tags: TAGS, auth: ['agent'], query: ActiveOnlyQuery,
    responses: { 200: { description: 'Delegations', schema: z.array(DelegationSchema) } },
    handler: async ({ principal, query }) => ({
      body: (await staking.call('ListDelegations', { delegator_did: agentOf(principal), active_only: query.active_only === 'true' })).items.map(delegationJson),
    }),
  });
  route(deps, {
    method: 'post', path: '/api/v1/governance/staking/undelegate/:delegation_id', summary: 'End a delegation', tags: TAGS, auth: ['agent'], params: DelegationParams,
    responses: { 200: { description: 'The ended delegation', schema: DelegationSchema } },
    handler: async ({ principal, params }) => ({ body: delegationJson(await staking.call('Undelegate', { delegator_did: agentOf(principal), delegation_id: params.delegation_id })) }),
  });
  route(deps, {
    method: 'get', path: '/api/v1/governance/staking/validators/:validator_id/delegations', summary: "A validator's delegations", tags: TAGS, auth: ['agent'], params: ValidatorParams, query: ActiveOnlyQuery,
    responses: { 200: { description: 'Delegations to the validator', schema: z.object({ validator_agent_id: z.string(), delegations: z.array(DelegationSchema), total_delegated: AmountText }) } },
    handler: async ({ params, query }) => {
      const items = (await staking.call('ListDelegations', { validator_did: params.validator_id, active_only: query.active_only === 'true' })).items.map(delegationJson);
      const total = sumAmounts(items.filter((d) => d.is_active).map((d) => d.delegated_amount));
      return { body: { validator_agent_id: params.validator_id, delegations: items, total_delegated: total } };
    },
  });

  // ── administration ──────────────────────────────────────────────────────────

  const ADMIN = ['Staking Admin'];
  route(deps, {
    method: 'get', path: '/api/v1/governance/admin/staking/summary', summary: 'Staking totals and recent reward cycles', tags: ADMIN, auth: ['developer'], admin: true,
    responses: { 200: { description: 'Summary', schema: SummarySchema } },
    handler: async () => {
      const s = await staking.call('GetSummary', {});
      return { body: { ...s, recent_reward_distributions: s.recent_reward_distributions.map(cycleJson) } };
    },
  });
  route(deps, {
    method: 'get', path: '/api/v1/governance/admin/staking/stakes', summary: 'Every stake, newest first', tags: ADMIN, auth: ['developer'], admin: true,
    query: PaginationQuery.merge(ActiveOnlyQuery),
    responses: { 200: { description: 'A page of stakes', schema: z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), stakes: z.array(StakeSchema) }) } },
    handler: async ({ query }) => {
      const page = await staking.call('ListStakes', { agent_did: '', active_only: query.active_only === 'true', limit: query.limit, offset: query.offset });
      return { body: { total: page.total, limit: query.limit, offset: query.offset, stakes: page.items.map(stakeJson) } };
    },
  });
  route(deps, {
    method: 'post', path: '/api/v1/governance/admin/staking/trigger-reward-cycle', summary: 'Run a reward cycle now (or finish the one left unfinished)', tags: ADMIN,
    auth: ['developer'], admin: true, body: CycleBody,
    description: 'Pays every stake its reward for the period since the last cycle, from the treasury, once. 422 when the treasury cannot cover the cycle.',
    responses: { 200: { description: 'The cycle', schema: CycleSchema }, 422: { description: 'The treasury cannot cover the cycle' } },
    handler: async ({ body }) => ({ body: cycleJson(await staking.call('RunRewardCycle', { trigger: 'admin', reward_percentage: text(body?.reward_percentage) })) }),
  });
  route(deps, {
    method: 'get', path: '/api/v1/governance/admin/rewards/distributions', summary: 'Reward cycles, newest first', tags: ADMIN, auth: ['developer'], admin: true, query: PaginationQuery,
    responses: { 200: { description: 'Cycles', schema: z.object({ items: z.array(CycleSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }) } },
    handler: async ({ query }) => {
      const page = await staking.call('ListRewardCycles', { limit: query.limit, offset: query.offset });
      return { body: { items: page.items.map(cycleJson), total: page.total, limit: query.limit, offset: query.offset } };
    },
  });
  route(deps, {
    method: 'get', path: '/api/v1/governance/admin/rewards/config', summary: 'Reward configurations (the newest active one sets the APY)', tags: ADMIN, auth: ['developer'], admin: true,
    responses: { 200: { description: 'Configurations', schema: z.object({ items: z.array(RewardConfigSchema) }) } },
    handler: async () => ({ body: await staking.call('ListRewardConfigs', {}) }),
  });
  route(deps, {
    method: 'post', path: '/api/v1/governance/admin/rewards/config', summary: 'Create a reward configuration', tags: ADMIN, auth: ['developer'], admin: true, body: RewardConfigBody,
    responses: { 201: { description: 'Created', schema: RewardConfigSchema } },
    handler: async ({ body }) => ({
      status: 201,
      body: await staking.call('CreateRewardConfig', { name: body.name, apy_percentage: text(body.apy_percentage), is_active: body.is_active === undefined ? '' : String(body.is_active) }),
    }),
  });
  route(deps, {
    method: 'put', path: '/api/v1/governance/admin/rewards/config/:reward_id', summary: 'Change a reward configuration', tags: ADMIN, auth: ['developer'], admin: true,
    params: z.object({ reward_id: z.string().min(1).max(100) }), body: RewardConfigPatch,
    responses: { 200: { description: 'Updated', schema: RewardConfigSchema } },
    handler: async ({ params, body }) => ({
      body: await staking.call('UpdateRewardConfig', {
        reward_id: params.reward_id, name: body.name ?? '', apy_percentage: text(body.apy_percentage), is_active: body.is_active === undefined ? '' : String(body.is_active),
      }),
    }),
  });
}
