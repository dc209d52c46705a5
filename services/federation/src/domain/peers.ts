import { DomainError } from '@agentvault/errors';

export const PEER_STATUSES = ['PENDING_APPROVAL', 'ACTIVE', 'INACTIVE', 'REJECTED'] as const;
export type PeerStatus = (typeof PEER_STATUSES)[number];

export type PeerAction = 'approve' | 'reject' | 'deactivate' | 'reactivate';

const TRANSITIONS: Record<PeerAction, { from: PeerStatus[]; to: PeerStatus }> = {
  approve: { from: ['PENDING_APPROVAL'], to: 'ACTIVE' },
  reject: { from: ['PENDING_APPROVAL'], to: 'REJECTED' },
  deactivate: { from: ['ACTIVE', 'PENDING_APPROVAL'], to: 'INACTIVE' },
  reactivate: { from: ['INACTIVE'], to: 'ACTIVE' },
};

const PAST: Record<PeerAction, string> = { approve: 'approved', reject: 'rejected', deactivate: 'deactivated', reactivate: 'reactivated' };

/** The status a peer moves to, or a 409 saying which statuses allow the action. */
export function nextPeerStatus(current: PeerStatus, action: PeerAction): PeerStatus {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(current)) {
    throw new DomainError('conflict', `a ${current} peer cannot be ${PAST[action]}; only ${rule.from.join(' or ')} peers can`, {
      code: 'INVALID_PEER_STATUS',
      context: { status: current, action },
    });
  }
  return rule.to;
}

export interface SeenHead {
  seq: bigint;
  hash: string;
}

export type HeadVerdict = 'consistent' | 'backwards' | 'forked' | 'unknown';

/**
 * Compares a peer's ledger head with the heads we saw before: a lower sequence than the highest
 * seen goes backwards; the same sequence with another hash forks.
 */
export function judgeHead(seen: readonly SeenHead[], head: SeenHead | null): HeadVerdict {
  if (!head) return 'unknown';
  const same = seen.find((h) => h.seq === head.seq);
  if (same && same.hash !== head.hash) return 'forked';
  const highest = seen.reduce<bigint | null>((max, h) => (max === null || h.seq > max ? h.seq : max), null);
  if (highest !== null && head.seq < highest) return 'backwards';
  return 'consistent';
}

export interface TrustVerdict {
  trusted: boolean;
  signature_valid: boolean;
  key_in_jwks: boolean;
  schema_valid: boolean;
  fresh: boolean;
  domain_matches: boolean;
  peer_approved: boolean;
  ledger_head: HeadVerdict;
  reasons: string[];
  checked_at: string;
}

export interface VerdictFacts {
  signature: { valid: boolean; reason?: string };
  keyInJwks: boolean;
  schemaErrors: string[];
  /** When the card says it was issued, and when we fetched it. */
  issuedAt: Date | null;
  fetchedAt: Date | null;
  maxAgeMs: number;
  claimedBaseUrl: string | null;
  registeredBaseUrl: string;
  status: PeerStatus;
  head: HeadVerdict;
  now: Date;
}

/** The receiver's verdict on a peer's card: every check, and in words each one that failed. */
export function trustVerdict(f: VerdictFacts): TrustVerdict {
  const reasons: string[] = [];
  if (!f.signature.valid) reasons.push(`card signature does not verify (${f.signature.reason ?? 'invalid'})`);
  if (!f.keyInJwks) reasons.push("the card's signing key is not in the peer's JWKS");
  if (f.schemaErrors.length > 0) reasons.push(`card does not match the v0.4 schema: ${f.schemaErrors.slice(0, 3).join('; ')}`);
  const freshAt = f.fetchedAt ?? f.issuedAt;
  const fresh = freshAt !== null && f.now.getTime() - freshAt.getTime() <= f.maxAgeMs;
  if (!fresh) reasons.push('the cached card is stale');
  const domainMatches = f.claimedBaseUrl !== null && sameOrigin(f.claimedBaseUrl, f.registeredBaseUrl);
  if (!domainMatches) reasons.push(`the card claims ${f.claimedBaseUrl ?? 'no base URL'} but was served from ${f.registeredBaseUrl}`);
  const approved = f.status === 'ACTIVE';
  if (!approved) reasons.push(`the peer is ${f.status}`);
  if (f.head === 'backwards') reasons.push("the peer's ledger head went backwards");
  if (f.head === 'forked') reasons.push("the peer's ledger head forked: the same sequence with another hash");
  return {
    trusted: reasons.length === 0,
    signature_valid: f.signature.valid,
    key_in_jwks: f.keyInJwks,
    schema_valid: f.schemaErrors.length === 0,
    fresh,
    domain_matches: domainMatches,
    peer_approved: approved,
    ledger_head: f.head,
    reasons,
    checked_at: f.now.toISOString(),
  };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
