import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

/** The repository's proto/ folder: the only copy of each contract. */
export const PROTO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../proto');

const cache = new Map<string, grpc.GrpcObject>();

/**
 * Loads a proto by its path under proto/, e.g. 'agentvault/identity/v1/identity.proto'.
 * Field names keep their snake_case; 64-bit integers arrive as strings.
 */
export function loadProto(relativePath: string): grpc.GrpcObject {
  let pkg = cache.get(relativePath);
  if (!pkg) {
    const definition = protoLoader.loadSync(relativePath, {
      includeDirs: [PROTO_ROOT],
      keepCase: true,
      longs: String,
      enums: String,
      defaults: true,
      oneofs: true,
    });
    pkg = grpc.loadPackageDefinition(definition);
    cache.set(relativePath, pkg);
  }
  return pkg;
}

/** Finds a service constructor by its full name, e.g. 'agentvault.identity.v1.IdentityService'. */
export function serviceConstructor(relativePath: string, fullName: string): grpc.ServiceClientConstructor {
  let node: unknown = loadProto(relativePath);
  for (const part of fullName.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'function') throw new Error(`service ${fullName} not found in ${relativePath}`);
  return node as grpc.ServiceClientConstructor;
}
