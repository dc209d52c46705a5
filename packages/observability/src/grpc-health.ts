import * as grpc from '@grpc/grpc-js';
import type { Server } from '@grpc/grpc-js';
import { HealthImplementation, service as healthService, type ServingStatus } from 'grpc-health-check';

export interface GrpcHealth {
  /**
   * Sets one service's status. The overall status (service name `''`, what Kubernetes' gRPC
   * probe asks for) follows: SERVING exactly when every known service is. `setServing('', x)`
   * is the same as `setAll(x)`. A name not given to {@link addGrpcHealth} becomes known here.
   */
  setServing(name: string, serving: boolean): void;
  /** Sets every known service and the overall status at once (e.g. false first thing on shutdown). */
  setAll(serving: boolean): void;
}

/**
 * Registers `grpc.health.v1.Health` (Check, Watch and List, from the gRPC team's
 * `grpc-health-check`) on `server`, for the fully qualified names in `serviceNames`
 * (e.g. `agentvault.ledger.v1.LedgerService`) and for the whole server (`''`). Everything starts
 * NOT_SERVING: call `setAll(true)` once the server is listening and its dependencies are up.
 * Call before `server.bindAsync` / `server.start`.
 */
export function addGrpcHealth(server: Server, serviceNames: string[]): GrpcHealth {
  const statuses = new Map<string, ServingStatus>();
  for (const name of serviceNames) if (name !== '') statuses.set(name, 'NOT_SERVING');

  const health = new HealthImplementation({ '': 'NOT_SERVING', ...Object.fromEntries(statuses) });
  health.addToServer(server);

  let overall: ServingStatus = 'NOT_SERVING';
  const setOverall = (status: ServingStatus) => {
    if (status !== overall) {
      overall = status;
      health.setStatus('', status);
    }
  };
  const set = (name: string, status: ServingStatus) => {
    if (statuses.get(name) !== status) {
      statuses.set(name, status);
      health.setStatus(name, status);
    }
  };

  const setAll = (serving: boolean) => {
    const status: ServingStatus = serving ? 'SERVING' : 'NOT_SERVING';
    for (const name of statuses.keys()) set(name, status);
    setOverall(status);
  };

  return {
    setServing(name, serving) {
      if (name === '') {
        setAll(serving);
        return;
      }
      set(name, serving ? 'SERVING' : 'NOT_SERVING');
      setOverall([...statuses.values()].every((s) => s === 'SERVING') ? 'SERVING' : 'NOT_SERVING');
    },
    setAll,
  };
}

const HealthClient = grpc.makeGenericClientConstructor(healthService, 'Health');
const healthClients = new Map<string, grpc.Client>();

/**
 * Asks the server at `address` whether `serviceName` is SERVING (grpc.health.v1 Check); throws
 * when it is not, or does not answer within `deadlineMs`. One channel per address is kept.
 */
export function checkGrpcHealth(address: string, serviceName: string, deadlineMs = 1000): Promise<void> {
  let client = healthClients.get(address);
  if (!client) {
    client = new HealthClient(address, grpc.credentials.createInsecure());
    healthClients.set(address, client);
  }
  const check = (client as unknown as Record<string, Function>).Check!;
  return new Promise((resolve, reject) => {
    check.call(client, { service: serviceName }, { deadline: new Date(Date.now() + deadlineMs) }, (err: grpc.ServiceError | null, res: { status: string }) => {
      if (err) return reject(err);
      if (res.status !== 'SERVING') return reject(new Error(`${serviceName} is ${res.status}`));
      resolve();
    });
  });
}

/** Closes the channels {@link checkGrpcHealth} opened (at process shutdown). */
export function closeGrpcHealthClients(): void {
  for (const client of healthClients.values()) client.close();
  healthClients.clear();
}
