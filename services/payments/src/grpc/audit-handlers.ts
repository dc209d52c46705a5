import type { Handlers } from '@agentvault/grpc';
import type { PaymentsContract } from '@agentvault/contracts/payments';
import { formatAmount } from '@agentvault/ledger/amount';
import type { AttestationPolicy, AttestationSubmission, AuditorFlag, AuditorRule, AvtpReport } from '../domain/model.js';
import type { AuditorService } from '../domain/auditor.js';
import type { AvtpService } from '../domain/avtp.js';
import type { AttestationService } from '../domain/attestations.js';

/** proto ↔ domain for auditor flags and rules, AVTP reports and attestations; no rules here. */

export type AuditMethods =
  | 'CreateAuditorFlag' | 'ListAuditorFlags' | 'UpdateAuditorFlag' | 'EscalateAuditorFlag' | 'BulkUpdateAuditorFlags'
  | 'ListAuditorRules' | 'PutAuditorRule' | 'DeleteAuditorRule' | 'ReportAvtpTransaction'
  | 'CreateAttestationPolicy' | 'ListAttestationPolicies' | 'SubmitAttestation' | 'ListMyAttestations';

const flagMessage = (f: AuditorFlag) => ({
  flag_id: f.id, flagged_agent_did: f.flaggedAgentDid, rule_violated_code: f.ruleCode, flag_reason: f.reason, severity: f.severity, status: f.status,
  related_transaction_ids: f.relatedTransactionIds, flagged_by: f.flaggedBy, admin_notes: f.adminNotes ?? '', escalation_reason: f.escalationReason ?? '',
  created_at: f.createdAt.toISOString(), updated_at: f.updatedAt.toISOString(),
});

const ruleMessage = (r: AuditorRule) => ({
  rule_code: r.code, description: r.description, enabled: r.enabled, thresholds_json: JSON.stringify(r.thresholds), severity: r.severity, updated_at: r.updatedAt.toISOString(),
});

const reportMessage = (r: AvtpReport, duplicate: boolean) => ({
  log_id: r.id, avtp_transaction_id: r.avtpTransactionId, status: duplicate ? 'DUPLICATE' : 'RECORDED', outcome_status: r.outcomeStatus,
  responding_agent_did: r.respondingDid, reputation_delta: r.reputationDelta, reputation_applied: r.reputationApplied, created_at: r.createdAt.toISOString(),
});

const policyMessage = (p: AttestationPolicy) => ({
  policy_id: p.id, policy_code: p.code, policy_name: p.name, description: p.description, verifier_kind: p.verifierKind, reward_amount: formatAmount(p.reward),
  circuit_identifier: p.circuitIdentifier ?? '', is_active: p.active, created_at: p.createdAt.toISOString(),
});

const submissionMessage = (s: AttestationSubmission, policy: AttestationPolicy | undefined, replayed = false) => ({
  submission_id: s.id, agent_did: s.agentDid, policy_id: s.policyId, policy_code: s.policyCode, policy_name: policy?.name ?? '', storage_pointer: s.storagePointer,
  verified: s.verified, status: s.verified ? 'verified_true' : 'verified_false', verification_reason: s.reason,
  reward_amount: s.reward === null ? '' : formatAmount(s.reward), reward_transaction_id: s.rewardTransactionId ?? '', created_at: s.createdAt.toISOString(), replayed,
});

const enabledOf = (value: string) => (value === 'true' ? true : value === 'false' ? false : undefined);

export function auditHandlers(auditor: AuditorService, avtp: AvtpService, attestations: AttestationService): Pick<Handlers<PaymentsContract>, AuditMethods> {
  return {
    CreateAuditorFlag: async (req) =>
      flagMessage(await auditor.create({
        flaggedBy: req.flagged_by, agentDid: req.flagged_agent_did, ruleCode: req.rule_code, reason: req.flag_reason, severity: req.severity,
        relatedTransactionIds: req.related_transaction_ids,
      })),
    ListAuditorFlags: async (req) => {
      const page = await auditor.list({ status: req.status, severity: req.severity, agentDid: req.agent_did, ruleCode: req.rule_code, limit: req.limit || 100, offset: req.offset });
      return { items: page.items.map(flagMessage), total: page.total };
    },
    UpdateAuditorFlag: async (req) => {
      const r = await auditor.update({ flagId: req.flag_id, newStatus: req.new_status, adminNotes: req.admin_notes || undefined });
      return { flag_id: r.flag.id, old_status: r.oldStatus, new_status: r.flag.status, admin_notes: r.flag.adminNotes ?? '', updated_at: r.flag.updatedAt.toISOString() };
    },
    EscalateAuditorFlag: async (req) => {
      const r = await auditor.escalate({ flagId: req.flag_id, newSeverity: req.new_severity, reason: req.escalation_reason });
      return { flag_id: r.flag.id, old_severity: r.oldSeverity, new_severity: r.flag.severity, escalation_reason: r.flag.escalationReason ?? '', updated_at: r.flag.updatedAt.toISOString() };
    },
    BulkUpdateAuditorFlags: async (req) => {
      const r = await auditor.bulkUpdate({ flagIds: req.flag_ids, newStatus: req.new_status, adminNotes: req.admin_notes || undefined });
      return { total_updated: r.updated, status: r.status, admin_notes: req.admin_notes };
    },
    ListAuditorRules: async () => ({ rules: (await auditor.listRules()).map(ruleMessage) }),
    PutAuditorRule: async (req) =>
      ruleMessage(await auditor.putRule({
        code: req.rule_code, thresholdsJson: req.thresholds_json || undefined, enabled: enabledOf(req.enabled), description: req.description || undefined, severity: req.severity || undefined,
      })),
    DeleteAuditorRule: async (req) => ruleMessage(await auditor.deleteRule(req.rule_code)),

    ReportAvtpTransaction: async (req) => {
      const r = await avtp.report({
        reporterDid: req.reporter_did, avtpTransactionId: req.avtp_transaction_id, initiatingDid: req.initiating_agent_did, respondingDid: req.responding_agent_did,
        serviceIdentifier: req.service_identifier || undefined, price: req.price_avt || undefined, outcomeStatus: req.outcome_status,
        slaIdentifier: req.sla_identifier_referenced || undefined, rawLogPointer: req.raw_log_pointer || undefined,
      });
      return reportMessage(r.report, r.duplicate);
    },

    CreateAttestationPolicy: async (req) =>
      policyMessage(await attestations.createPolicy({
        code: req.policy_code, name: req.policy_name, description: req.description, verifierKind: req.verifier_kind, publicKeyJwk: req.public_key_jwk, verificationKey: req.verification_key,
        reward: req.reward_amount, circuitIdentifier: req.circuit_identifier || undefined,
      })),
    ListAttestationPolicies: async () => ({ policies: (await attestations.listPolicies()).map(policyMessage) }),
    SubmitAttestation: async (req) => {
      const r = await attestations.submit({ agentDid: req.agent_did, policyCode: req.policy_code, dataJson: req.attestation_data_json, storagePointer: req.storage_pointer, proof: req.proof });
      return submissionMessage(r.submission, r.policy, r.replayed);
    },
    ListMyAttestations: async (req) => {
      const page = await attestations.mine(req.agent_did, req.limit || 50, req.offset);
      return { items: page.items.map((s) => submissionMessage(s, page.policies.get(s.policyId))), total: page.total };
    },
  };
}
