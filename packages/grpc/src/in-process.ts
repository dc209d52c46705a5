import { EventEmitter } from 'node:events';
import * as grpc from '@grpc/grpc-js';

/**
 * Services of one process call each other without the network: a client whose address belongs
 * to a server of this process hands the call straight to that server's implementation. The
 * request and the answer still go through the method's own serializers both ways, so each side
 * sees exactly what it would over the wire (defaults, enums, longs), and errors keep their
 * status and metadata; only HTTP/2 and the loopback sockets are skipped.
 */
interface LocalService {
  definition: grpc.ServiceDefinition;
  implementation: grpc.UntypedServiceImplementation;
}

const localServices = new Map<string, LocalService>();

/** Makes `address` answer in process; the returned function takes it back (at shutdown). */
export function serveInProcess(address: string, definition: grpc.ServiceDefinition, implementation: grpc.UntypedServiceImplementation): () => void {
  const service = { definition, implementation };
  localServices.set(address, service);
  return () => {
    if (localServices.get(address) === service) localServices.delete(address);
  };
}

/** The in-process service at `address` offering `method`, if there is one. */
export function inProcessService(address: string, method: string): LocalService | undefined {
  const service = localServices.get(address);
  return service && service.definition[method] && service.implementation[method] ? service : undefined;
}

/** What `implement` reads of a unary call: the request, its metadata, and 'cancelled'. */
class LocalUnaryCall extends EventEmitter {
  cancelled = false;
  constructor(readonly request: unknown, readonly metadata: grpc.Metadata, private readonly deadline: Date) {
    super();
  }
  getDeadline(): grpc.Deadline {
    return this.deadline;
  }
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.emit('cancelled', 'deadline');
  }
}

function deadlineExceeded(): grpc.ServiceError {
  return Object.assign(new Error(`${grpc.status.DEADLINE_EXCEEDED} DEADLINE_EXCEEDED: Deadline exceeded`), {
    code: grpc.status.DEADLINE_EXCEEDED, details: 'Deadline exceeded', metadata: new grpc.Metadata(),
  });
}

/** One unary call to an in-process service, with the caller's deadline. */
export function callInProcess(service: LocalService, method: string, request: unknown, metadata: grpc.Metadata, deadline: Date): Promise<unknown> {
  const definition = service.definition[method]!;
  const handler = service.implementation[method] as grpc.handleUnaryCall<unknown, unknown>;
  return new Promise((resolve, reject) => {
    let decoded: unknown;
    try {
      decoded = definition.requestDeserialize(definition.requestSerialize(request));
    } catch (err) {
      return reject(Object.assign(new Error(String(err)), { code: grpc.status.INTERNAL, details: `Request message serialization failure: ${String(err)}`, metadata: new grpc.Metadata() }));
    }
    const call = new LocalUnaryCall(decoded, metadata.clone(), deadline);
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      call.cancel();
      reject(deadlineExceeded());
    }, Math.max(0, deadline.getTime() - Date.now()));
    handler(call as unknown as grpc.ServerUnaryCall<unknown, unknown>, (err, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) return reject(err);
      try {
        resolve(definition.responseDeserialize(definition.responseSerialize(value)));
      } catch (failure) {
        reject(Object.assign(new Error(String(failure)), { code: grpc.status.INTERNAL, details: 'Response serialization failure', metadata: new grpc.Metadata() }));
      }
    });
  });
}
