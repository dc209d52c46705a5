import { defineContract, type Client } from '@agentvault/grpc';
import type { GovernanceServiceDefinition } from './generated/agentvault/governance/v1/GovernanceService.js';

/** The governance service's gRPC contract (proto/agentvault/governance/v1/governance.proto). */
export const governanceContract = defineContract<GovernanceServiceDefinition>({
  name: 'governance',
  proto: 'agentvault/governance/v1/governance.proto',
  service: 'agentvault.governance.v1.GovernanceService',
  defaultPort: 50054,
});
export type GovernanceContract = typeof governanceContract;
export type GovernanceClient = Client<GovernanceContract>;
