import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { DomainError, notFound } from '@agentvault/errors';
import { implement, bindServer, shutdownServer, createServiceClient, serveInProcess, serviceConstructor } from '../src/index.js';

const PROTO = 'agentvault/identity/v1/identity.proto';
const SERVICE = 'agentvault.identity.v1.IdentityService';

describe('grpc helpers', () => {
  let server: grpc.Server;
  let address: string;

  before(async () => {
    server = new grpc.Server();
    const ctor = serviceConstructor(PROTO, SERVICE);
    server.addService(
      ctor.service,
      implement({
        GetAgent: async (req: { did: string }) => {
          if (req.did === 'slow') await new Promise((r) => setTimeout(r, 500));
          if (req.did === 'crash') throw new Error('secret internals');
          if (req.did !== 'did:agentvault:1') throw notFound(`Agent with DID ${req.did} not found`);
          return { did: req.did, status: 'active' };
        },
      }),
    );
    address = `127.0.0.1:${await bindServer(server, '127.0.0.1:0')}`;
  });
  after(() => shutdownServer(server));

  it('calls a unary method and keeps snake_case fields', async () => {
    const client = createServiceClient(serviceConstructor(PROTO, SERVICE), address);
    const agent = await client.call<{ did: string; client_id: string }>('GetAgent', { did: 'did:agentvault:1' });
    assert.equal(agent.did, 'did:agentvault:1');
    assert.equal(agent.client_id, '');
    client.close();
  });

  it('brings domain errors back as DomainErrors', async () => {
    const client = createServiceClient(serviceConstructor(PROTO, SERVICE), address);
    await assert.rejects(client.call('GetAgent', { did: 'nope' }), (err: unknown) => {
      assert.ok(err instanceof DomainError);
      assert.equal(err.kind, 'not_found');
      assert.equal(err.message, 'Agent with DID nope not found');
      return true;
    });
    await assert.rejects(client.call('GetAgent', { did: 'crash' }), (err: DomainError) => err.kind === 'internal_server_error' && !/secret/.test(err.message));
    client.close();
  });

  it('enforces the deadline', async () => {
    const client = createServiceClient(serviceConstructor(PROTO, SERVICE), address, { deadlineMs: 50 });
    await assert.rejects(client.call('GetAgent', { did: 'slow' }), (err: DomainError) => err.kind === 'service_unavailable');
    client.close();
  });

  it('opens the breaker when the service is down, not on domain errors', async () => {
    const client = createServiceClient(serviceConstructor(PROTO, SERVICE), '127.0.0.1:1', {
      deadlineMs: 200,
      breaker: { volumeThreshold: 2, errorThresholdPercentage: 50, resetTimeoutMs: 60_000 },
    });
    for (let i = 0; i < 3; i++) await client.call('GetAgent', { did: 'x' }).catch(() => undefined);
    assert.equal(client.breaker.opened, true);
    await assert.rejects(client.call('GetAgent', { did: 'x' }), (err: DomainError) => err.kind === 'service_unavailable');
    client.close();

    const healthy = createServiceClient(serviceConstructor(PROTO, SERVICE), address, { breaker: { volumeThreshold: 2 } });
    for (let i = 0; i < 5; i++) await healthy.call('GetAgent', { did: 'missing' }).catch(() => undefined);
    assert.equal(healthy.breaker.opened, false);
    healthy.close();
  });
});

describe('grpc calls within one process', () => {
  // No server listens here: a call can only succeed in process.
  const address = '127.0.0.1:1';
  let abandoned: AbortSignal | undefined;
  let stopServing: () => void;
  before(() => {
    const ctor = serviceConstructor(PROTO, SERVICE);
    stopServing = serveInProcess(address, ctor.service, implement({
      GetAgent: async (req: { did: string }, _metadata, call) => {
        if (req.did === 'slow') {
          abandoned = call.signal;
          await new Promise((r) => setTimeout(r, 300));
        }
        if (req.did !== 'did:agentvault:1') throw new DomainError('not_found', `Agent with DID ${req.did} not found`, { code: 'AGENT_NOT_FOUND', field: 'did' });
        return { did: req.did, status: 'active' };
      },
    }));
  });
  after(() => stopServing());

  it('answers as over the wire: defaults filled in, unknown fields dropped', async () => {
    const client = createServiceClient(serviceConstructor(PROTO, SERVICE), address);
    const agent = await client.call<Record<string, unknown>>('GetAgent', { did: 'did:agentvault:1', not_a_field: 'x' });
    assert.equal(agent.did, 'did:agentvault:1');
    assert.equal(agent.client_id, '');
    assert.equal('not_a_field' in agent, false);
    client.close();
  });

  it('keeps domain errors with their code and field', async () => {
    const client = createServiceClient(serviceConstructor(PROTO, SERVICE), address);
    await assert.rejects(client.call('GetAgent', { did: 'nope' }), (err: unknown) => {
      assert.ok(err instanceof DomainError);
      assert.deepEqual([err.kind, err.code, err.field, err.message], ['not_found', 'AGENT_NOT_FOUND', 'did', 'Agent with DID nope not found']);
      return true;
    });
    client.close();
  });

  it('enforces the deadline and tells the handler its caller stopped waiting', async () => {
    const client = createServiceClient(serviceConstructor(PROTO, SERVICE), address, { deadlineMs: 50 });
    await assert.rejects(client.call('GetAgent', { did: 'slow' }), (err: DomainError) => err.kind === 'service_unavailable');
    assert.equal(abandoned?.aborted, true);
    client.close();
  });

  it('dials the network again once the service leaves the process', async () => {
    stopServing();
    const client = createServiceClient(serviceConstructor(PROTO, SERVICE), address, { deadlineMs: 200 });
    await assert.rejects(client.call('GetAgent', { did: 'did:agentvault:1' }), (err: DomainError) => err.kind === 'service_unavailable');
    client.close();
  });
});
