import { randomBytes } from 'node:crypto';
import { DomainError, notFound, validationError } from '@agentvault/errors';
import type { AuditorFlagEventData } from '@agentvault/contracts/payments-events';
import { FLAG_SEVERITIES, FLAG_STATUSES, type AuditorFlag, type AuditorRule, type FlagSeverity, type FlagStatus } from './model.js';
import type { PaymentsRepositories, PaymentsUnitOfWork } from './ports.js';

/**
 * Auditor flags: auditors raise them, administrators work them (status, escalation), and rules
 * raise them by themselves from the ledger's events. A rule's flag carries a dedupe key, so a
 * redelivered event cannot raise it twice.
 */

export const HIGH_VELOCITY_TRANSFERS = 'HIGH_VELOCITY_TRANSFERS';
/** A fiat refund could not take back all the AVT a pledge credited (the agent had spent it). */
export const FIAT_REFUND_SHORTFALL = 'FIAT_REFUND_SHORTFALL';
const MAX_RELATED = 100;
const MAX_BULK = 500;

const flagNotFound = (id: string) => notFound(`Auditor flag ${id} not found`);

function severityOf(value: string, field: string): FlagSeverity {
  const s = (value ?? '').trim().toUpperCase();
  if (!FLAG_SEVERITIES.includes(s as FlagSeverity)) throw validationError(`${field} must be one of ${FLAG_SEVERITIES.join(', ')}`, field);
  return s as FlagSeverity;
}

function statusOf(value: string, field: string): FlagStatus {
  const s = (value ?? '').trim().toUpperCase();
  if (!FLAG_STATUSES.includes(s as FlagStatus)) throw validationError(`${field} must be one of ${FLAG_STATUSES.join(', ')}`, field);
  return s as FlagStatus;
}

const ruleCodeOf = (value: string, field = 'rule_code') => {
  const code = (value ?? '').trim().toUpperCase();
  if (!/^[A-Z0-9_]{2,64}$/.test(code)) throw validationError(`${field} must be 2 to 64 letters, digits or underscores`, field);
  return code;
};

export function flagEventData(f: AuditorFlag): AuditorFlagEventData {
  return { flag_id: f.id, flagged_agent_did: f.flaggedAgentDid, rule_violated_code: f.ruleCode, severity: f.severity, status: f.status, flagged_by: f.flaggedBy };
}

export interface VelocityDefaults {
  maxTransfers: number;
  windowSeconds: number;
}

export class AuditorService {
  constructor(
    private readonly uow: PaymentsUnitOfWork,
    private readonly velocityDefaults: VelocityDefaults,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The built-in rules, unless an administrator has configured them already. */
  async seedRules() {
    await this.uow.run((repos) => repos.rules.seed({
      code: HIGH_VELOCITY_TRANSFERS, description: 'More than max_transfers transfers sent by one agent within window_seconds', enabled: true,
      thresholds: { max_transfers: this.velocityDefaults.maxTransfers, window_seconds: this.velocityDefaults.windowSeconds }, severity: 'HIGH', updatedAt: this.now(),
    }));
  }

  async create(input: { flaggedBy: string; agentDid: string; ruleCode: string; reason: string; severity: string; relatedTransactionIds: string[] }) {
    const agentDid = (input.agentDid ?? '').trim();
    if (!agentDid || agentDid.length > 300) throw validationError('flagged_agent_did is required', 'flagged_agent_did');
    const reason = (input.reason ?? '').trim();
    if (reason.length > 4000) throw validationError('flag_reason must be at most 4000 characters', 'flag_reason');
    const related = [...new Set((input.relatedTransactionIds ?? []).map((t) => t.trim()).filter(Boolean))];
    if (related.length > MAX_RELATED || related.some((t) => t.length > 200)) throw validationError(`related_transaction_ids: at most ${MAX_RELATED} ids of 200 characters`, 'related_transaction_ids');
    const at = this.now();
    const flag: AuditorFlag = {
      id: newFlagId(), flaggedAgentDid: agentDid, ruleCode: ruleCodeOf(input.ruleCode, 'rule_violated_code'), reason, severity: severityOf(input.severity, 'severity'),
      status: 'NEW', relatedTransactionIds: related, flaggedBy: input.flaggedBy, dedupeKey: null, adminNotes: null, escalationReason: null, createdAt: at, updatedAt: at,
    };
    await this.uow.run(async (repos) => {
      await repos.flags.insert(flag);
      await repos.outbox.emit({ type: 'auditor_flag.raised', subject: flag.flaggedAgentDid, data: flagEventData(flag) });
    });
    return flag;
  }

  list(input: { status?: string; severity?: string; agentDid?: string; ruleCode?: string; limit: number; offset: number }) {
    return this.uow.read.flags.list({
      status: input.status ? statusOf(input.status, 'status') : undefined,
      severity: input.severity ? severityOf(input.severity, 'severity') : undefined,
      agentDid: input.agentDid || undefined,
      ruleCode: input.ruleCode ? ruleCodeOf(input.ruleCode) : undefined,
      limit: input.limit, offset: input.offset,
    });
  }

  async update(input: { flagId: string; newStatus: string; adminNotes?: string }) {
    const status = statusOf(input.newStatus, 'new_status');
    const notes = input.adminNotes?.slice(0, 4000);
    return this.uow.run(async (repos) => {
      const flag = await repos.flags.lock(input.flagId);
      if (!flag) throw flagNotFound(input.flagId);
      const next = await this.change(repos, flag, { status, adminNotes: notes ?? flag.adminNotes });
      return { flag: next, oldStatus: flag.status };
    });
  }

  async escalate(input: { flagId: string; newSeverity: string; reason: string }) {
    const severity = severityOf(input.newSeverity, 'new_severity');
    const reason = (input.reason ?? '').trim();
    if (!reason || reason.length > 4000) throw validationError('escalation_reason must be 1 to 4000 characters', 'escalation_reason');
    return this.uow.run(async (repos) => {
      const flag = await repos.flags.lock(input.flagId);
      if (!flag) throw flagNotFound(input.flagId);
      if (FLAG_SEVERITIES.indexOf(severity) < FLAG_SEVERITIES.indexOf(flag.severity)) {
        throw new DomainError('validation_error', `Escalation cannot lower the severity (${flag.severity} → ${severity})`, { code: 'FLAG_SEVERITY_LOWERED', field: 'new_severity' });
      }
      const next = await this.change(repos, flag, { severity, status: 'ESCALATED', escalationReason: reason });
      return { flag: next, oldSeverity: flag.severity };
    });
  }

  async bulkUpdate(input: { flagIds: string[]; newStatus: string; adminNotes?: string }) {
    const status = statusOf(input.newStatus, 'new_status');
    const ids = [...new Set((input.flagIds ?? []).map((id) => id.trim()).filter(Boolean))];
    if (ids.length === 0 || ids.length > MAX_BULK) throw validationError(`flag_ids must name 1 to ${MAX_BULK} flags`, 'flag_ids');
    const notes = input.adminNotes?.slice(0, 4000);
    return this.uow.run(async (repos) => {
      let updated = 0;
      for (const id of ids.sort()) {
        const flag = await repos.flags.lock(id);
        if (!flag) continue;
        await this.change(repos, flag, { status, adminNotes: notes ?? flag.adminNotes });
        updated += 1;
      }
      return { updated, status };
    });
  }

  listRules() {
    return this.uow.read.rules.list();
  }

  async putRule(input: { code: string; thresholdsJson?: string; enabled?: boolean; description?: string; severity?: string }) {
    const code = ruleCodeOf(input.code);
    let thresholds: Record<string, number> | undefined;
    if (input.thresholdsJson) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(input.thresholdsJson);
      } catch {
        throw validationError('thresholds must be a JSON object of numbers', 'thresholds');
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
        throw validationError('thresholds must be an object of non-negative numbers', 'thresholds');
      }
      thresholds = parsed as Record<string, number>;
    }
    if (code === HIGH_VELOCITY_TRANSFERS && thresholds) {
      for (const key of ['max_transfers', 'window_seconds'] as const) {
        if (thresholds[key] !== undefined && (!Number.isInteger(thresholds[key]) || thresholds[key]! < 1)) throw validationError(`thresholds.${key} must be a positive integer`, 'thresholds');
      }
    }
    return this.uow.run(async (repos) => {
      const current = await repos.rules.get(code);
      const rule: AuditorRule = {
        code,
        description: input.description?.trim().slice(0, 1000) || current?.description || code,
        enabled: input.enabled ?? current?.enabled ?? true,
        thresholds: { ...(current?.thresholds ?? {}), ...(thresholds ?? {}) },
        severity: input.severity ? severityOf(input.severity, 'severity') : current?.severity ?? 'MEDIUM',
        updatedAt: this.now(),
      };
      await repos.rules.put(rule);
      return rule;
    });
  }

  async deleteRule(code: string) {
    const ruleCode = ruleCodeOf(code);
    return this.uow.run(async (repos) => {
      const rule = await repos.rules.get(ruleCode);
      if (!rule) throw notFound(`Auditor rule ${ruleCode} not found`);
      await repos.rules.delete(ruleCode);
      return rule;
    });
  }

  /**
   * HIGH_VELOCITY_TRANSFERS, on completed transfers (inside the consumer's transaction): more
   * than max_transfers transfers by one sender within window_seconds raise ONE flag; the next can
   * come only once a whole window has passed since it. Transfers seen before change nothing.
   * Each sender's rule state is locked once, in a fixed order, and its window read once.
   */
  async onTransfers(repos: PaymentsRepositories, transfers: ReadonlyArray<{ transactionId: string; senderDid: string; at: Date }>): Promise<AuditorFlag[]> {
    const fresh = await repos.velocity.observe(transfers);
    if (fresh.size === 0) return [];
    const rule = await repos.rules.get(HIGH_VELOCITY_TRANSFERS);
    if (!rule?.enabled) return [];
    const max = rule.thresholds.max_transfers ?? this.velocityDefaults.maxTransfers;
    const windowMs = (rule.thresholds.window_seconds ?? this.velocityDefaults.windowSeconds) * 1000;
    const bySender = new Map<string, Array<{ transactionId: string; at: Date }>>();
    for (const t of transfers) {
      if (!fresh.delete(t.transactionId)) continue; // seen before, or twice in this batch
      const theirs = bySender.get(t.senderDid);
      if (theirs) theirs.push(t);
      else bySender.set(t.senderDid, [t]);
    }
    const flags: AuditorFlag[] = [];
    if (bySender.size === 0) return flags;
    const senders = [...bySender.keys()].sort();
    const lastFlags = await repos.velocity.lockAgents(rule.code, senders);
    let earliest = Infinity;
    let latest = -Infinity;
    for (const t of bySender.values()) {
      for (const { at } of t) {
        earliest = Math.min(earliest, at.getTime());
        latest = Math.max(latest, at.getTime());
      }
    }
    // One read for every sender's window: the batch's span, widened by one window.
    const windows = await repos.velocity.timesOf(senders, new Date(earliest - windowMs), new Date(latest));
    for (const sender of senders) {
      const theirs = bySender.get(sender)!;
      let lastFlag = lastFlags.get(sender) ?? null;
      const times = (windows.get(sender) ?? []).map((d) => d.getTime());
      for (const transfer of theirs) {
        const at = transfer.at.getTime();
        if (lastFlag && at - lastFlag.getTime() < windowMs) continue;
        const count = times.filter((t) => t > at - windowMs && t <= at).length;
        if (count <= max) continue;
        const flag: AuditorFlag = {
          id: newFlagId(), flaggedAgentDid: sender, ruleCode: rule.code,
          reason: `${count} transfers within ${windowMs / 1000} seconds (more than ${max})`, severity: rule.severity, status: 'NEW',
          relatedTransactionIds: [transfer.transactionId], flaggedBy: `rule:${rule.code}`,
          dedupeKey: `${rule.code}:${sender}:${transfer.at.toISOString()}`, adminNotes: null, escalationReason: null,
          createdAt: this.now(), updatedAt: this.now(),
        };
        if (!(await repos.flags.insert(flag))) continue;
        await repos.velocity.flagged(rule.code, sender, transfer.at);
        lastFlag = transfer.at;
        await repos.outbox.emit({ type: 'auditor_flag.raised', subject: flag.flaggedAgentDid, data: flagEventData(flag) });
        flags.push(flag);
      }
    }
    return flags;
  }

  /**
   * A refund the fiat service could not take back in full: one flag per refund step (the dedupe
   * key is the pledge and the shortfall so far), so a redelivered event raises nothing new.
   */
  async onRefundShortfall(repos: PaymentsRepositories, shortfall: { sessionId: string; agentDid: string; shortfallThisRefund: string; shortfallTotal: string }) {
    const flag: AuditorFlag = {
      id: newFlagId(), flaggedAgentDid: shortfall.agentDid, ruleCode: FIAT_REFUND_SHORTFALL,
      reason: `A refund of pledge ${shortfall.sessionId} could not take back ${shortfall.shortfallThisRefund} AVT (${shortfall.shortfallTotal} AVT short in all)`,
      severity: 'HIGH', status: 'NEW', relatedTransactionIds: [], flaggedBy: `rule:${FIAT_REFUND_SHORTFALL}`,
      dedupeKey: `${FIAT_REFUND_SHORTFALL}:${shortfall.sessionId}:${shortfall.shortfallTotal}`, adminNotes: null, escalationReason: null,
      createdAt: this.now(), updatedAt: this.now(),
    };
    if (!(await repos.flags.insert(flag))) return null;
    await repos.outbox.emit({ type: 'auditor_flag.raised', subject: flag.flaggedAgentDid, data: flagEventData(flag) });
    return flag;
  }

  private async change(repos: PaymentsRepositories, flag: AuditorFlag, changes: Partial<Pick<AuditorFlag, 'status' | 'severity' | 'adminNotes' | 'escalationReason'>>) {
    const next: AuditorFlag = { ...flag, ...changes, updatedAt: this.now() };
    await repos.flags.update(flag.id, { ...changes, updatedAt: next.updatedAt });
    await repos.outbox.emit({ type: 'auditor_flag.updated', subject: next.flaggedAgentDid, data: { ...flagEventData(next), old_status: flag.status, old_severity: flag.severity } });
    return next;
  }
}

function newFlagId() {
  return 'flag_' + randomBytes(12).toString('hex');
}
