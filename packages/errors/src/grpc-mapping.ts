import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { DomainError, type ErrorKind } from './domain-error.js';

const KIND_TO_GRPC: Record<ErrorKind, GrpcStatus> = {
  bad_request: GrpcStatus.INVALID_ARGUMENT,
  validation_error: GrpcStatus.FAILED_PRECONDITION,
  unauthorized: GrpcStatus.UNAUTHENTICATED,
  forbidden: GrpcStatus.PERMISSION_DENIED,
  not_found: GrpcStatus.NOT_FOUND,
  conflict: GrpcStatus.ALREADY_EXISTS,
  rate_limit_exceeded: GrpcStatus.RESOURCE_EXHAUSTED,
  payload_too_large: GrpcStatus.OUT_OF_RANGE,
  request_header_fields_too_large: GrpcStatus.OUT_OF_RANGE,
  request_timeout: GrpcStatus.DEADLINE_EXCEEDED,
  unsupported_media_type: GrpcStatus.INVALID_ARGUMENT,
  service_unavailable: GrpcStatus.UNAVAILABLE,
  // An upstream outside the platform failed: not a transport failure of the service that says so.
  bad_gateway: GrpcStatus.ABORTED,
  gateway_timeout: GrpcStatus.ABORTED,
  internal_server_error: GrpcStatus.INTERNAL,
};

const GRPC_TO_KIND: Partial<Record<GrpcStatus, ErrorKind>> = {
  [GrpcStatus.INVALID_ARGUMENT]: 'bad_request',
  [GrpcStatus.FAILED_PRECONDITION]: 'validation_error',
  [GrpcStatus.UNAUTHENTICATED]: 'unauthorized',
  [GrpcStatus.PERMISSION_DENIED]: 'forbidden',
  [GrpcStatus.NOT_FOUND]: 'not_found',
  [GrpcStatus.ALREADY_EXISTS]: 'conflict',
  [GrpcStatus.ABORTED]: 'conflict',
  [GrpcStatus.RESOURCE_EXHAUSTED]: 'rate_limit_exceeded',
  [GrpcStatus.OUT_OF_RANGE]: 'payload_too_large',
  [GrpcStatus.UNAVAILABLE]: 'service_unavailable',
  [GrpcStatus.DEADLINE_EXCEEDED]: 'service_unavailable',
};

const META_KIND = 'x-error-kind';
const META_CODE = 'x-error-code';
const META_FIELD = 'x-error-field';
const META_CONTEXT = 'x-error-context';

/** Domain error → gRPC ServiceError. Anything unexpected becomes INTERNAL with no leak of its message. */
export function toGrpcError(err: unknown): Partial<ServiceError> {
  const metadata = new Metadata();
  if (err instanceof DomainError) {
    metadata.set(META_KIND, err.kind);
    if (err.code) metadata.set(META_CODE, err.code);
    if (err.field) metadata.set(META_FIELD, err.field);
    if (err.context) metadata.set(META_CONTEXT, JSON.stringify(err.context));
    return { code: KIND_TO_GRPC[err.kind], details: err.message, metadata };
  }
  metadata.set(META_KIND, 'internal_server_error');
  return { code: GrpcStatus.INTERNAL, details: 'Internal server error', metadata };
}

function isServiceError(err: unknown): err is ServiceError {
  return typeof err === 'object' && err !== null && 'code' in err && typeof (err as ServiceError).code === 'number' && 'metadata' in err;
}

/** gRPC ServiceError (or a breaker failure) → DomainError, so callers see one error type. */
export function fromGrpcError(err: unknown): DomainError {
  if (err instanceof DomainError) return err;
  if (isServiceError(err)) {
    const meta = err.metadata;
    const kind = (meta?.get(META_KIND)[0] as ErrorKind | undefined) ?? GRPC_TO_KIND[err.code] ?? 'internal_server_error';
    const code = meta?.get(META_CODE)[0] as string | undefined;
    const field = meta?.get(META_FIELD)[0] as string | undefined;
    const rawContext = meta?.get(META_CONTEXT)[0] as string | undefined;
    const detail =
      kind === 'internal_server_error' ? 'Internal server error' :
      kind === 'service_unavailable' && !meta?.get(META_KIND)[0] ? 'A downstream service is unavailable' :
      err.details || 'Request failed';
    return new DomainError(kind, detail, { code, field, context: rawContext ? JSON.parse(rawContext) : undefined });
  }
  const name = (err as { code?: string } | null)?.code;
  if (name === 'EOPENBREAKER' || name === 'ETIMEDOUT') {
    return new DomainError('service_unavailable', 'A downstream service is unavailable', { code: 'SERVICE_UNAVAILABLE' });
  }
  return new DomainError('internal_server_error', 'Internal server error', { code: 'INTERNAL_ERROR' });
}
