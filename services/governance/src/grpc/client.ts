import { createServiceClient, serviceConstructor, type ClientOptions, type ServiceClient } from '@agentvault/grpc';

export const GOVERNANCE_PROTO = 'agentvault/governance/v1/governance.proto';
export const GOVERNANCE_SERVICE = 'agentvault.governance.v1.GovernanceService';

export function createGovernanceClient(address: string, options: ClientOptions = {}): ServiceClient {
  return createServiceClient(serviceConstructor(GOVERNANCE_PROTO, GOVERNANCE_SERVICE), address, { name: 'governance', ...options });
}
