import * as grpc from '@grpc/grpc-js';
import CircuitBreaker from 'opossum';
import { fromGrpcError } from '@agentvault/errors';
import { currentTrace, REQUEST_ID_METADATA, TRACE_ID_METADATA } from '@agentvault/observability';
import { callInProcess, inProcessService } from './in-process.js';

export interface ClientOptions {
  /** Every call gets this deadline unless the caller passes its own. */
  deadlineMs?: number;
  /** opossum settings; the breaker opens on transport failures only, never on domain errors. */
  breaker?: { errorThresholdPercentage?: number; resetTimeoutMs?: number; volumeThreshold?: number };
  name?: string;
}

export interface CallOptions {
  deadlineMs?: number;
  metadata?: grpc.Metadata;
}

/** Statuses that say the callee is unhealthy, as opposed to a refused request. */
const TRANSPORT_FAILURES = new Set([grpc.status.UNAVAILABLE, grpc.status.DEADLINE_EXCEEDED, grpc.status.INTERNAL, grpc.status.UNKNOWN]);

export type UnaryCaller = <Res = any>(method: string, request: unknown, options?: CallOptions) => Promise<Res>;

export interface ServiceClient {
  call: UnaryCaller;
  breaker: CircuitBreaker;
  close(): void;
}

/**
 * A client for one service: unary calls as promises, a deadline on every call, one circuit
 * breaker for the address, and errors converted back into DomainErrors.
 */
export function createServiceClient(ctor: grpc.ServiceClientConstructor, address: string, options: ClientOptions = {}): ServiceClient {
  const client = new ctor(address, grpc.credentials.createInsecure());
  const deadlineMs = options.deadlineMs ?? 5000;

  const invoke = (method: string, request: unknown, callOptions: CallOptions = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const fn = (client as unknown as Record<string, Function>)[method];
      if (typeof fn !== 'function') return reject(new Error(`unknown gRPC method ${method}`));
      const deadline = new Date(Date.now() + (callOptions.deadlineMs ?? deadlineMs));
      const metadata = callOptions.metadata ?? new grpc.Metadata();
      const trace = currentTrace();
      if (trace) {
        metadata.set(TRACE_ID_METADATA, trace.trace_id);
        metadata.set(REQUEST_ID_METADATA, trace.request_id);
      }
      const local = inProcessService(address, method);
      if (local) return void callInProcess(local, method, request, metadata, deadline).then(resolve, reject);
      fn.call(client, request, metadata, { deadline }, (err: grpc.ServiceError | null, res: unknown) =>
        err ? reject(err) : resolve(res),
      );
    });

  const breaker = new CircuitBreaker(invoke, {
    name: options.name ?? address,
    timeout: false, // the gRPC deadline is the timeout
    errorThresholdPercentage: options.breaker?.errorThresholdPercentage ?? 50,
    resetTimeout: options.breaker?.resetTimeoutMs ?? 5000,
    volumeThreshold: options.breaker?.volumeThreshold ?? 10,
    errorFilter: (err: grpc.ServiceError) => !TRANSPORT_FAILURES.has(err?.code),
  });

  return {
    call: async <Res>(method: string, request: unknown, callOptions?: CallOptions) => {
      try {
        return (await breaker.fire(method, request, callOptions)) as Res;
      } catch (err) {
        throw fromGrpcError(err);
      }
    },
    breaker,
    close: () => {
      breaker.shutdown();
      client.close();
    },
  };
}
