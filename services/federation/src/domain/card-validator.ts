import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { registryCardSchema } from './card-schema.js';

export interface SchemaCheck {
  valid: boolean;
  errors: string[];
}

let validate: ((card: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null } | undefined;

/** Checks a card (ours or a peer's) against the published v0.4 schema. */
export function checkCardSchema(card: unknown): SchemaCheck {
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    validate = ajv.compile(registryCardSchema('urn:agentvault:registry-card:0.4'));
  }
  const valid = validate(card);
  return { valid, errors: valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`) };
}
