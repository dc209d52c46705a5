import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import { createServiceClient, type CallOptions, type ClientOptions, type ServiceClient } from './client.js';
import { serviceConstructor } from './proto.js';
import { implement, type CallContext, type HandlerLogger } from './server.js';

/**
 * A service's gRPC contract: where its proto is, the service's full name, and (as a type only)
 * the definition `proto-loader-gen-types` generated for it. Clients and handlers take their
 * types from it, so a wrong method or field name fails to compile.
 */
export interface Contract<Definition = unknown> {
  /** The service's name in the program (`ledger`); its address comes from `<NAME>_GRPC_ADDR`. */
  readonly name: string;
  /** Path under proto/, e.g. `agentvault/ledger/v1/ledger.proto`. */
  readonly proto: string;
  /** Fully qualified service name, e.g. `agentvault.ledger.v1.LedgerService`. */
  readonly service: string;
  /** The conventional port of the split layout and the chart; `--target=all` binds port 0 instead. */
  readonly defaultPort: number;
  /** Type carrier only; never set at run time. */
  readonly definition?: Definition;
}

export function defineContract<Definition>(contract: Omit<Contract<Definition>, 'definition'>): Contract<Definition> {
  return contract;
}

/** The generated definitions extend grpc.ServiceDefinition, whose index signature would hide typos. */
type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };
type DefinitionOf<C> = C extends Contract<infer D> ? D : never;

/** Method names of a contract. */
export type MethodOf<C extends Contract> = KnownKeys<DefinitionOf<C>> & string;
type Method<C extends Contract, M extends MethodOf<C>> = DefinitionOf<C>[M];

/** What a client sends (fields optional) and what it receives (every field present, defaults filled). */
export type RequestOf<C extends Contract, M extends MethodOf<C>> = Method<C, M> extends MethodDefinition<infer Req, infer _Res, infer _HReq, infer _HRes> ? Req : never;
export type ResponseOf<C extends Contract, M extends MethodOf<C>> = Method<C, M> extends MethodDefinition<infer _Req, infer _Res, infer _HReq, infer Res> ? Res : never;
/** What a handler receives (every field present) and what it returns (fields optional). */
export type HandlerRequestOf<C extends Contract, M extends MethodOf<C>> = Method<C, M> extends MethodDefinition<infer _Req, infer _Res, infer Req, infer _HRes> ? Req : never;
export type HandlerResponseOf<C extends Contract, M extends MethodOf<C>> = Method<C, M> extends MethodDefinition<infer _Req, infer Res, infer _HReq, infer _HRes> ? Res : never;

/** Every method of the contract, implemented as an async function. */
export type Handlers<C extends Contract> = {
  [M in MethodOf<C>]: (request: HandlerRequestOf<C, M>, metadata: grpc.Metadata, call: CallContext) => Promise<HandlerResponseOf<C, M>>;
};

export interface Client<C extends Contract> {
  readonly contract: C;
  call<M extends MethodOf<C>>(method: M, request: RequestOf<C, M>, options?: CallOptions): Promise<ResponseOf<C, M>>;
  readonly breaker: ServiceClient['breaker'];
  close(): void;
}

/** A typed client: deadline, circuit breaker and error mapping of {@link createServiceClient}. */
export function createClient<C extends Contract>(contract: C, address: string, options: ClientOptions = {}): Client<C> {
  const untyped = createServiceClient(serviceConstructor(contract.proto, contract.service), address, { name: contract.name, ...options });
  return {
    contract,
    call: (method, request, callOptions) => untyped.call(method, request, callOptions),
    breaker: untyped.breaker,
    close: () => untyped.close(),
  };
}

/** The grpc-js service definition and implementation of a contract's handlers. */
export function serviceOf<C extends Contract>(contract: C, handlers: Handlers<C>, logger?: HandlerLogger) {
  const definition = serviceConstructor(contract.proto, contract.service).service;
  return { definition, implementation: implement(handlers as unknown as Parameters<typeof implement>[0], logger) };
}

/** A client without the contract's types, for tests that send what a typed client cannot. */
export function createUntypedClient(contract: Contract, address: string, options: ClientOptions = {}): ServiceClient {
  return createServiceClient(serviceConstructor(contract.proto, contract.service), address, { name: contract.name, ...options });
}
