import { defineService } from '@agentvault/runtime';
import { governanceContract } from '@agentvault/contracts/governance';
import { governanceEvents } from '@agentvault/contracts/governance-events';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { stakingContract } from '@agentvault/contracts/staking';
import { parseAmount } from '@agentvault/ledger/amount';
import { loadGovernanceConfig } from './config.js';
import { GovernanceService, newId } from './domain/governance-service.js';
import { FederatedVotes } from './domain/federated-votes.js';
import { governanceHandlers } from './grpc/handlers.js';
import { executionPort, votingPowerPort } from './grpc/ports.js';
import { createUnitOfWork } from './store/governance-store.js';
import { governanceMigrations, GOVERNANCE_SCHEMA } from '../migrations/index.js';

const bps = (percent: string) => {
  const [whole, fraction = ''] = percent.split('.');
  return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
};

/** Proposals, snapshotted votes, tallies and policies; passed proposals are executed by the services that own what they change. */
export const governanceModule = defineService({
  name: 'governance',
  contract: governanceContract,
  events: governanceEvents,
  schema: { name: GOVERNANCE_SCHEMA, migrations: governanceMigrations },
  config: loadGovernanceConfig,
  calls: { staking: stakingContract, ledger: ledgerContract },
  async start({ config, logger, database, outbox, clients }) {
    const uow = createUnitOfWork(database, () => outbox.notify());
    const power = votingPowerPort(clients.staking);
    const governance = new GovernanceService(uow, power, executionPort(clients.ledger), {
      quorumBps: bps(config.GOVERNANCE_QUORUM_PERCENT),
      passThresholdBps: bps(config.GOVERNANCE_PASS_THRESHOLD_PERCENT),
      minProposalPower: parseAmount(config.GOVERNANCE_MIN_PROPOSAL_POWER, 'GOVERNANCE_MIN_PROPOSAL_POWER', { allowZero: true }),
      minVotingSeconds: config.GOVERNANCE_MIN_VOTING_SECONDS,
      maxVotingSeconds: config.GOVERNANCE_MAX_VOTING_SECONDS,
      federatedTallyGraceMs: config.GOVERNANCE_FEDERATED_TALLY_GRACE_SECONDS * 1000,
    });
    const federated = new FederatedVotes(uow, power, { maxVotingSeconds: config.GOVERNANCE_MAX_VOTING_SECONDS }, () => newId('prp'));

    // Passed proposals whose execution failed for a passing reason (a service down) are retried.
    let retry: NodeJS.Timeout | undefined;
    let retrying: Promise<void> = Promise.resolve();
    const executions = {
      name: 'execution-retry',
      start() {
        retry = setInterval(() => {
          retrying = retrying.then(() => governance.executePending().catch((err) => logger.warn({ err }, 'proposal execution retry failed')));
        }, 5000);
        retry.unref();
      },
      async stop() {
        clearInterval(retry);
        await retrying;
      },
    };
    return { handlers: governanceHandlers(governance, federated), workers: [executions] };
  },
});
