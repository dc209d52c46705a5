import assert from 'node:assert/strict';
import * as grpc from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { addGrpcHealth } from '../src/index.js';

type CheckResponse = { status: string };
interface HealthClient extends grpc.Client {
  check(req: { service: string }, options: grpc.CallOptions, cb: (err: grpc.ServiceError | null, res?: CheckResponse) => void): void;
  watch(req: { service: string }): grpc.ClientReadableStream<CheckResponse>;
}

const HealthClientCtor = grpc.makeClientConstructor(
  healthService as unknown as grpc.ServiceDefinition,
  'grpc.health.v1.Health',
) as unknown as new (address: string, credentials: grpc.ChannelCredentials) => HealthClient;

describe('observability: addGrpcHealth', () => {
  const LEDGER = 'agentvault.ledger.v1.LedgerService';
  const STAKING = 'agentvault.staking.v1.StakingService';
  let server: grpc.Server;
  let client: HealthClient;
  let health: ReturnType<typeof addGrpcHealth>;

  const check = (name: string) =>
    new Promise<string>((resolve, reject) => {
      client.check({ service: name }, { deadline: Date.now() + 2000 }, (err, res) => (err ? reject(err) : resolve(res!.status)));
    });

  before(async () => {
    server = new grpc.Server();
    health = addGrpcHealth(server, [LEDGER, STAKING]);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
    );
    client = new HealthClientCtor(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  });

  after(() => {
    client.close();
    server.forceShutdown();
  });

  it('starts NOT_SERVING for each service and overall', async () => {
    assert.equal(await check(''), 'NOT_SERVING');
    assert.equal(await check(LEDGER), 'NOT_SERVING');
    assert.equal(await check(STAKING), 'NOT_SERVING');
  });

  it('answers NOT_FOUND for a service it does not know', async () => {
    await assert.rejects(check('nobody.v1.Nothing'), (err: grpc.ServiceError) => err.code === grpc.status.NOT_FOUND);
  });

  it('is SERVING overall only when every service is', async () => {
    health.setServing(LEDGER, true);
    assert.equal(await check(LEDGER), 'SERVING');
    assert.equal(await check(STAKING), 'NOT_SERVING');
    assert.equal(await check(''), 'NOT_SERVING');
    health.setServing(STAKING, true);
    assert.equal(await check(STAKING), 'SERVING');
    assert.equal(await check(''), 'SERVING');
    health.setServing(LEDGER, false);
    assert.equal(await check(LEDGER), 'NOT_SERVING');
    assert.equal(await check(''), 'NOT_SERVING');
  });

  it('setAll flips every service and the overall status', async () => {
    health.setAll(true);
    for (const name of ['', LEDGER, STAKING]) assert.equal(await check(name), 'SERVING');
    health.setAll(false);
    for (const name of ['', LEDGER, STAKING]) assert.equal(await check(name), 'NOT_SERVING');
  });

  it('streams changes to Watch', async () => {
    const call = client.watch({ service: '' });
    const seen: string[] = [];
    await new Promise<void>((resolve, reject) => {
      call.on('data', (msg: CheckResponse) => {
        seen.push(msg.status);
        if (seen.length === 1) health.setAll(true);
        if (seen.length === 2) resolve();
      });
      call.on('error', (err: grpc.ServiceError) => {
        if (err.code !== grpc.status.CANCELLED) reject(err);
      });
    });
    call.cancel();
    assert.deepEqual(seen, ['NOT_SERVING', 'SERVING']);
  });
});
