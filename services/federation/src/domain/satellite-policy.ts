import { DomainError, validationError } from '@agentvault/errors';
import { canonicalJson, sha256Hex } from './canonical.js';

/**
 * What a parent lets a satellite do on its ledger, method by method. A satellite moves only the
 * money of agents onboarded through it; it never mints, burns, funds from or pays out of the
 * treasury, nor sets parameters. Every movement it forwards carries an idempotency key, and the
 * names a satellite chooses (idempotency scopes, lock and hold references, penalty keys,
 * developer ids) are prefixed with the satellite, so two satellites' `stake-1` are two movements, not one.
 */

export interface SatelliteCallContext {
  peerId: number;
  /** The idempotency key the satellite sent with the call. */
  linkKey: string | null;
}

export interface SatelliteCallPlan {
  /** The request as the parent's ledger receives it (names prefixed, idempotency filled in). */
  request: Record<string, unknown>;
  /** DIDs that must be agents onboarded through this satellite. */
  ownAgents: string[];
  /** A hold whose payer must be one of this satellite's agents. */
  ownHold?: { hold_id: string; reference: string };
  /** A list of DIDs cut down to this satellite's agents (a read that leaves unknown DIDs out anyway). */
  filterOwn?: 'dids';
  /** The account-opening call: records the agent as this satellite's first. */
  openAccount?: { did: string; developerId: string };
}

export const SATELLITE_FORBIDDEN = 'SATELLITE_FORBIDDEN';

export function satelliteForbidden(reason: string): DomainError {
  return new DomainError('forbidden', reason, { code: SATELLITE_FORBIDDEN });
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The prefix of names chosen by the satellite with this peer id. */
export const satellitePrefix = (peerId: number) => `sat${peerId}:`;

type Rule = (request: Record<string, unknown>, context: SatelliteCallContext) => SatelliteCallPlan;

/** A call the parent never takes from a satellite; the reason travels with the rule, so the satellite can refuse it itself. */
const refused = (reason: string): Rule =>
  Object.assign(() => {
    throw satelliteForbidden(reason);
  }, { refusal: reason });
const TREASURY = 'a satellite cannot move money out of the treasury; its parent funds agents';

/** A public or aggregate read: forwarded as it is. */
const open: Rule = (request) => ({ request, ownAgents: [] });
/** A read or change about agents named in `fields`, which must be this satellite's. */
const own = (...fields: string[]): Rule => (request) => ({ request, ownAgents: fields.map((f) => str(request[f])) });

/** A movement under an idempotency claim: the satellite's scope is prefixed; without one, the link's key is the claim. */
const claimed = (senderField: string): Rule => (request, context) => {
  const idempotency = request.idempotency as { scope?: string; key?: string; request_hash?: string } | null | undefined;
  const prefix = satellitePrefix(context.peerId);
  let claim: { scope: string; key: string; request_hash: string };
  if (idempotency?.key) claim = { scope: `${prefix}${idempotency.scope ?? ''}`, key: idempotency.key, request_hash: idempotency.request_hash ?? '' };
  else if (context.linkKey) {
    const { idempotency: _none, ...rest } = request;
    claim = { scope: `${prefix}link`, key: context.linkKey, request_hash: sha256Hex(canonicalJson(rest)) };
  } else throw validationError('a forwarded movement carries an Idempotency-Key', 'Idempotency-Key');
  return { request: { ...request, idempotency: claim }, ownAgents: [str(request[senderField])] };
};

/** A movement made once per name chosen by the caller (`reference`, `key`): the name is prefixed. */
const named = (agentField: string, nameField: string): Rule => (request, context) => {
  const name = str(request[nameField]);
  if (!name) throw validationError(`${nameField} is required`, nameField);
  return { request: { ...request, [nameField]: `${satellitePrefix(context.peerId)}${name}` }, ownAgents: [str(request[agentField])] };
};

const ofHold: Rule = (request, context) => {
  const reference = str(request.reference);
  const rewritten = reference ? { ...request, reference: `${satellitePrefix(context.peerId)}${reference}` } : request;
  return { request: rewritten, ownAgents: [], ownHold: { hold_id: str(request.hold_id), reference: str(rewritten.reference) } };
};

const ofDeveloper = (request: Record<string, unknown>, context: SatelliteCallContext) => ({ ...request, developer_id: `${satellitePrefix(context.peerId)}${str(request.developer_id)}` });

const RULES: Record<string, Rule> = {
  // Developer ids are the satellite's own: prefixed on the parent, so a satellite's developer
  // summaries count only its agents and never a parent developer's who happens to share an id.
  OpenAgentAccount: (request, context) => {
    const did = str(request.did);
    return { request: { ...request, developer_id: `${satellitePrefix(context.peerId)}${str(request.developer_id)}` }, ownAgents: [], openAccount: { did, developerId: str(request.developer_id) } };
  },

  Transfer: claimed('sender_did'),
  SystemTransfer: claimed('sender_did'),
  TransferBatch: claimed('sender_did'),
  LockFunds: named('agent_did', 'reference'),
  UnlockFunds: named('agent_did', 'reference'),
  PlaceHold: named('payer_did', 'reference'),
  PostHold: ofHold,
  VoidHold: ofHold,
  GetHold: ofHold,
  ApplyPenalty: named('from_did', 'key'),
  AdjustReputation: named('agent_did', 'key'),
  ApplyReputationSignal: own('sender_did'),
  SetAgentSuspended: own('did'),
  RequestFunding: own('agent_did'),
  ListFundingRequests: (request) => {
    if (!str(request.agent_did)) throw satelliteForbidden("a satellite lists the funding requests of its own agents only (name agent_did)");
    return { request, ownAgents: [str(request.agent_did)] };
  },

  GetBalance: own('did'),
  ListTransactions: own('did'),
  GetBalances: (request) => ({ request, ownAgents: [], filterOwn: 'dids' }),
  GetLockedBalances: (request) => ({ request, ownAgents: [], filterOwn: 'dids' }),
  GetOwnedBalances: (request, context) => ({ request: ofDeveloper(request, context), ownAgents: [], filterOwn: 'dids' }),
  GetDeveloperSummary: (request, context) => ({ request: ofDeveloper(request, context), ownAgents: [] }),
  GetFeeConfig: open,
  GetChainHead: open,
  VerifyChain: open,
  Audit: open,
  AuditHolds: open,
  GetReputation: open,
  GetReputations: open,
  ListReputationHistory: open,
  ListReputationRankings: open,

  IssueTokens: refused('Minting is disabled on a satellite: only its parent mainframe issues AVT'),
  BurnTokens: refused('a satellite cannot burn its parent’s AVT'),
  FundAgent: refused(TREASURY),
  TreasuryPayout: refused(TREASURY),
  ApproveFundingRequest: refused(TREASURY),
  RejectFundingRequest: refused('funding requests of a satellite’s agents are decided on its parent'),
  SetTransferFee: refused('the transfer fee is the parent’s parameter'),
  CreditPledge: refused('fiat pledges are credited on the parent mainframe only'),
  ClaimPledge: refused('fiat pledges are credited on the parent mainframe only'),
  ReversePledge: refused('fiat pledges are credited on the parent mainframe only'),
};

/** The 403 a satellite gives at once for a call its parent would always refuse (no round trip, parent up or down). */
export function refusedOnSatellite(method: string): DomainError | undefined {
  const rule = Object.hasOwn(RULES, method) ? (RULES[method] as Rule & { refusal?: string }) : undefined;
  return rule?.refusal ? satelliteForbidden(rule.refusal) : undefined;
}

/** How the parent runs a satellite's ledger call, or a 403 naming why it will not. */
export function planSatelliteCall(method: string, request: Record<string, unknown>, context: SatelliteCallContext): SatelliteCallPlan {
  const rule = Object.hasOwn(RULES, method) ? RULES[method] : undefined;
  if (!rule) throw satelliteForbidden(`${method || 'this call'} is not open to satellites`);
  return rule(request, context);
}

const PREFIXED_FIELDS = new Set(['reference', 'developer_id']);

/** The names the parent prefixed come back as the satellite chose them. */
export function unprefixed(value: unknown, prefix: string): unknown {
  if (Array.isArray(value)) return value.map((v) => unprefixed(v, prefix));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = PREFIXED_FIELDS.has(k) && typeof v === 'string' && v.startsWith(prefix) ? v.slice(prefix.length) : unprefixed(v, prefix);
  return out;
}
