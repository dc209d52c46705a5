import type { PolicyDirectory } from '../domain/attestations.js';
import type { PaymentsUnitOfWork } from '../domain/ports.js';

/** Attestation policies kept in the payments schema until governance serves them. */
export function storePolicyDirectory(uow: PaymentsUnitOfWork): PolicyDirectory {
  return {
    byCode: (code) => uow.read.policies.byCode(code),
    list: () => uow.read.policies.list(),
    async create(policy) {
      await uow.run((repos) => repos.policies.insert(policy));
      return policy;
    },
  };
}
