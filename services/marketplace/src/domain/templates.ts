import { DomainError } from '@agentvault/errors';
import type { Actor, Listing } from './model.js';
import type { ListingService } from './listings.js';

/** Service configurations to start a listing from; prices in AVT. */
export interface ServiceTemplate {
  name: string;
  description: string;
  category: string;
  tags: string[];
  pricePerCall: string;
  freeTierCalls: number;
}

export const SERVICE_TEMPLATES: readonly ServiceTemplate[] = [
  { name: 'ai_api', description: 'A model or an agent behind a metered API', category: 'ai', tags: ['ai', 'api'], pricePerCall: '0.05', freeTierCalls: 100 },
  { name: 'data_pipeline', description: 'Data processing by the batch or the stream', category: 'data', tags: ['data', 'etl'], pricePerCall: '0.10', freeTierCalls: 50 },
  { name: 'content_api', description: 'Generated or curated content by the call', category: 'content', tags: ['content'], pricePerCall: '0.02', freeTierCalls: 200 },
];

export function serviceTemplate(name: string): ServiceTemplate {
  const template = SERVICE_TEMPLATES.find((t) => t.name === name);
  if (!template) throw new DomainError('not_found', `Service template ${name} not found`, { code: 'TEMPLATE_NOT_FOUND' });
  return template;
}

export interface FromTemplate {
  template: string;
  providerDid?: string;
  name: unknown;
  endpoint: unknown;
  description?: string;
  pricePerCall?: string;
  category?: string;
  tags?: string[];
  freeTierCalls?: number;
}

/** A listing from a template: what the provider gives wins, the template fills in the rest. */
export function createFromTemplate(listings: ListingService, actor: Actor, input: FromTemplate): Promise<Listing> {
  const t = serviceTemplate(input.template);
  return listings.create(actor, {
    providerDid: input.providerDid,
    name: input.name,
    endpoint: input.endpoint,
    description: input.description || t.description,
    pricePerCall: input.pricePerCall || t.pricePerCall,
    category: input.category || t.category,
    tags: input.tags ?? t.tags,
    freeTierCalls: input.freeTierCalls ?? t.freeTierCalls,
  });
}
