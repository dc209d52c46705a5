import { z } from 'zod';
import { DomainError } from '@agentvault/errors';

/**
 * The A2A v1.0 agent card as the directory accepts it. Known fields are checked for type and
 * presence; fields the schema does not know (extensions, newer minor versions) are kept as sent.
 * Two registry fields ride along: `humanReadableId` ("org/agent", the lookup key of
 * /agent-cards/id/{hri}) and card-level `tags` (searched with the skills' tags).
 */

// No transforms anywhere: the card is stored exactly as sent, because its signatures cover those bytes.
const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((s) => s.trim().length > 0, 'must not be empty');
const httpUrl = z
  .string()
  .max(2048)
  .url('must be an absolute URL')
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http or https URL');
const BASE64URL = /^[A-Za-z0-9_-]+$/;

const AgentInterface = z
  .object({
    url: httpUrl,
    protocolBinding: text(64),
    protocolVersion: text(16),
    tenant: z.string().max(200).optional(),
  })
  .passthrough();

const AgentProvider = z.object({ organization: text(200), url: httpUrl }).passthrough();

const AgentExtension = z
  .object({ uri: text(2048), description: z.string().max(2000).optional(), required: z.boolean().optional(), params: z.record(z.unknown()).optional() })
  .passthrough();

const AgentCapabilities = z
  .object({
    streaming: z.boolean().optional(),
    pushNotifications: z.boolean().optional(),
    extendedAgentCard: z.boolean().optional(),
    extensions: z.array(AgentExtension).max(50).optional(),
  })
  .passthrough();

/** v1.0 names each scheme by a single wrapper field; v0.3 cards carry a `type` instead. Either is accepted. */
const SCHEME_WRAPPERS = ['apiKeySecurityScheme', 'httpAuthSecurityScheme', 'oauth2SecurityScheme', 'openIdConnectSecurityScheme', 'mtlsSecurityScheme'];
const SCHEME_TYPES = ['apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS'];
const SecurityScheme = z
  .record(z.unknown())
  .superRefine((scheme, ctx) => {
    const wrappers = Object.keys(scheme).filter((k) => SCHEME_WRAPPERS.includes(k));
    if (wrappers.length === 1) {
      const inner = scheme[wrappers[0]!];
      if (typeof inner !== 'object' || inner === null || Array.isArray(inner)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [wrappers[0]!], message: 'must be an object' });
      }
      return;
    }
    if (wrappers.length > 1) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must name exactly one of ${SCHEME_WRAPPERS.join(', ')}` });
      return;
    }
    if (typeof scheme.type === 'string' && SCHEME_TYPES.includes(scheme.type)) return;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `must be one of ${SCHEME_WRAPPERS.join(', ')} (or carry a type of ${SCHEME_TYPES.join(', ')})` });
  });

const SecurityRequirement = z.record(z.union([z.array(z.string()), z.object({ list: z.array(z.string()) }).passthrough()]));

const AgentSkill = z
  .object({
    id: text(200),
    name: text(200),
    description: text(4000),
    tags: z.array(text(64)).max(50),
    examples: z.array(z.string().max(2000)).max(50).optional(),
    inputModes: z.array(text(200)).max(50).optional(),
    outputModes: z.array(text(200)).max(50).optional(),
    securityRequirements: z.array(SecurityRequirement).max(50).optional(),
  })
  .passthrough();

export const AgentCardSignatureSchema = z
  .object({
    protected: z.string().min(1).max(8192).regex(BASE64URL, 'must be base64url'),
    signature: z.string().min(1).max(8192).regex(BASE64URL, 'must be base64url'),
    header: z.record(z.unknown()).optional(),
  })
  .strict();
export type AgentCardSignature = z.infer<typeof AgentCardSignatureSchema>;

export const HRI_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}\/[a-z0-9][a-z0-9._-]{0,99}$/;

export const A2aAgentCardSchema = z
  .object({
    name: text(200),
    description: text(4000),
    supportedInterfaces: z.array(AgentInterface).min(1, 'must list at least one interface').max(20),
    provider: AgentProvider.optional(),
    version: text(64),
    documentationUrl: httpUrl.optional(),
    iconUrl: httpUrl.optional(),
    capabilities: AgentCapabilities,
    securitySchemes: z.record(SecurityScheme).optional(),
    securityRequirements: z.array(SecurityRequirement).max(50).optional(),
    defaultInputModes: z.array(text(200)).min(1, 'must list at least one media type').max(50),
    defaultOutputModes: z.array(text(200)).min(1, 'must list at least one media type').max(50),
    skills: z.array(AgentSkill).max(200),
    signatures: z.array(AgentCardSignatureSchema).max(10).optional(),
    humanReadableId: z.string().regex(HRI_PATTERN, 'must look like "organization/agent" (lower-case letters, digits, . _ -)').optional(),
    tags: z.array(text(64)).max(50).optional(),
  })
  .passthrough()
  .superRefine((card, ctx) => {
    // Every requirement must name a scheme the card declares.
    const declared = new Set(Object.keys(card.securitySchemes ?? {}));
    const check = (requirements: z.infer<typeof SecurityRequirement>[] | undefined, path: (string | number)[]) =>
      requirements?.forEach((req, i) => {
        for (const name of Object.keys(req)) {
          if (!declared.has(name)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...path, i, name], message: `names security scheme "${name}", which securitySchemes does not declare` });
        }
      });
    check(card.securityRequirements, ['securityRequirements']);
    card.skills.forEach((skill, i) => check(skill.securityRequirements, ['skills', i, 'securityRequirements']));
    const ids = new Set<string>();
    card.skills.forEach((skill, i) => {
      if (ids.has(skill.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['skills', i, 'id'], message: `duplicates skill id "${skill.id}"` });
      ids.add(skill.id);
    });
  });
export type A2aAgentCard = z.infer<typeof A2aAgentCardSchema>;

export interface CardFieldError {
  field: string;
  message: string;
}

export type CardValidation = { ok: true; card: A2aAgentCard } | { ok: false; errors: CardFieldError[] };

/** The most a stored card may weigh, serialized. */
export const MAX_CARD_BYTES = 64 * 1024;

/** Checks `card` against the A2A v1.0 shape; field names are paths under `prefix` (card_data.skills.0.id). */
export function validateA2aCard(card: unknown, prefix = 'card_data'): CardValidation {
  const join = (path: (string | number)[]) => [prefix, ...path].filter((p) => p !== '').join('.');
  if (typeof card !== 'object' || card === null || Array.isArray(card)) return { ok: false, errors: [{ field: prefix, message: 'must be a JSON object' }] };
  if (Buffer.byteLength(JSON.stringify(card)) > MAX_CARD_BYTES) return { ok: false, errors: [{ field: prefix, message: `must be at most ${MAX_CARD_BYTES} bytes as JSON` }] };
  const result = A2aAgentCardSchema.safeParse(card);
  if (result.success) return { ok: true, card: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => ({ field: join(issue.path), message: issue.message })) };
}

/** A failed validation as the one 422 the API answers: every field in context.errors, the first in `field`. */
export function invalidCard(errors: CardFieldError[]): DomainError {
  return new DomainError('validation_error', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
    code: 'INVALID_AGENT_CARD',
    field: errors[0]?.field,
    context: { errors },
  });
}

/** Checks the card and answers the field-level 422 when it does not conform. */
export function requireA2aCard(card: unknown, prefix = 'card_data'): A2aAgentCard {
  const result = validateA2aCard(card, prefix);
  if (!result.ok) throw invalidCard(result.errors);
  return result.card;
}

/** What the directory indexes of a card. Lenient: onboarding's cards predate the A2A checks. */
export interface CardIndexFields {
  name: string;
  description: string;
  humanReadableId: string | null;
  /** Card-level and skill tags, lower-case, each once. */
  tags: string[];
  /** Skill ids and names, lower-case, each once. */
  skills: string[];
  /** Capabilities the card switches on (streaming, pushnotifications, …) and extension URIs, lower-case. */
  capabilities: string[];
  /** Skill names, descriptions and tags as one text, for the full-text index. */
  skillText: string;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const uniqueLower = (values: string[]) => [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0 && v.length <= 200))];
const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

export function cardIndexFields(card: unknown, fallback: { name: string; description: string }): CardIndexFields {
  const c = record(card);
  const skills = Array.isArray(c.skills) ? c.skills.map(record) : [];
  const capabilities = record(c.capabilities);
  const hri = typeof c.humanReadableId === 'string' && HRI_PATTERN.test(c.humanReadableId) ? c.humanReadableId : null;
  return {
    name: fallback.name,
    description: fallback.description,
    humanReadableId: hri,
    tags: uniqueLower([...strings(c.tags), ...skills.flatMap((s) => strings(s.tags))]),
    skills: uniqueLower(skills.flatMap((s) => strings([s.id, s.name]))),
    capabilities: uniqueLower([
      ...Object.entries(capabilities).filter(([, v]) => v === true).map(([k]) => k),
      ...(Array.isArray(capabilities.extensions) ? capabilities.extensions.map(record).flatMap((e) => strings([e.uri])) : []),
    ]),
    skillText: skills
      .flatMap((s) => [...strings([s.name, s.description]), ...strings(s.tags)])
      .join(' ')
      .slice(0, 20_000),
  };
}
