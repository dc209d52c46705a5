import { CARD_VERSION, SIGNED_FIELDS } from './card.js';

const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const url = { type: 'string', format: 'uri', pattern: '^https?://' } as const;
const stringList = { type: 'array', items: str } as const;

/** The JSON Schema (draft 2020-12) of the registry card v0.4, served at /.well-known/registry-card-schema.json. */
export function registryCardSchema(schemaId: string) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaId,
    title: `AgentVault registry card v${CARD_VERSION}`,
    type: 'object',
    required: [...SIGNED_FIELDS, 'signature'],
    additionalProperties: false,
    properties: {
      card_version: { const: CARD_VERSION },
      identity: {
        type: 'object',
        required: ['name', 'registry_id', 'base_url', 'trust_domain', 'role', 'parent_registry_url'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1 },
          registry_id: { type: 'string', pattern: '^did:web:' },
          base_url: url,
          trust_domain: str,
          role: { enum: ['mainframe', 'satellite'] },
          parent_registry_url: { anyOf: [url, { type: 'null' }] },
        },
      },
      operator: {
        type: 'object',
        required: ['display_name', 'description', 'tags', 'visual', 'visual_pinned', 'icon_url'],
        additionalProperties: false,
        properties: {
          display_name: str,
          description: str,
          tags: stringList,
          persona: nullableStr,
          contact_email: nullableStr,
          website: { anyOf: [url, { type: 'null' }] },
          visual: { type: 'object', additionalProperties: str },
          visual_pinned: stringList,
          icon_url: { anyOf: [url, { type: 'null' }] },
        },
      },
      capabilities: {
        type: 'object',
        required: ['api_version', 'protocols'],
        properties: { api_version: str, protocols: stringList },
        additionalProperties: { type: 'boolean' },
      },
      fees: {
        type: 'object',
        required: ['currency', 'transfer_fee'],
        additionalProperties: false,
        properties: { currency: str, transfer_fee: { type: 'string', pattern: '^\\d+(\\.\\d{1,18})?$' } },
      },
      federation: {
        type: 'object',
        required: ['accepts_peers', 'request_signatures', 'jwks_uri'],
        properties: { accepts_peers: { type: 'boolean' }, peer_approval: str, request_signatures: { const: 'rfc9421' }, signature_algorithm: str, jwks_uri: url },
      },
      policy: { type: 'object' },
      economic: {
        type: 'object',
        required: ['currency', 'mints', 'event_store', 'currency_issuer', 'model'],
        properties: {
          currency: str,
          mints: { type: 'boolean' },
          event_store: { enum: ['own', 'parent'] },
          currency_issuer: { anyOf: [url, { type: 'null' }] },
          fiat_onramp: { type: 'boolean' },
          model: { enum: ['SOVEREIGN', 'FEDERATED'] },
        },
        // A satellite is honest about it: it mints nothing and keeps no event store.
        if: { properties: { model: { const: 'FEDERATED' } }, required: ['model'] },
        then: { properties: { mints: { const: false }, event_store: { const: 'parent' } }, required: ['mints', 'event_store'] },
      },
      stats: {
        type: 'object',
        required: ['agents', 'active_peers', 'generated_at'],
        properties: { agents: { type: 'integer', minimum: 0 }, active_peers: { type: 'integer', minimum: 0 }, generated_at: { type: 'string', format: 'date-time' } },
      },
      endpoints: { type: 'object', required: ['api', 'registry_card', 'registry_jwks'], properties: { api: url, registry_card: url, registry_jwks: url }, additionalProperties: url },
      commitments: {
        type: 'object',
        required: ['statements', 'ledger_head'],
        additionalProperties: false,
        properties: {
          statements: stringList,
          ledger_head: {
            anyOf: [
              { type: 'null' },
              {
                type: 'object',
                required: ['seq', 'hash'],
                additionalProperties: false,
                properties: { seq: { type: 'string', pattern: '^\\d+$' }, hash: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
              },
            ],
          },
        },
      },
      links: {
        type: 'array',
        items: { type: 'object', required: ['rel', 'href'], additionalProperties: false, properties: { rel: str, href: url, title: str } },
      },
      issued_at: { type: 'string', format: 'date-time' },
      signature: {
        type: 'object',
        required: ['alg', 'kid', 'canonicalization', 'signed_fields', 'jws'],
        additionalProperties: false,
        properties: {
          alg: { const: 'EdDSA' },
          kid: str,
          canonicalization: { const: 'RFC8785' },
          signed_fields: { type: 'array', items: str, minItems: SIGNED_FIELDS.length, maxItems: SIGNED_FIELDS.length },
          jws: { type: 'string', pattern: '^[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+$' },
        },
      },
    },
  };
}
