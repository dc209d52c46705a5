import type { AgentStatus } from './model.js';
import type { CardIndexFields } from './a2a-card.js';

/** A card as the directory lists and serves it: the card, its agent and its owner. */
export interface DirectoryCard {
  id: string;
  agentId: string;
  agentDid: string;
  agentStatus: AgentStatus;
  agentPublicKeyJwk: unknown | null;
  developerId: string;
  developerIsVerified: boolean;
  /** A self-registered agent's card: no developer, made from its profile. */
  selfRegistered: boolean;
  name: string;
  description: string;
  card: unknown;
  isActive: boolean;
  /** Whether the card passed the A2A v1.0 checks (submitted or updated through the directory). */
  a2aValidated: boolean;
  humanReadableId: string | null;
  tags: string[];
  createdAt: Date;
  updatedAt: Date;
  /** The card's updated_at as Postgres holds it (microseconds), for the sync cursor. */
  updatedAtExact: string;
}

export type CardStatusFilter = 'active' | 'inactive' | 'all';
export const CARD_SORTS = ['relevance', 'name', '-name', 'created_at', '-created_at', 'updated_at', '-updated_at'] as const;
export type CardSort = (typeof CARD_SORTS)[number];

export interface CardSearch {
  text: string | null;
  tags: string[];
  skills: string[];
  capabilities: string[];
  status: CardStatusFilter;
  developerId: string | null;
  sort: CardSort;
  limit: number;
  offset: number;
  updatedSince: Date | null;
  /** Matches are counted exactly up to this many; beyond, the total says "at least". */
  exactTotalLimit: number;
  /** Only cards after this position of the (updated_at, id) order. */
  after: { updatedAt: string; id: string } | null;
}

export interface CardWrite {
  card: unknown;
  index: CardIndexFields;
}
