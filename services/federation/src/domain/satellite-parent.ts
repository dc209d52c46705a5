import { validationError } from '@agentvault/errors';
import { trimBase } from './card.js';
import type { PeerService } from './peer-service.js';
import type { Peer } from './ports.js';
import type { InboundRequest, SignedResponse } from './request-signature.js';
import type { LedgerCaller, SatelliteAgents } from './satellite-ports.js';
import { planSatelliteCall, satelliteForbidden, satellitePrefix, unprefixed } from './satellite-policy.js';

/** The body of a satellite's forwarded ledger call. */
export interface SatelliteLedgerCallBody {
  method: string;
  request: Record<string, unknown>;
  /** The movement's idempotency key on the link (inside the signed body, so covered by the signature). */
  idempotency_key?: string | null;
}

/**
 * The parent's end of the satellite link: a satellite's ledger call arrives signed (RFC 9421,
 * checked against the JWKS of its registry card), from an approved peer whose card names this
 * registry as its parent; the call is checked against what satellites may do and then made on
 * this registry's ledger, which records it.
 */
export class SatelliteParentService {
  constructor(
    private readonly peers: PeerService,
    private readonly agents: SatelliteAgents,
    private readonly ledger: LedgerCaller,
    private readonly ownBaseUrl: () => string,
  ) {}

  /** Runs the call and answers with the ledger's response, signed by this registry. */
  async call(request: InboundRequest): Promise<SignedResponse> {
    const answer = await this.run(request);
    return this.peers.signResponse(200, JSON.stringify(answer));
  }

  private async run(request: InboundRequest): Promise<unknown> {
    const { peer } = await this.peers.authenticate(request);
    this.requireSatellite(peer);
    const body = parseBody(request.body);
    const plan = planSatelliteCall(body.method, body.request, { peerId: peer.id, linkKey: body.idempotency_key || null });

    for (const did of plan.ownAgents) await this.requireOwn(did, peer);
    if (plan.ownHold) {
      const hold = (await this.ledger.call('GetHold', plan.ownHold)) as { payer_agent_id?: string };
      await this.requireOwn(hold.payer_agent_id ?? '', peer);
    }
    let forwarded = plan.request;
    if (plan.filterOwn) {
      const dids = Array.isArray(forwarded.dids) ? forwarded.dids.filter((d): d is string => typeof d === 'string') : [];
      const mine: string[] = [];
      for (const did of dids) if ((await this.agents.originOf(did)) === peer.id) mine.push(did);
      forwarded = { ...forwarded, dids: mine };
    }
    if (plan.openAccount) await this.claimAgent(plan.openAccount.did, plan.openAccount.developerId, peer);

    return unprefixed(await this.ledger.call(body.method, forwarded), satellitePrefix(peer.id));
  }

  /** Only a registry whose card says it is our satellite uses our ledger. */
  private requireSatellite(peer: Peer): void {
    const identity = (peer.card?.identity ?? {}) as { role?: string; parent_registry_url?: string | null };
    if (identity.role !== 'satellite' || trimBase(identity.parent_registry_url ?? '') !== trimBase(this.ownBaseUrl())) {
      throw satelliteForbidden(`${peer.name} is not a satellite of this registry (its registry card names no such parent)`);
    }
  }

  private async requireOwn(did: string, peer: Peer): Promise<void> {
    const origin = await this.agents.originOf(did);
    if (origin === peer.id) return;
    throw satelliteForbidden(
      origin === null
        ? `agent ${did || '(none)'} was not onboarded through satellite ${peer.name}; a satellite moves only its own agents' money`
        : `agent ${did} belongs to another satellite; a satellite moves only its own agents' money`,
    );
  }

  /** The agent becomes this satellite's, unless it is the parent's own or another satellite's already. */
  private async claimAgent(did: string, developerId: string, peer: Peer): Promise<void> {
    if (!did) throw validationError('did is required', 'did');
    const origin = await this.agents.originOf(did);
    if (origin === null) {
      const existing = (await this.ledger.call('GetBalances', { dids: [did] })) as { items?: unknown[] };
      if ((existing.items ?? []).length > 0) throw satelliteForbidden(`agent ${did} is an agent of the parent registry, not of satellite ${peer.name}`);
    }
    if (!(await this.agents.claim(did, peer.id, developerId))) throw satelliteForbidden(`agent ${did} belongs to another satellite`);
  }
}

function parseBody(text: string | undefined): SatelliteLedgerCallBody {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? '');
  } catch {
    throw validationError('the body is not JSON', 'body');
  }
  const body = parsed as Partial<SatelliteLedgerCallBody> | null;
  if (!body || typeof body.method !== 'string' || typeof body.request !== 'object' || body.request === null || Array.isArray(body.request)) {
    throw validationError('expected {"method": "...", "request": {...}}', 'body');
  }
  return { method: body.method, request: body.request, idempotency_key: typeof body.idempotency_key === 'string' ? body.idempotency_key : null };
}
