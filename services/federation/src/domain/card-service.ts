import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { DomainError, notFound } from '@agentvault/errors';
import {
  applyOperatorEdit,
  buildCard,
  cardEtag,
  EDITABLE_FIELDS,
  EMPTY_OPERATOR_FIELDS,
  etagMatches,
  LOCKED_FIELDS,
  type RegistryCard,
  type RegistryProfile,
} from './card.js';
import { signCard } from './card-signature.js';
import { registryCardSchema } from './card-schema.js';
import type { FederationUnitOfWork, LedgerFacts } from './ports.js';
import { activeKey, generateSigningKey, isPublished, publishedJwks, type Jwks, type RegistrySigningKey } from './signing-keys.js';

export const MAX_ICON_BYTES = 500 * 1024;
const ICON_TYPES = ['image/png', 'image/jpeg'];

export interface CardServiceOptions {
  profile: RegistryProfile;
  rotationGraceMs: number;
  /** How many agents the directory lists; read at serve time. */
  countAgents(): Promise<number>;
  ledger: LedgerFacts;
  now?: () => Date;
}

export interface ServedCard {
  card: RegistryCard;
  etag: string;
}

/** The registry card: built from configuration, the operator's fields and live facts; signed at serve time. */
export class CardService {
  private readonly now: () => Date;
  private keyCache: { keys: RegistrySigningKey[]; at: number } | null = null;

  constructor(
    private readonly uow: FederationUnitOfWork,
    private readonly options: CardServiceOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  get profile(): RegistryProfile {
    return this.options.profile;
  }

  /** Makes the first signing key if there is none. */
  async ensureSigningKey(): Promise<RegistrySigningKey> {
    const keys = await this.keys();
    const active = activeKey(keys);
    if (active) return active;
    const key = await generateSigningKey(this.now());
    try {
      await this.uow.read.keys.insert(key);
    } catch (err) {
      // Another process of this registry made it first.
      this.keyCache = null;
      const winner = activeKey(await this.keys());
      if (winner) return winner;
      throw err;
    }
    this.keyCache = null;
    return key;
  }

  async signingKey(): Promise<RegistrySigningKey> {
    return activeKey(await this.keys()) ?? this.ensureSigningKey();
  }

  async jwks(): Promise<Jwks> {
    await this.signingKey();
    return publishedJwks(await this.keys(), this.now(), this.options.rotationGraceMs);
  }

  /** Retires the signing key (it stays published for the grace) and makes a new one. */
  async rotateSigningKey(adminId: string): Promise<{ kid: string; retired_kid: string | null; retired_key_published_until: string | null }> {
    const result = await this.uow.run(async (repos) => {
      const keys = await repos.keys.list();
      const old = activeKey(keys);
      const now = this.now();
      if (old) await repos.keys.retire(old.kid, now);
      const fresh = await generateSigningKey(now);
      await repos.keys.insert(fresh);
      await repos.outbox.emit({ type: 'registry.signing_key_rotated', data: { kid: fresh.kid, retired_kid: old?.kid ?? null, rotated_by: adminId, developer_id: adminId } });
      return { kid: fresh.kid, retired_kid: old?.kid ?? null, retired_key_published_until: old ? new Date(now.getTime() + this.options.rotationGraceMs).toISOString() : null };
    });
    this.keyCache = null;
    return result;
  }

  /** The live card and its ETag; `notModified` when If-None-Match names the ETag. */
  async serve(ifNoneMatch?: string): Promise<ServedCard & { notModified: boolean }> {
    const served = await this.current();
    return { ...served, notModified: etagMatches(ifNoneMatch, served.etag) };
  }

  async current(): Promise<ServedCard> {
    const key = await this.signingKey();
    const settings = await this.uow.read.card.get();
    const [transferFee, ledgerHead, agents, activePeers] = await Promise.all([
      this.options.ledger.transferFee(),
      this.options.ledger.chainHead(),
      this.options.countAgents(),
      this.uow.read.peers.countActive(),
    ]);
    const unsigned = buildCard(this.options.profile, settings?.fields ?? EMPTY_OPERATOR_FIELDS, {
      transferFee,
      ledgerHead,
      agents,
      activePeers,
      iconSha256: settings?.iconSha256 ?? null,
      now: this.now(),
    });
    return { card: await signCard(unsigned, key), etag: cardEtag(unsigned, key.kid) };
  }

  /** The admin preview: the card, what may be edited and what is locked. */
  async adminView() {
    const served = await this.current();
    const settings = await this.uow.read.card.get();
    return {
      ...served,
      editable: settings?.fields ?? EMPTY_OPERATOR_FIELDS,
      editable_fields: [...EDITABLE_FIELDS],
      locked_fields: [...LOCKED_FIELDS],
      pinned_visual: this.options.profile.pinnedVisual,
      updated_at: settings?.updatedAt?.toISOString() ?? null,
    };
  }

  async edit(adminId: string, input: unknown) {
    await this.uow.run(async (repos) => {
      const settings = await repos.card.get();
      const fields = applyOperatorEdit(settings?.fields ?? EMPTY_OPERATOR_FIELDS, input, this.options.profile.pinnedVisual);
      await repos.card.saveFields(fields, adminId);
      await repos.outbox.emit({ type: 'registry.card_updated', data: { updated_by: adminId, fields: Object.keys(input as object), developer_id: adminId } });
    });
    return this.adminView();
  }

  /** Stores the icon if its bytes are a PNG or a JPEG (whatever it is called) of at most 500 KB. */
  async uploadIcon(adminId: string, bytes: Uint8Array) {
    if (bytes.length === 0) throw new DomainError('validation_error', 'the icon is empty', { code: 'VALIDATION_ERROR', field: 'file' });
    if (bytes.length > MAX_ICON_BYTES) throw new DomainError('payload_too_large', `the icon is ${bytes.length} bytes; at most ${MAX_ICON_BYTES} are allowed`, { code: 'ICON_TOO_LARGE', field: 'file' });
    const detected = await fileTypeFromBuffer(bytes);
    if (!detected || !ICON_TYPES.includes(detected.mime)) {
      throw new DomainError('unsupported_media_type', `the icon must be a PNG or JPEG image; its content is ${detected ? detected.mime : 'not a recognised image'}`, {
        code: 'ICON_TYPE_UNSUPPORTED',
        field: 'file',
      });
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.uow.run(async (repos) => {
      await repos.card.saveIcon(bytes, detected.mime, sha256, adminId);
      await repos.outbox.emit({ type: 'registry.card_updated', data: { updated_by: adminId, fields: ['icon'], developer_id: adminId } });
    });
    return { content_type: detected.mime, size: bytes.length, sha256 };
  }

  async icon() {
    const icon = await this.uow.read.card.getIcon();
    if (!icon) throw notFound('this registry has no icon');
    return icon;
  }

  schema() {
    return registryCardSchema(`${this.options.profile.publicBaseUrl.replace(/\/+$/, '')}/.well-known/registry-card-schema.json`);
  }

  /** The keys, cached briefly: every card serve needs them. */
  private async keys(): Promise<RegistrySigningKey[]> {
    const now = Date.now();
    if (!this.keyCache || now - this.keyCache.at > 5000) this.keyCache = { keys: await this.uow.read.keys.list(), at: now };
    return this.keyCache.keys.filter((k) => isPublished(k, this.now(), this.options.rotationGraceMs) || k.retiredAt === null);
  }
}
