import { DomainError, forbidden, notFound, validationError } from '@agentvault/errors';
import { parseAmount, type Amount } from '@agentvault/ledger/amount';
import type { AgentDirectory } from './ports.js';
import type { Actor, Listing } from './model.js';

/** Checks shared by listings, the proxy and settlements. */

export const MAX_URL_LENGTH = 2048;
const CATEGORY = /^[a-z0-9][a-z0-9_-]{0,49}$/;
const TAG = /^[a-z0-9][a-z0-9_.+-]{0,49}$/;
export const MAX_TAGS = 20;
export const MAX_FREE_TIER_CALLS = 1_000_000;
/** One AVT billion per call: beyond that a price is a typo. */
const MAX_PRICE = 10n ** 27n;

export function parseEndpoint(raw: string): URL {
  if (typeof raw !== 'string' || raw.trim() === '') throw validationError('endpoint is required', 'endpoint');
  if (raw.length > MAX_URL_LENGTH) throw validationError(`endpoint must be at most ${MAX_URL_LENGTH} characters`, 'endpoint');
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw validationError('endpoint is not a valid URL', 'endpoint');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw validationError('endpoint must be an http or https URL', 'endpoint');
  if (url.username || url.password) throw validationError('endpoint must not carry credentials', 'endpoint');
  if (!url.hostname) throw validationError('endpoint must name a host', 'endpoint');
  if (url.hash) throw validationError('endpoint must not have a fragment', 'endpoint');
  return url;
}

export function parsePrice(value: unknown): Amount {
  const price = parseAmount(value, 'price_per_call', { allowZero: true });
  if (price > MAX_PRICE) throw validationError('price_per_call is too large', 'price_per_call');
  return price;
}

export function parseName(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name.length < 1 || name.length > 200) throw validationError('name must be 1 to 200 characters', 'name');
  return name;
}

export function parseDescription(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length > 5000) throw validationError('description must be at most 5000 characters', 'description');
  return text;
}

export function parseCategory(value: unknown): string {
  const category = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (category === '') return 'general';
  if (!CATEGORY.test(category)) throw validationError('category must be 1 to 50 letters, digits, - or _', 'category');
  return category;
}

export function parseTags(values: unknown[]): string[] {
  const tags = [...new Set(values.map((t) => (typeof t === 'string' ? t.trim().toLowerCase() : '')))];
  if (tags.length > MAX_TAGS) throw validationError(`at most ${MAX_TAGS} tags`, 'tags');
  for (const tag of tags) if (!TAG.test(tag)) throw validationError('each tag must be 1 to 50 letters, digits, or - _ . +', 'tags');
  return tags;
}

export function parseFreeTier(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_FREE_TIER_CALLS) {
    throw validationError(`free_tier_calls must be an integer from 0 to ${MAX_FREE_TIER_CALLS}`, 'free_tier_calls');
  }
  return value;
}

export const listingNotFound = (id: string) => new DomainError('not_found', `Service ${id} not found`, { code: 'SERVICE_NOT_FOUND' });

/**
 * The agent an actor acts as: itself for an agent; for a developer, the named agent, which must
 * be one of its own (an admin may name any).
 */
export async function actingAgent(actor: Actor, named: string | undefined, agents: AgentDirectory, field: string): Promise<string> {
  if (actor.agentDid) {
    if (named && named !== actor.agentDid) throw forbidden(`An agent acts only for itself: ${field} must be empty or your own DID`);
    await activeAgent(actor.agentDid, agents);
    return actor.agentDid;
  }
  if (!actor.developerId) throw forbidden('Not allowed');
  if (!named) throw validationError(`${field} is required: name the agent you act for`, field);
  const agent = await activeAgent(named, agents);
  if (agent.developerId !== actor.developerId && !actor.admin) throw forbidden(`Agent ${named} is not one of your agents`);
  return named;
}

async function activeAgent(did: string, agents: AgentDirectory) {
  const agent = await agents.get(did);
  if (!agent) throw notFound(`Agent ${did} not found`);
  if (!agent.active) throw forbidden(`Agent ${did} is not active`);
  return agent;
}

/** The listing's owner: its agent, the developer of that agent, or an admin. */
export async function assertOwner(actor: Actor, listing: Listing, agents: AgentDirectory): Promise<void> {
  if (actor.admin) return;
  if (actor.agentDid) {
    if (actor.agentDid === listing.providerDid) return;
    throw forbidden('Only the provider may change this service');
  }
  const agent = actor.developerId ? await agents.get(listing.providerDid) : null;
  if (!agent || agent.developerId !== actor.developerId) throw forbidden('Only the provider may change this service');
}
