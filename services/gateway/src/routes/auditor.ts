import type { ResponseOf } from '@agentvault/grpc';
import type { PaymentsContract } from '@agentvault/contracts/payments';
import type { GatewayClients } from './clients.js';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';
import { ADMIN_ROLE, AUDITOR_ROLE } from '../http/principal.js';
import { agentOf, Amount, AmountText, developerOf, orNull, text } from './common.js';
import { DeveloperSchema } from './schemas.js';

/** Auditor flags and rules, AVTP transaction reports, attestations and policies: HTTP ↔ the payments service; granting the auditor role: HTTP ↔ identity. */

const Did = z.string().trim().min(1).max(300);
/** A filter names an agent exactly: a value that is not a DID is refused rather than matching nothing. */
const DidFilter = z.string().trim().regex(/^did:[a-z0-9]+:[A-Za-z0-9._:%-]{1,200}$/, 'must be an agent DID').openapi({ example: 'did:agentvault:agent_1' });
const Severity = z.string().trim().toUpperCase().pipe(z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']));
const FlagStatus = z.string().trim().toUpperCase().pipe(z.enum(['NEW', 'UNDER_REVIEW', 'ESCALATED', 'RESOLVED', 'DISMISSED']));
const RuleCode = z.string().trim().min(2).max(64);

const FlagSchema = z
  .object({
    flag_id: z.string(),
    flagged_agent_did: z.string(),
    rule_violated_code: z.string(),
    flag_reason: z.string(),
    severity: z.string(),
    status: z.string(),
    related_transaction_ids: z.array(z.string()),
    flagged_by: z.string().openapi({ description: 'The auditor (a developer id), or rule:<code> for a rule\'s own flags' }),
    admin_notes: z.string().nullable(),
    escalation_reason: z.string().nullable(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .openapi('AuditorFlag');
const FlagsPage = z.object({ flags: z.array(FlagSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).openapi('AuditorFlagsPage');
const RuleSchema = z
  .object({ rule_code: z.string(), description: z.string(), enabled: z.boolean(), thresholds: z.record(z.string(), z.number()), severity: z.string(), updated_at: z.string() })
  .openapi('AuditorRule');

type FlagMessage = ResponseOf<PaymentsContract, 'CreateAuditorFlag'>;
type RuleMessage = ResponseOf<PaymentsContract, 'PutAuditorRule'>;
type SubmissionMessage = ResponseOf<PaymentsContract, 'SubmitAttestation'>;
type PolicyMessage = ResponseOf<PaymentsContract, 'CreateAttestationPolicy'>;

const flagBody = (f: FlagMessage) => ({
  flag_id: f.flag_id, flagged_agent_did: f.flagged_agent_did, rule_violated_code: f.rule_violated_code, flag_reason: f.flag_reason, severity: f.severity,
  status: f.status, related_transaction_ids: f.related_transaction_ids, flagged_by: f.flagged_by, admin_notes: orNull(f.admin_notes),
  escalation_reason: orNull(f.escalation_reason), created_at: f.created_at, updated_at: f.updated_at,
});
const ruleBody = (r: RuleMessage) => ({
  rule_code: r.rule_code, description: r.description, enabled: r.enabled, thresholds: JSON.parse(r.thresholds_json || '{}') as Record<string, number>,
  severity: r.severity, updated_at: r.updated_at,
});
const policyBody = (p: PolicyMessage) => ({
  policy_id: p.policy_id, policy_code: p.policy_code, policy_name: p.policy_name, description: p.description, verifier_kind: p.verifier_kind,
  reward_amount: p.reward_amount, circuit_identifier: orNull(p.circuit_identifier), is_active: p.is_active, created_at: p.created_at,
});
const submissionBody = (s: SubmissionMessage) => ({
  submission_id: s.submission_id, agent_did: s.agent_did, attestation_type: s.policy_code, policy_id: s.policy_id, policy_name: orNull(s.policy_name),
  storage_pointer: s.storage_pointer, status: s.status, verified: s.verified, verification_reason: s.verification_reason,
  reward_amount: orNull(s.reward_amount), reward_transaction_id: orNull(s.reward_transaction_id), created_at: s.created_at,
});

const PolicySchema = z
  .object({
    policy_id: z.string(), policy_code: z.string(), policy_name: z.string(), description: z.string(), verifier_kind: z.string(), reward_amount: AmountText,
    circuit_identifier: z.string().nullable(), is_active: z.boolean(), created_at: z.string(),
  })
  .openapi('AttestationPolicy');
const SubmissionSchema = z
  .object({
    submission_id: z.string(), agent_did: z.string(), attestation_type: z.string().openapi({ description: 'The policy code' }), policy_id: z.string(),
    policy_name: z.string().nullable(), storage_pointer: z.string(),
    status: z.enum(['verified_true', 'verified_false']), verified: z.boolean(), verification_reason: z.string(),
    reward_amount: AmountText.nullable(), reward_transaction_id: z.string().nullable().openapi({ description: 'Null until the reward is paid (right away, or by the sweep)' }),
    created_at: z.string(),
  })
  .openapi('AttestationSubmission');

const FlagCreate = z
  .object({
    flagged_agent_did: Did.optional(),
    flagged_agent_id: Did.optional(),
    rule_violated_code: RuleCode.optional(),
    rule_code: RuleCode.optional(),
    flag_reason: z.string().max(4000).nullish(),
    evidence: z.string().max(4000).nullish(),
    severity: Severity,
    related_transaction_ids: z.array(z.string().min(1).max(200)).max(100).nullish(),
  })
  .refine((b) => b.flagged_agent_did ?? b.flagged_agent_id, { message: 'flagged_agent_did is required', path: ['flagged_agent_did'] })
  .refine((b) => b.rule_violated_code ?? b.rule_code, { message: 'rule_violated_code is required', path: ['rule_violated_code'] })
  .openapi('AuditorFlagCreate');

export function auditorRoutes(deps: RouteDeps, { payments, identity }: GatewayClients): void {
  // ── the auditor role ──────────────────────────────────────────────────────────
  route(deps, {
    method: 'put', path: '/api/v1/admin/developers/:developer_id/role', summary: "Grant or take back a developer's role (auditor)", tags: ['Auditor'],
    description: "The developer's sessions end: the next login's tokens carry the new role. The platform admin role is not granted here.",
    auth: ['developer'], admin: true, params: z.object({ developer_id: z.string().min(1).max(100) }),
    body: z.object({ role: z.enum(['developer', 'auditor']) }).openapi('DeveloperRoleUpdate'),
    responses: { 200: { description: 'The developer', schema: DeveloperSchema }, 404: { description: 'Unknown developer' } },
    handler: async ({ params, body }) => ({ body: await identity.call('SetDeveloperRole', { developer_id: params.developer_id, role: body.role }) }),
  });

  // ── flags ─────────────────────────────────────────────────────────────────────
  for (const path of ['/api/v1/auditor/flags', '/api/v1/auditor/flag']) {
    route(deps, {
      method: 'post', path, summary: 'Raise a flag on an agent (auditors)', tags: ['Auditor'], auth: ['developer'], roles: [AUDITOR_ROLE, ADMIN_ROLE],
      body: FlagCreate,
      responses: { 201: { description: 'Raised (status NEW)', schema: FlagSchema } },
      handler: async ({ principal, body }) => {
        const f = await payments.call('CreateAuditorFlag', {
          flagged_by: developerOf(principal), flagged_agent_did: body.flagged_agent_did ?? body.flagged_agent_id ?? '', rule_code: body.rule_violated_code ?? body.rule_code ?? '',
          flag_reason: body.flag_reason ?? body.evidence ?? '', severity: body.severity, related_transaction_ids: body.related_transaction_ids ?? [],
        });
        return { status: 201, body: flagBody(f) };
      },
    });
  }

  const FlagQuery = PaginationQuery.extend({ status: FlagStatus.optional(), severity: Severity.optional(), agent_did: DidFilter.optional(), flag_type: RuleCode.regex(/^[A-Za-z0-9_]+$/).optional() });
  const listFlags = (path: string, summary: string, admin: boolean) =>
    route(deps, {
      method: 'get', path, summary, tags: ['Auditor'], auth: ['developer'], ...(admin ? { admin: true } : { roles: [AUDITOR_ROLE, ADMIN_ROLE] }), query: FlagQuery,
      responses: { 200: { description: 'A page of flags, newest first', schema: FlagsPage } },
      handler: async ({ query }) => {
        const p = await payments.call('ListAuditorFlags', {
          status: query.status ?? '', severity: query.severity ?? '', agent_did: query.agent_did ?? '', rule_code: query.flag_type ?? '', limit: query.limit, offset: query.offset,
        });
        return { body: { flags: p.items.map(flagBody), total: p.total, limit: query.limit, offset: query.offset } };
      },
    });
  listFlags('/api/v1/auditor/flags', 'Flags (auditors and administrators)', false);
  listFlags('/api/v1/admin/auditor/flags', 'Review flags: filter by status and severity (administrators)', true);

  const FlagParams = z.object({ flag_id: z.string().min(1).max(100) });
  route(deps, {
    method: 'post', path: '/api/v1/admin/auditor/flags/:flag_id/update', summary: "Change a flag's status", tags: ['Auditor'], auth: ['developer'], admin: true, params: FlagParams,
    body: z.object({ new_status: FlagStatus, admin_notes: z.string().max(4000).nullish() }).openapi('AuditorFlagUpdate'),
    responses: {
      200: {
        description: 'Updated',
        schema: z.object({ flag_id: z.string(), old_status: z.string(), new_status: z.string(), admin_notes: z.string().nullable(), updated_at: z.string() }).openapi('AuditorFlagUpdateResult'),
      },
      404: { description: 'Unknown flag' },
    },
    handler: async ({ params, body }) => {
      const r = await payments.call('UpdateAuditorFlag', { flag_id: params.flag_id, new_status: body.new_status, admin_notes: body.admin_notes ?? '' });
      return { body: { ...r, admin_notes: orNull(r.admin_notes) } };
    },
  });

  route(deps, {
    method: 'post', path: '/api/v1/admin/auditor/flags/:flag_id/escalate', summary: "Escalate a flag: raise its severity, status ESCALATED", tags: ['Auditor'], auth: ['developer'], admin: true,
    params: FlagParams, body: z.object({ new_severity: Severity, escalation_reason: z.string().trim().min(1).max(4000) }).openapi('AuditorFlagEscalate'),
    responses: {
      200: {
        description: 'Escalated',
        schema: z.object({ flag_id: z.string(), old_severity: z.string(), new_severity: z.string(), escalation_reason: z.string(), updated_at: z.string() }).openapi('AuditorFlagEscalation'),
      },
      404: { description: 'Unknown flag' },
    },
    handler: async ({ params, body }) => ({ body: await payments.call('EscalateAuditorFlag', { flag_id: params.flag_id, new_severity: body.new_severity, escalation_reason: body.escalation_reason }) }),
  });

  route(deps, {
    method: 'post', path: '/api/v1/admin/auditor/flags/bulk-update', summary: 'Set the status of several flags at once (unknown ids are skipped)', tags: ['Auditor'], auth: ['developer'], admin: true,
    body: z.object({ flag_ids: z.array(z.string().min(1).max(100)).min(1).max(500), new_status: FlagStatus, admin_notes: z.string().max(4000).nullish() }).openapi('AuditorFlagBulkUpdate'),
    responses: {
      200: { description: 'The number updated', schema: z.object({ total_updated: z.number().int(), status: z.string(), admin_notes: z.string().nullable() }).openapi('AuditorFlagBulkUpdateResult') },
    },
    handler: async ({ body }) => {
      const r = await payments.call('BulkUpdateAuditorFlags', { flag_ids: body.flag_ids, new_status: body.new_status, admin_notes: body.admin_notes ?? '' });
      return { body: { total_updated: r.total_updated, status: r.status, admin_notes: orNull(r.admin_notes) } };
    },
  });

  // ── rules ─────────────────────────────────────────────────────────────────────
  route(deps, {
    method: 'get', path: '/api/v1/admin/auditor/rules/config', summary: 'The auditor rules and their thresholds', tags: ['Auditor'], auth: ['developer'], admin: true,
    responses: { 200: { description: 'The rules', schema: z.object({ rules: z.array(RuleSchema) }).openapi('AuditorRules') } },
    handler: async () => ({ body: { rules: (await payments.call('ListAuditorRules', {})).rules.map(ruleBody) } }),
  });

  route(deps, {
    method: 'put', path: '/api/v1/admin/auditor/rules/config', summary: 'Create or change a rule (thresholds are merged; HIGH_VELOCITY_TRANSFERS reads max_transfers and window_seconds)', tags: ['Auditor'],
    auth: ['developer'], admin: true,
    body: z
      .object({
        rule_code: RuleCode,
        thresholds: z.record(z.string().max(64), z.number().min(0)).nullish(),
        enabled: z.boolean().nullish(),
        description: z.string().max(1000).nullish(),
        severity: Severity.nullish(),
        disable_reason: z.string().max(1000).nullish(),
      })
      .openapi('AuditorRuleUpdate'),
    responses: { 200: { description: 'The rule', schema: RuleSchema } },
    handler: async ({ body }) => {
      const r = await payments.call('PutAuditorRule', {
        rule_code: body.rule_code, thresholds_json: body.thresholds ? JSON.stringify(body.thresholds) : '',
        enabled: body.enabled === undefined || body.enabled === null ? '' : String(body.enabled), description: body.description ?? '', severity: body.severity ?? '',
      });
      return { body: ruleBody(r) };
    },
  });

  route(deps, {
    method: 'delete', path: '/api/v1/admin/auditor/rules/config/:rule_code', summary: 'Delete a rule (a built-in one comes back with its defaults at the next start)', tags: ['Auditor'],
    auth: ['developer'], admin: true, params: z.object({ rule_code: RuleCode }),
    responses: { 200: { description: 'The deleted rule', schema: RuleSchema }, 404: { description: 'Unknown rule' } },
    handler: async ({ params }) => ({ body: ruleBody(await payments.call('DeleteAuditorRule', { rule_code: params.rule_code })) }),
  });

  // ── AVTP ──────────────────────────────────────────────────────────────────────
  route(deps, {
    method: 'post', path: '/api/v1/avtp/report-transaction', summary: "Report an AVTP transaction's outcome (the initiating agent)", tags: ['AVTP'],
    description: "Feeds the responding agent's usage-derived reputation once per avtp_transaction_id (SUCCESS +1; FAILURE, TIMEOUT, SLA_BREACH −1; PARTIAL_SUCCESS, CANCELLED 0). A repeat answers status DUPLICATE.",
    auth: ['agent'],
    body: z
      .object({
        avtp_transaction_id: z.string().trim().min(1).max(200),
        initiating_agent_did: Did,
        responding_agent_did: Did,
        service_identifier: z.string().max(256).nullish(),
        price_avt: Amount.nullish(),
        outcome_status: z.string().trim().min(1).max(32),
        sla_identifier_referenced: z.string().max(256).nullish(),
        raw_log_pointer: z.string().max(2048).nullish(),
      })
      .openapi('AvtpTransactionReport'),
    responses: {
      201: {
        description: 'Recorded (or the earlier record, status DUPLICATE)',
        schema: z
          .object({
            log_id: z.string(), avtp_transaction_id: z.string(), status: z.enum(['RECORDED', 'DUPLICATE']), outcome_status: z.string(), responding_agent_did: z.string(),
            reputation_delta: z.number().int(), created_at: z.string(),
          })
          .openapi('AvtpTransactionRecord'),
      },
      403: { description: 'Not the initiating agent' },
      404: { description: 'Unknown responding agent' },
      409: { description: 'Reported before with other parties or outcome' },
    },
    handler: async ({ principal, body }) => {
      const r = await payments.call('ReportAvtpTransaction', {
        reporter_did: agentOf(principal), avtp_transaction_id: body.avtp_transaction_id, initiating_agent_did: body.initiating_agent_did,
        responding_agent_did: body.responding_agent_did, service_identifier: body.service_identifier ?? '', price_avt: text(body.price_avt),
        outcome_status: body.outcome_status, sla_identifier_referenced: body.sla_identifier_referenced ?? '', raw_log_pointer: body.raw_log_pointer ?? '',
      });
      return {
        status: r.status === 'DUPLICATE' ? 200 : 201,
        body: {
          log_id: r.log_id, avtp_transaction_id: r.avtp_transaction_id, status: r.status, outcome_status: r.outcome_status, responding_agent_did: r.responding_agent_did,
          reputation_delta: r.reputation_delta, created_at: r.created_at,
        },
      };
    },
  });

  // ── attestations ──────────────────────────────────────────────────────────────
  route(deps, {
    method: 'post', path: '/api/v1/admin/attestation/policies', summary: 'Register an attestation policy with its verifier and key (administrators)', tags: ['Attestations'],
    description: 'Kept by payments until governance serves policies. verifier_kind jws: a submission\'s proof is a compact JWS, by this public key, of {policy_code, agent_did, attestation_data}. verifier_kind groth16: the proof is snarkjs\'s {proof, publicSignals} as JSON, checked against verification_key.',
    auth: ['developer'], admin: true,
    body: z
      .object({
        policy_code: z.string().trim().min(2).max(100),
        policy_name: z.string().trim().min(1).max(200),
        description: z.string().max(4000).nullish(),
        verifier_kind: z.enum(['jws', 'groth16']),
        public_key_jwk: z.record(z.string().max(64), z.unknown()).nullish().openapi({ description: 'For jws: the verifier\'s public JWK (with alg)' }),
        verification_key: z.record(z.string().max(64), z.unknown()).nullish().openapi({ description: 'For groth16: the circuit\'s verification key as snarkjs exports it' }),
        reward_amount: Amount.nullish(),
        circuit_identifier: z.string().max(200).nullish(),
      })
      .openapi('AttestationPolicyCreate'),
    responses: { 201: { description: 'Registered', schema: PolicySchema }, 409: { description: 'The code is taken' } },
    handler: async ({ body }) => {
      const p = await payments.call('CreateAttestationPolicy', {
        policy_code: body.policy_code, policy_name: body.policy_name, description: body.description ?? '', verifier_kind: body.verifier_kind,
        public_key_jwk: body.public_key_jwk ? JSON.stringify(body.public_key_jwk) : '', verification_key: body.verification_key ? JSON.stringify(body.verification_key) : '', reward_amount: text(body.reward_amount ?? '0'), circuit_identifier: body.circuit_identifier ?? '',
      });
      return { status: 201, body: policyBody(p) };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/attestation/policies', summary: 'Attestation policies', tags: ['Attestations'],
    responses: { 200: { description: 'The policies', schema: z.object({ policies: z.array(PolicySchema) }).openapi('AttestationPolicies') } },
    handler: async () => ({ body: { policies: (await payments.call('ListAttestationPolicies', {})).policies.map(policyBody) } }),
  });

  route(deps, {
    method: 'post', path: '/api/v1/attestation/submit', summary: 'Submit an attestation against a policy: its verifier decides', tags: ['Attestations'],
    description: 'A verified submission earns the policy\'s reward once; the same proof again answers the same submission.',
    auth: ['agent'],
    body: z
      .object({
        attestation_type: z.string().trim().min(1).max(100).optional().openapi({ description: 'The policy code' }),
        policy_code: z.string().trim().min(1).max(100).optional(),
        attestation_data: z.record(z.string().max(200), z.unknown()).nullish(),
        storage_pointer: z.string().trim().min(1).max(2048),
        proof: z.string().min(1).max(16_384).optional().openapi({ description: 'For a jws policy: the compact JWS' }),
        zkp_proof: z.object({ circuit_id: z.string().max(200).nullish(), public_inputs: z.record(z.string().max(200), z.unknown()).nullish(), proof: z.string().min(1).max(16_384) }).nullish(),
      })
      .refine((b) => b.attestation_type ?? b.policy_code, { message: 'attestation_type (the policy code) is required', path: ['attestation_type'] })
      .refine((b) => b.proof ?? b.zkp_proof?.proof, { message: 'proof is required', path: ['proof'] })
      .openapi('AttestationSubmit'),
    responses: { 201: { description: 'Submitted, verified true or false', schema: SubmissionSchema }, 404: { description: 'Unknown policy' } },
    handler: async ({ principal, body }) => {
      const s = await payments.call('SubmitAttestation', {
        agent_did: agentOf(principal), policy_code: body.attestation_type ?? body.policy_code ?? '', attestation_data_json: JSON.stringify(body.attestation_data ?? {}),
        storage_pointer: body.storage_pointer, proof: body.proof ?? body.zkp_proof?.proof ?? '',
      });
      return { status: s.replayed ? 200 : 201, body: submissionBody(s) };
    },
  });

  route(deps, {
    method: 'get', path: '/api/v1/attestation/submissions', summary: "The calling agent's attestation submissions, newest first", tags: ['Attestations'], auth: ['agent'], query: PaginationQuery,
    responses: { 200: { description: 'A page of submissions', schema: pageEnvelope(SubmissionSchema, 'AttestationSubmissionPage') } },
    handler: async ({ principal, query }) => {
      const p = await payments.call('ListMyAttestations', { agent_did: agentOf(principal), limit: query.limit, offset: query.offset });
      return { body: { items: p.items.map(submissionBody), total: p.total, limit: query.limit, offset: query.offset } };
    },
  });
}
