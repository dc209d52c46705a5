import { defineContract, type Client } from '@agentvault/grpc';
import type { StakingServiceDefinition } from './generated/agentvault/staking/v1/StakingService.js';

/** The staking service's gRPC contract (proto/agentvault/staking/v1/staking.proto). */
export const stakingContract = defineContract<StakingServiceDefinition>({
  name: 'staking',
  proto: 'agentvault/staking/v1/staking.proto',
  service: 'agentvault.staking.v1.StakingService',
  defaultPort: 50053,
});
export type StakingContract = typeof stakingContract;
export type StakingClient = Client<StakingContract>;
