import { createServiceClient, serviceConstructor, type ClientOptions, type ServiceClient } from '@agentvault/grpc';

export const STAKING_PROTO = 'agentvault/staking/v1/staking.proto';
export const STAKING_SERVICE = 'agentvault.staking.v1.StakingService';

export function createStakingClient(address: string, options: ClientOptions = {}): ServiceClient {
  return createServiceClient(serviceConstructor(STAKING_PROTO, STAKING_SERVICE), address, { name: 'staking', ...options });
}
