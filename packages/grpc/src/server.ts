import * as grpc from '@grpc/grpc-js';
import { toGrpcError, DomainError } from '@agentvault/errors';
import { newTraceId, runInTrace, REQUEST_ID_METADATA, TRACE_ID_METADATA } from '@agentvault/observability';

export interface HandlerLogger {
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/** What a handler knows of its call besides the request. */
export interface CallContext {
  /** Aborted when the caller stops waiting (its deadline passed, or it cancelled): work not yet committed should be rolled back. */
  readonly signal: AbortSignal;
}

export type UnaryHandler<Req = any, Res = any> = (request: Req, metadata: grpc.Metadata, call: CallContext) => Promise<Res>;

/**
 * Turns async handlers into a grpc-js implementation. Domain errors travel as their status;
 * anything else is logged and answered as INTERNAL without its message.
 */
export function implement(
  handlers: Record<string, UnaryHandler>,
  logger?: HandlerLogger,
): grpc.UntypedServiceImplementation {
  const impl: grpc.UntypedServiceImplementation = {};
  for (const [name, handler] of Object.entries(handlers)) {
    impl[name] = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      const trace = {
        trace_id: String(call.metadata.get(TRACE_ID_METADATA)[0] ?? newTraceId()),
        request_id: String(call.metadata.get(REQUEST_ID_METADATA)[0] ?? ''),
      };
      const abandoned = new AbortController();
      call.once('cancelled', () => abandoned.abort());
      runInTrace(trace, () => {
        logger?.debug({ method: name }, 'gRPC call');
        return handler(call.request, call.metadata, { signal: abandoned.signal });
      }).then(
        (response) => callback(null, response),
        (err: unknown) => {
          if (!(err instanceof DomainError)) logger?.error({ err, method: name }, 'gRPC handler failed');
          callback(toGrpcError(err) as grpc.ServiceError);
        },
      );
    };
  }
  return impl;
}

/** Binds on `address` (host:port; port 0 picks a free one) and resolves with the bound port. */
export function bindServer(server: grpc.Server, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, port) => (err ? reject(err) : resolve(port)));
  });
}

/** Stops taking calls, lets in-flight ones finish, and forces shutdown after `graceMs`. */
export function shutdownServer(server: grpc.Server, graceMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.forceShutdown();
      resolve();
    }, graceMs);
    server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
