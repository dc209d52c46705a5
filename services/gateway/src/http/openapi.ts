import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export { z };

/** The one registry that routes describe themselves in; /openapi.json is generated from it. */
export function createOpenApiRegistry() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'developerJwt', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Developer JWT from POST /api/v1/auth/login' });
  registry.registerComponent('securitySchemes', 'agentJwt', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Agent JWT from POST /api/v1/auth/agent/token' });
  registry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'avreg_… API key (also accepted in X-Api-Key)' });
  registry.registerComponent('securitySchemes', 'bootstrapToken', { type: 'apiKey', in: 'header', name: 'Bootstrap-Token', description: 'bst_… single-use bootstrap token' });
  registry.registerComponent('securitySchemes', 'spiffeJwtSvid', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'JWT-SVID of a workload in the platform\'s SPIFFE trust domain (SPIFFE_ALLOWED_IDS)' });
  registry.registerComponent('securitySchemes', 'agentSignature', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Agent-Signature',
    description: 'A self-registered agent signs each request: X-Agent-DID, X-Agent-Timestamp (ms) and X-Agent-Signature over method, path, body hash and timestamp (see README, Signed requests)',
  });
  registry.registerComponent('securitySchemes', 'recoveryToken', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Short-lived token from POST /api/v1/auth/recover-account' });
  return registry;
}

export function generateOpenApiDocument(registry: OpenAPIRegistry, serverUrl?: string) {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'AgentVault Registry API',
      version: '1.0.0',
      description: 'A federated registry for AI agents: identity, tokens, staking, governance, payments and federation.',
    },
    servers: serverUrl ? [{ url: serverUrl }] : undefined,
  });
}

/** The dual-emit error body, for documentation. */
export const ProblemSchema = z
  .object({
    error: z.object({
      detail: z.string(),
      type: z.string(),
      code: z.string().optional(),
      field: z.string().optional(),
      context: z.record(z.unknown()).optional(),
    }),
    type: z.string().url(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
  })
  .openapi('Problem');
