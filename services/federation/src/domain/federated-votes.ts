import { CompactSign, compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { DomainError, forbidden, validationError } from '@agentvault/errors';
import { trimBase, WELL_KNOWN } from './card.js';
import type { CardService } from './card-service.js';
import { PeerUnavailable, type PeerService } from './peer-service.js';
import type { FederationRepositories, Peer, PeerTransport } from './ports.js';
import type { InboundRequest } from './request-signature.js';
import type { Jwks, RegistrySigningKey } from './signing-keys.js';

/**
 * Federation-wide votes, the federation service's part: carrying proposals and tallies between
 * registries over the signed peer channel. Governance owns the proposals, votes and tallies.
 *
 * At home, a federation proposal is announced to every peer approved when it opened (retried
 * until the vote closes); each peer that takes it becomes a participant. At a peer, the copy is
 * voted on by its agents; when it closes the peer tallies it, signs the tally with its registry
 * card's key (a compact JWS, EdDSA, the card's kid) and sends it home, retrying until home gives
 * a final answer. Home accepts a tally only from an approved peer over a verified request, signed
 * by a key of that peer's JWKS, naming that peer and this registry, for a proposal it was given.
 */

export const ANNOUNCE_PATH = '/api/v1/federation/votes/proposals';
export const TALLY_PATH = '/api/v1/federation/votes/tallies';
export const TALLY_TYPE = 'agentvault-federated-tally';

export type AnnouncementStatus = 'pending' | 'announced' | 'refused';
export type CopyStatus = 'waiting' | 'delivered' | 'refused';

export interface Announcement {
  proposalId: string;
  peerId: number;
  votingEndsAt: Date;
  status: AnnouncementStatus;
  copyProposalId: string | null;
  attempts: number;
  lastError: string | null;
}

export interface VoteCopy {
  peerId: number;
  originProposalId: string;
  copyProposalId: string;
  votingEndsAt: Date;
  status: CopyStatus;
  signedTally: string | null;
  attempts: number;
  lastError: string | null;
}

export interface FederatedVoteStore {
  /** One pending announcement per approved peer; returns how many were new. */
  enqueueAnnouncements(proposalId: string, votingEndsAt: Date): Promise<number>;
  dueAnnouncements(now: Date, limit: number): Promise<Announcement[]>;
  announcementsOf(proposalId: string): Promise<Announcement[]>;
  /** Only a pending announcement changes; `pending` again counts an attempt. */
  settleAnnouncement(proposalId: string, peerId: number, change: { status: AnnouncementStatus; copyProposalId?: string; error?: string }): Promise<void>;
  recordCopy(copy: Pick<VoteCopy, 'peerId' | 'originProposalId' | 'copyProposalId' | 'votingEndsAt'>): Promise<void>;
  dueCopies(now: Date, limit: number): Promise<VoteCopy[]>;
  settleCopy(peerId: number, originProposalId: string, change: { status: CopyStatus; signedTally?: string; error?: string }): Promise<void>;
}

/** A proposal as governance shows it (powers as decimal strings). */
export interface ProposalView {
  proposalId: string;
  proposerDid: string;
  title: string;
  description: string;
  status: string;
  scope: string;
  originRegistry: string;
  votingEndsAt: string;
  votesFor: string;
  votesAgainst: string;
  votesAbstain: string;
  totalVoters: number;
  snapshotTotalPower: string;
  talliedAt: string;
}

/** Governance, as federated votes use it. */
export interface GovernancePort {
  proposal(id: string): Promise<ProposalView>;
  openCopy(input: { originRegistry: string; originProposalId: string; proposerDid: string; title: string; description: string; votingEndsAt: string }): Promise<ProposalView>;
  addParticipant(proposalId: string, registry: string): Promise<void>;
  tally(proposalId: string): Promise<ProposalView>;
  recordPeerTally(input: TallyDocument & { signedTally: string; kid: string }): Promise<void>;
}

/** What a peer signs about its copy of a federation proposal. */
export interface TallyDocument {
  typ: typeof TALLY_TYPE;
  /** The registry that tallied (its base URL) and the one whose proposal it is. */
  registry: string;
  origin_registry: string;
  origin_proposal_id: string;
  proposal_id: string;
  votes_for: string;
  votes_against: string;
  votes_abstain: string;
  total_voters: number;
  snapshot_total_power: string;
  voting_ends_at: string;
  tallied_at: string;
}

const POWER = /^\d{1,20}(\.\d{1,18})?$/;

export async function signTally(doc: TallyDocument, key: RegistrySigningKey): Promise<string> {
  const privateKey = await importJWK(key.privateJwk, 'EdDSA');
  return new CompactSign(new TextEncoder().encode(JSON.stringify(doc))).setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'tally+jws' }).sign(privateKey);
}

/** Why a tally document is refused, for the sender to record. */
export class TallyRejected extends DomainError {
  constructor(detail: string) {
    super('validation_error', detail, { code: 'TALLY_NOT_VERIFIED', field: 'tally' });
  }
}

/** Verifies a compact JWS tally against a registry's JWKS: EdDSA with one of its keys, and a well-formed document. */
export async function verifyTally(jws: unknown, jwks: Jwks): Promise<{ doc: TallyDocument; kid: string }> {
  if (typeof jws !== 'string' || jws.split('.').length !== 3) throw new TallyRejected('the tally is not signed (expected a compact JWS)');
  let header: { alg?: string; kid?: string };
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    throw new TallyRejected('the tally is not signed (expected a compact JWS)');
  }
  if (header.alg !== 'EdDSA') throw new TallyRejected(`the tally is not signed with EdDSA (alg ${header.alg ?? 'missing'})`);
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (!jwk) throw new TallyRejected(`the tally is signed with a key (${header.kid ?? 'no kid'}) that is not in the registry's JWKS`);
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jws, await importJWK(jwk, 'EdDSA'), { algorithms: ['EdDSA'] }));
  } catch {
    throw new TallyRejected("the tally's signature does not verify with the registry's key");
  }
  let doc: TallyDocument;
  try {
    doc = JSON.parse(new TextDecoder().decode(payload)) as TallyDocument;
  } catch {
    throw new TallyRejected('the signed tally is not JSON');
  }
  const wellFormed =
    doc && doc.typ === TALLY_TYPE && typeof doc.registry === 'string' && typeof doc.origin_registry === 'string' && typeof doc.origin_proposal_id === 'string' &&
    [doc.votes_for, doc.votes_against, doc.votes_abstain, doc.snapshot_total_power].every((v) => typeof v === 'string' && POWER.test(v)) &&
    Number.isInteger(doc.total_voters) && doc.total_voters >= 0 && typeof doc.tallied_at === 'string';
  if (!wellFormed) throw new TallyRejected('the signed tally is missing fields or has malformed ones');
  return { doc, kid: jwk.kid };
}

export interface FederatedVoteOptions {
  timeoutMs: number;
  /** Announcements and tallies handled per pass. */
  batch?: number;
  now?: () => Date;
}

export class FederatedVoteService {
  private readonly now: () => Date;

  constructor(
    private readonly store: FederatedVoteStore,
    private readonly peersRepo: FederationRepositories['peers'],
    private readonly peers: PeerService,
    private readonly cards: CardService,
    private readonly transport: PeerTransport,
    private readonly governance: GovernancePort,
    private readonly options: FederatedVoteOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  private get ownBaseUrl() {
    return trimBase(this.cards.profile.publicBaseUrl);
  }

  // ── at home ─────────────────────────────────────────────────────────────────

  /** A federation proposal opened here: every approved peer is to hear of it. */
  enqueue(proposalId: string, votingEndsAt: Date): Promise<number> {
    return this.store.enqueueAnnouncements(proposalId, votingEndsAt);
  }

  /** One pass over the announcements still to make (until their vote closes); returns the failures, each retried next pass. */
  async announcePending(): Promise<unknown[]> {
    const failures: unknown[] = [];
    for (const a of await this.store.dueAnnouncements(this.now(), this.options.batch ?? 20)) await this.announce(a).catch((err: unknown) => failures.push(err));
    return failures;
  }

  private async announce(a: Announcement): Promise<void> {
    const peer = await this.peersRepo.get(a.peerId);
    if (!peer || peer.status !== 'ACTIVE') return this.store.settleAnnouncement(a.proposalId, a.peerId, { status: 'refused', error: 'the peer is no longer approved' });
    const p = await this.governance.proposal(a.proposalId);
    let response: Awaited<ReturnType<PeerTransport['signedRequest']>>;
    try {
      response = await this.transport.signedRequest(String(peer.id), {
        method: 'POST',
        url: `${peer.baseUrl}${ANNOUNCE_PATH}`,
        body: { origin_proposal_id: p.proposalId, proposer_did: p.proposerDid, title: p.title, description: p.description, voting_ends_at: p.votingEndsAt },
        timeoutMs: this.options.timeoutMs,
      });
    } catch (err) {
      if (!(err instanceof PeerUnavailable)) throw err;
      return this.store.settleAnnouncement(a.proposalId, a.peerId, { status: 'pending', error: err.message });
    }
    const copyId = (response.body as { proposal_id?: unknown } | null)?.proposal_id;
    if (response.status === 200 && typeof copyId === 'string') {
      try {
        await this.governance.addParticipant(a.proposalId, peer.baseUrl);
      } catch (err) {
        if (err instanceof DomainError && err.kind === 'validation_error') return this.store.settleAnnouncement(a.proposalId, a.peerId, { status: 'refused', error: err.message });
        throw err;
      }
      return this.store.settleAnnouncement(a.proposalId, a.peerId, { status: 'announced', copyProposalId: copyId });
    }
    // 401/403/429: our key or our approval there may still be on its way; anything else is the peer's answer.
    const retry = [401, 403, 429].includes(response.status);
    return this.store.settleAnnouncement(a.proposalId, a.peerId, { status: retry ? 'pending' : 'refused', error: `${peer.name} answered ${response.status}: ${detailOf(response.body)}` });
  }

  /** A peer's signed tally of one of our federation proposals. */
  async receiveTally(request: InboundRequest, body: { tally?: unknown }) {
    const { peer } = await this.peers.authenticate(request);
    let verified: { doc: TallyDocument; kid: string };
    try {
      verified = await verifyTally(body.tally, peer.jwks ?? { keys: [] });
    } catch (err) {
      // A key rotated since we cached the peer's JWKS: look once more before refusing.
      if (!(err instanceof TallyRejected) || !/not in the registry's JWKS/.test(err.message)) throw err;
      verified = await verifyTally(body.tally, await this.refreshJwks(peer));
    }
    const { doc, kid } = verified;
    if (trimBase(doc.registry) !== peer.baseUrl) throw new TallyRejected(`the tally names ${doc.registry}, but ${peer.baseUrl} sent it`);
    if (trimBase(doc.origin_registry) !== this.ownBaseUrl) throw new TallyRejected(`the tally is for a proposal of ${doc.origin_registry}, not of this registry`);
    const announced = (await this.store.announcementsOf(doc.origin_proposal_id)).find((a) => a.peerId === peer.id);
    if (!announced || announced.status !== 'announced') throw forbidden(`proposal ${doc.origin_proposal_id} was not given to ${peer.name}`);
    await this.governance.recordPeerTally({ ...doc, signedTally: body.tally as string, kid });
    return { accepted: true, proposal_id: doc.origin_proposal_id, registry: peer.baseUrl, kid };
  }

  private async refreshJwks(peer: Peer): Promise<Jwks> {
    const result = await this.transport.getJson<Jwks>(`${peer.baseUrl}${WELL_KNOWN.jwks}`, { timeoutMs: this.options.timeoutMs }).catch(() => null);
    if (!result || result.status !== 200 || !result.body || !Array.isArray(result.body.keys)) return peer.jwks ?? { keys: [] };
    await this.peersRepo.update(peer.id, { jwks: result.body });
    return result.body;
  }

  // ── at a peer ───────────────────────────────────────────────────────────────

  /** Another registry's federation proposal: a copy here for our agents to vote on. */
  async receiveProposal(request: InboundRequest, body: Record<string, unknown>) {
    const { peer } = await this.peers.authenticate(request);
    const text = (name: string, max: number, required = true) => {
      const v = body[name];
      if (v === undefined || v === null) {
        if (required) throw validationError(`${name} is required`, name);
        return '';
      }
      if (typeof v !== 'string' || v.length > max) throw validationError(`${name} must be a string of at most ${max} characters`, name);
      return v;
    };
    const originProposalId = text('origin_proposal_id', 100);
    const copy = await this.governance.openCopy({
      originRegistry: peer.baseUrl,
      originProposalId,
      proposerDid: text('proposer_did', 300),
      title: text('title', 200),
      description: text('description', 10_000, false),
      votingEndsAt: text('voting_ends_at', 40),
    });
    await this.store.recordCopy({ peerId: peer.id, originProposalId, copyProposalId: copy.proposalId, votingEndsAt: new Date(copy.votingEndsAt) });
    return { proposal_id: copy.proposalId, registry: this.ownBaseUrl, voting_ends_at: copy.votingEndsAt };
  }

  /** One pass over our closed copies whose tally has not reached its home yet; returns the failures, each retried next pass. */
  async deliverTallies(): Promise<unknown[]> {
    const failures: unknown[] = [];
    for (const c of await this.store.dueCopies(this.now(), this.options.batch ?? 20)) await this.deliver(c).catch((err: unknown) => failures.push(err));
    return failures;
  }

  private async deliver(c: VoteCopy): Promise<void> {
    const home = await this.peersRepo.get(c.peerId);
    if (!home || home.status !== 'ACTIVE') return this.store.settleCopy(c.peerId, c.originProposalId, { status: 'waiting', error: 'the proposal’s registry is not an approved peer now' });
    const p = await this.governance.tally(c.copyProposalId);
    const doc: TallyDocument = {
      typ: TALLY_TYPE, registry: this.ownBaseUrl, origin_registry: home.baseUrl, origin_proposal_id: c.originProposalId, proposal_id: p.proposalId,
      votes_for: p.votesFor, votes_against: p.votesAgainst, votes_abstain: p.votesAbstain, total_voters: p.totalVoters, snapshot_total_power: p.snapshotTotalPower,
      voting_ends_at: p.votingEndsAt, tallied_at: p.talliedAt,
    };
    // The same tally is signed again on a retry; home keeps the first it accepts.
    const tally = await signTally(doc, await this.cards.signingKey());
    let response: Awaited<ReturnType<PeerTransport['signedRequest']>>;
    try {
      response = await this.transport.signedRequest(String(home.id), { method: 'POST', url: `${home.baseUrl}${TALLY_PATH}`, body: { tally }, timeoutMs: this.options.timeoutMs });
    } catch (err) {
      if (!(err instanceof PeerUnavailable)) throw err;
      return this.store.settleCopy(c.peerId, c.originProposalId, { status: 'waiting', error: err.message });
    }
    if (response.status === 200) return this.store.settleCopy(c.peerId, c.originProposalId, { status: 'delivered', signedTally: tally });
    const code = (response.body as { error?: { code?: string } } | null)?.error?.code;
    const retry = [401, 403, 429].includes(response.status) || code === 'VOTING_OPEN';
    return this.store.settleCopy(c.peerId, c.originProposalId, { status: retry ? 'waiting' : 'refused', error: `${home.name} answered ${response.status}: ${detailOf(response.body)}` });
  }
}

export function detailOf(body: unknown): string {
  const b = body as { detail?: unknown; error?: { detail?: unknown } } | null;
  return String(b?.detail ?? b?.error?.detail ?? 'no detail').slice(0, 500);
}
