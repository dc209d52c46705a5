import type { Handlers } from '@agentvault/grpc';
import type { GovernanceContract } from '@agentvault/contracts/governance';
import { validationError } from '@agentvault/errors';
import { formatAmount } from '@agentvault/ledger/amount';
import type { Policy, Proposal, Vote } from '../domain/model.js';
import { quorumPower, type GovernanceService } from '../domain/governance-service.js';
import { isFederationHome, type FederatedVotes } from '../domain/federated-votes.js';
import { parseAmount } from '@agentvault/ledger/amount';

/** proto ↔ domain for the GovernanceService; no rules here. */

const iso = (d: Date | null) => d?.toISOString() ?? '';
const bpsText = (bps: bigint) => `${bps / 100n}.${(bps % 100n).toString().padStart(2, '0')}`;

function parseJson(text: string, field: string): Record<string, unknown> {
  if (!text) return {};
  try {
    const value = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // refused below
  }
  throw validationError(`${field} must be a JSON object`, field);
}

const optionalBool = (v: string) => (v === '' ? undefined : v === 'true');
const orNull = (v: string) => (v === '' ? null : v);

export function governanceHandlers(governance: GovernanceService, federated: FederatedVotes): Handlers<GovernanceContract> {
  const s = governance.settings;
  // A federation proposal at home shows who takes part, what each signed tally said, and (decided) the combination.
  const federationJson = async (p: Proposal) => {
    if (!isFederationHome(p)) return '';
    const tallies = await federated.tallies(p.id);
    return JSON.stringify({
      participants: p.participants,
      tallies: tallies.map((t) => ({
        registry: t.registry, votes_for: formatAmount(t.votesFor), votes_against: formatAmount(t.votesAgainst), votes_abstain: formatAmount(t.votesAbstain),
        total_voters: t.totalVoters, snapshot_total_power: formatAmount(t.snapshotTotalPower), tallied_at: iso(t.talliedAt), received_at: iso(t.receivedAt), kid: t.kid,
        signed_tally: t.signedTally,
      })),
      awaiting: p.status === 'open' ? p.participants.filter((r) => !tallies.some((t) => t.registry === r)) : [],
      result: p.federationResult,
    });
  };
  const proposalMessage = async (p: Proposal) => ({
    ...baseMessage(p), scope: p.scope, origin_registry: p.originRegistry ?? '', origin_proposal_id: p.originProposalId ?? '', federation_json: await federationJson(p),
  });
  const baseMessage = (p: Proposal) => ({
    proposal_id: p.id, proposer_did: p.proposerDid, title: p.title, description: p.description, proposal_type: p.type, parameters_json: JSON.stringify(p.parameters),
    status: p.status, created_at: iso(p.createdAt), voting_ends_at: iso(p.votingEndsAt), snapshot_total_power: formatAmount(p.snapshotTotalPower),
    quorum_power: formatAmount(quorumPower(p.snapshotTotalPower, s.quorumBps)), votes_for: formatAmount(p.votesFor), votes_against: formatAmount(p.votesAgainst),
    votes_abstain: formatAmount(p.votesAbstain), total_voters: p.totalVoters, tallied_at: iso(p.talliedAt), execution_status: p.executionStatus,
    execution_result: p.executionResult ?? '', executed_at: iso(p.executedAt), pass_threshold_percent: bpsText(s.passThresholdBps), quorum_percent: bpsText(s.quorumBps),
  });
  const voteMessage = (v: Vote) => ({
    vote_id: v.id, proposal_id: v.proposalId, voter_did: v.voterDid, choice: v.choice, voting_power: formatAmount(v.power), reason: v.reason ?? '', created_at: iso(v.createdAt),
  });
  const policyMessage = (p: Policy) => ({
    policy_id: p.id, policy_code: p.code, policy_name: p.name, policy_type: p.type, policy_version: String(p.version), description: p.description ?? '',
    parameters_json: p.parameters ? JSON.stringify(p.parameters) : '', circuit_identifier: p.circuitIdentifier ?? '', enforcement_level: p.enforcementLevel ?? '',
    reward_amount: p.rewardAmount ?? '', rules_document_url: p.rulesDocumentUrl ?? '', is_active: p.isActive, created_at: iso(p.createdAt), updated_at: iso(p.updatedAt),
  });
  return {
    CreateProposal: async (req) =>
      proposalMessage(await governance.createProposal({
        proposerDid: req.proposer_did, title: req.title, description: req.description, type: req.proposal_type || 'text',
        parameters: parseJson(req.parameters_json, 'parameters'), votingPeriodSeconds: req.voting_period_seconds, scope: req.scope || undefined,
      })),
    ListProposals: async (req) => {
      const page = await governance.listProposals(req.status || undefined, req.limit || 50, req.offset);
      return { items: await Promise.all(page.items.map(proposalMessage)), total: page.total };
    },
    GetProposal: async (req) => proposalMessage(await governance.getProposal(req.proposal_id)),
    CastVote: async (req) => voteMessage(await governance.vote({ proposalId: req.proposal_id, voterDid: req.voter_did, choice: req.choice, reason: req.reason || undefined })),
    Tally: async (req) => proposalMessage(await governance.tally(req.proposal_id)),

    OpenFederatedProposal: async (req) =>
      proposalMessage(await federated.openCopy({
        originRegistry: req.origin_registry, originProposalId: req.origin_proposal_id, proposerDid: req.proposer_did, title: req.title,
        description: req.description, votingEndsAt: req.voting_ends_at,
      })),
    AddFederationParticipant: async (req) => proposalMessage(await federated.addParticipant(req.proposal_id, req.registry)),
    RecordPeerTally: async (req) => {
      const talliedAt = new Date(req.tallied_at);
      if (Number.isNaN(talliedAt.getTime())) throw validationError('tallied_at must be a date-time', 'tallied_at');
      const power = (v: string, field: string) => parseAmount(v, field, { allowZero: true });
      return proposalMessage(await federated.recordPeerTally({
        proposalId: req.proposal_id, registry: req.registry, votesFor: power(req.votes_for, 'votes_for'), votesAgainst: power(req.votes_against, 'votes_against'),
        votesAbstain: power(req.votes_abstain, 'votes_abstain'), totalVoters: req.total_voters, snapshotTotalPower: power(req.snapshot_total_power, 'snapshot_total_power'),
        talliedAt, signedTally: req.signed_tally, kid: req.kid,
      }));
    },

    CreatePolicy: async (req) =>
      policyMessage(await governance.createPolicy({
        code: req.policy_code, name: req.policy_name, type: req.policy_type, description: orNull(req.description),
        parameters: req.parameters_json ? parseJson(req.parameters_json, 'parameters') : null, circuitIdentifier: orNull(req.circuit_identifier),
        enforcementLevel: orNull(req.enforcement_level), rewardAmount: orNull(req.reward_amount), rulesDocumentUrl: orNull(req.rules_document_url),
        isActive: optionalBool(req.is_active) ?? true,
      })),
    UpdatePolicy: async (req) =>
      policyMessage(await governance.updatePolicy(req.policy_id, {
        name: req.policy_name || undefined, description: req.description || undefined,
        parameters: req.parameters_json ? parseJson(req.parameters_json, 'parameters') : undefined, enforcementLevel: req.enforcement_level || undefined,
        rewardAmount: req.reward_amount || undefined, isActive: optionalBool(req.is_active),
      })),
    DeletePolicy: async (req) => policyMessage(await governance.deletePolicy(req.policy_id)),
    GetPolicy: async (req) => policyMessage(await governance.getPolicy(req.policy_id)),
    ListPolicies: async (req) => {
      const items = await governance.listPolicies(req.active_only, req.policy_type || undefined);
      return { items: items.map(policyMessage), total: items.length };
    },
  };
}
