import { DomainError, validationError } from '@agentvault/errors';
import { z } from '@agentvault/config';
import { canonicalJson, sha256Hex } from './canonical.js';

export const CARD_VERSION = '0.4';

/** The thirteen top-level fields the signature covers, in the order the card lists them. */
export const SIGNED_FIELDS = [
  'card_version',
  'identity',
  'operator',
  'capabilities',
  'fees',
  'federation',
  'policy',
  'economic',
  'stats',
  'endpoints',
  'commitments',
  'links',
  'issued_at',
] as const;

/** What the operator may edit (PUT /admin/registry-card); everything else is derived at serve time. */
export const EDITABLE_FIELDS = ['description', 'tags', 'operator', 'visual', 'commitments', 'links'] as const;
/** Derived blocks an edit may not touch; naming one in a PUT is a 422 that lists them. */
export const LOCKED_FIELDS = ['card_version', 'identity', 'capabilities', 'fees', 'federation', 'policy', 'economic', 'stats', 'endpoints', 'issued_at', 'signature'] as const;

/** The visual identity; orb, glow, pulse and variant are the ones a network operator may pin. */
export const VISUAL_KEYS = ['orb', 'glow', 'pulse', 'variant', 'flare', 'overlay', 'accent_color'] as const;
export const PINNABLE_VISUAL_KEYS = ['orb', 'glow', 'pulse', 'variant'] as const;
export type VisualIdentity = Partial<Record<(typeof VISUAL_KEYS)[number], string>>;

const text = (max: number) => z.string().trim().min(1).max(max);
const httpUrl = z
  .string()
  .max(2048)
  .url()
  .refine((v) => /^https?:\/\//i.test(v), 'expected an http(s) URL');

export const operatorEditSchema = z
  .object({
    description: z.string().max(2000).optional(),
    tags: z.array(text(40)).max(20).optional(),
    operator: z
      .object({
        display_name: text(100).optional(),
        persona: z.string().max(1000).optional(),
        contact_email: z.string().email().max(254).optional(),
        website: httpUrl.optional(),
      })
      .strict()
      .optional(),
    visual: z
      .object(Object.fromEntries(VISUAL_KEYS.map((k) => [k, text(64).optional()])) as Record<(typeof VISUAL_KEYS)[number], z.ZodOptional<z.ZodString>>)
      .strict()
      .optional(),
    commitments: z.array(text(500)).max(20).optional(),
    links: z
      .array(z.object({ rel: text(40), href: httpUrl, title: z.string().max(100).optional() }).strict())
      .max(20)
      .optional(),
  })
  .strict();

export type OperatorEdit = z.infer<typeof operatorEditSchema>;

/** The operator-owned part of the card as stored. */
export interface OperatorFields {
  description: string;
  tags: string[];
  operator: { display_name?: string; persona?: string; contact_email?: string; website?: string };
  visual: VisualIdentity;
  commitments: string[];
  links: Array<{ rel: string; href: string; title?: string }>;
}

export const EMPTY_OPERATOR_FIELDS: OperatorFields = { description: '', tags: [], operator: {}, visual: {}, commitments: [], links: [] };

/**
 * Applies an operator's edit: locked fields and a pinned visual identity are refused with a 422
 * naming every offending field; the given fields replace the stored ones, the others stay.
 */
export function applyOperatorEdit(current: OperatorFields, input: unknown, pinned: VisualIdentity): OperatorFields {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw validationError('the card edit must be a JSON object');
  const keys = Object.keys(input);
  const locked = keys.filter((k) => (LOCKED_FIELDS as readonly string[]).includes(k));
  if (locked.length > 0) {
    throw new DomainError('validation_error', `locked fields cannot be edited: ${locked.join(', ')}`, {
      code: 'LOCKED_FIELDS',
      field: locked[0],
      context: { locked_fields: locked, editable_fields: [...EDITABLE_FIELDS] },
    });
  }
  const parsed = operatorEditSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys].join('.') : issue.path.join('.');
    throw validationError(`${field || 'card'}: ${issue.message}`, field || undefined, { editable_fields: [...EDITABLE_FIELDS] });
  }
  const edit = parsed.data;
  const overridden = Object.entries(edit.visual ?? {}).filter(([k, v]) => pinned[k as keyof VisualIdentity] !== undefined && pinned[k as keyof VisualIdentity] !== v).map(([k]) => `visual.${k}`);
  if (overridden.length > 0) {
    throw new DomainError('validation_error', `the visual identity is pinned by the network operator: ${overridden.join(', ')}`, {
      code: 'VISUAL_IDENTITY_PINNED',
      field: overridden[0],
      context: { locked_fields: overridden },
    });
  }
  return {
    description: edit.description ?? current.description,
    tags: edit.tags ?? current.tags,
    operator: edit.operator ?? current.operator,
    visual: edit.visual ?? current.visual,
    commitments: edit.commitments ?? current.commitments,
    links: edit.links ?? current.links,
  };
}

/** What a registry is, from its configuration: fixed for the life of the process. */
export interface RegistryProfile {
  name: string;
  publicBaseUrl: string;
  role: 'mainframe' | 'satellite';
  /** A satellite's parent mainframe, whose currency and event store it uses. */
  parentRegistryUrl?: string;
  mintingEnabled: boolean;
  fiatOnrampEnabled: boolean;
  allowPrivatePeers: boolean;
  pinnedVisual: VisualIdentity;
  /** The operator's name when the card does not give one. */
  defaultDisplayName?: string;
}

export interface LedgerHead {
  seq: string;
  hash: string;
}

/** Facts read at serve time: they change without an operator edit, so the ETag ignores them. */
export interface LiveFacts {
  transferFee: string;
  agents: number;
  activePeers: number;
  ledgerHead: LedgerHead | null;
  iconSha256: string | null;
  now: Date;
}

export interface CardSignature {
  alg: 'EdDSA';
  kid: string;
  canonicalization: 'RFC8785';
  signed_fields: string[];
  /** A detached compact JWS (RFC 7515 appendix F) over the canonical JSON of the signed fields. */
  jws: string;
}

export type UnsignedCard = Record<(typeof SIGNED_FIELDS)[number], unknown>;
export type RegistryCard = UnsignedCard & { signature: CardSignature };

export const WELL_KNOWN = {
  card: '/.well-known/registry-card.json',
  jwks: '/.well-known/registry-jwks.json',
  schema: '/.well-known/registry-card-schema.json',
  icon: '/api/v1/public/registry-card/icon',
} as const;

export function trimBase(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The card, every block derived from the profile, the operator's fields and the live facts. */
export function buildCard(profile: RegistryProfile, fields: OperatorFields, live: LiveFacts): UnsignedCard {
  const base = trimBase(profile.publicBaseUrl);
  const host = new URL(base).host;
  const satellite = profile.role === 'satellite';
  const currencyIssuer = satellite ? trimBase(profile.parentRegistryUrl ?? '') || null : base;
  return {
    card_version: CARD_VERSION,
    identity: {
      name: profile.name,
      registry_id: `did:web:${encodeURIComponent(host)}`,
      base_url: base,
      trust_domain: new URL(base).hostname,
      role: profile.role,
      parent_registry_url: satellite ? currencyIssuer : null,
    },
    operator: {
      display_name: fields.operator.display_name ?? profile.defaultDisplayName ?? profile.name,
      description: fields.description,
      tags: fields.tags,
      persona: fields.operator.persona ?? null,
      contact_email: fields.operator.contact_email ?? null,
      website: fields.operator.website ?? null,
      // The pin wins over anything stored.
      visual: { ...fields.visual, ...profile.pinnedVisual },
      visual_pinned: Object.keys(profile.pinnedVisual).sort(),
      icon_url: live.iconSha256 ? `${base}${WELL_KNOWN.icon}?v=${live.iconSha256.slice(0, 16)}` : null,
    },
    capabilities: {
      api_version: 'v1',
      protocols: ['a2a', 'agentvault-registry'],
      federated_discovery: true,
      agent_card_sync: true,
      tamper_evident_ledger: !satellite,
    },
    fees: { currency: 'AVT', transfer_fee: live.transferFee },
    federation: {
      accepts_peers: true,
      peer_approval: 'manual',
      request_signatures: 'rfc9421',
      signature_algorithm: 'ed25519',
      jwks_uri: `${base}${WELL_KNOWN.jwks}`,
    },
    policy: {
      private_peers_allowed: profile.allowPrivatePeers,
      card_signature_required: true,
      replay_window_seconds: 300,
    },
    economic: satellite
      ? { currency: 'AVT', mints: false, event_store: 'parent', currency_issuer: currencyIssuer, fiat_onramp: false, model: 'FEDERATED' }
      : { currency: 'AVT', mints: profile.mintingEnabled, event_store: 'own', currency_issuer: base, fiat_onramp: profile.fiatOnrampEnabled, model: 'SOVEREIGN' },
    stats: { agents: live.agents, active_peers: live.activePeers, generated_at: live.now.toISOString() },
    endpoints: {
      api: `${base}/api/v1`,
      registry_card: `${base}${WELL_KNOWN.card}`,
      registry_jwks: `${base}${WELL_KNOWN.jwks}`,
      registry_card_schema: `${base}${WELL_KNOWN.schema}`,
      federation_query: `${base}/api/v1/internal/federation/query`,
      agent_cards: `${base}/api/v1/federation/agent-cards`,
      peers: `${base}/api/v1/federation/peers/`,
    },
    commitments: {
      statements: fields.commitments,
      ledger_head: live.ledgerHead,
    },
    links: fields.links,
    issued_at: live.now.toISOString(),
  };
}

/** The signed payload: the canonical JSON of exactly the signed fields. */
export function signingInput(card: Record<string, unknown>): string {
  return canonicalJson(Object.fromEntries(SIGNED_FIELDS.map((f) => [f, card[f] ?? null])));
}

/**
 * The ETag moves with what an operator controls (the edit, the icon, the key, the configuration)
 * and never with live figures (stats, the ledger head, the time of issue).
 */
export function cardEtag(card: UnsignedCard, kid: string): string {
  const stable = { ...card, stats: null, issued_at: null, commitments: { ...(card.commitments as object), ledger_head: null }, kid };
  return `"${sha256Hex(canonicalJson(stable)).slice(0, 32)}"`;
}

/** Whether an If-None-Match header names the ETag (a list, weak validators and * included). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}
