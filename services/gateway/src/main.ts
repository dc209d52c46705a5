import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { defineService } from '@agentvault/runtime';
import { loadGatewayConfig } from './config.js';
import { createGatewayApp } from './http/app.js';
import { gatewayCalls } from './routes/index.js';
import { answerClientErrors } from './http/client-errors.js';

/** The public HTTP API: turns requests into gRPC calls; holds no domain state. */
export const gatewayModule = defineService({
  name: 'gateway',
  config: loadGatewayConfig,
  calls: gatewayCalls,
  async start({ config, logger, platform, clients, callsReadiness, processReadiness }) {
    // ioredis is loaded only when there is a Redis to talk to (the embedded default has none).
    const redis = platform.REDIS_URL
      ? new (await import('ioredis')).Redis(platform.REDIS_URL, { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, enableAutoPipelining: true })
      : undefined;
    // Redis trouble is survivable (limits fail open); log it instead of crashing.
    redis?.setMaxListeners(50);
    redis?.on('error', (err) => logger.warn({ err: err.message }, 'redis unavailable'));
    // Limits count from the first request: wait (briefly) for Redis before taking traffic. A Redis
    // that is down does not hold the gateway back; the limits fail open until it comes.
    if (redis && !(await redisReady(redis, 5000))) logger.warn('redis not ready after 5 s; serving with limits open until it is');

    // The process's /ready: the services it calls, and everything else this process runs.
    const readiness = [...callsReadiness(), ...processReadiness];
    // Without PUBLIC_BASE_URL the gateway's own address stands in once it listens (port 0 included).
    let listening: string | undefined;
    const publicBaseUrl = () => config.PUBLIC_BASE_URL?.replace(/\/+$/, '') ?? listening;
    const app = createGatewayApp({ config, logger, clients, redis, redisKeyPrefix: platform.REDIS_KEY_PREFIX, readiness, publicBaseUrl });
    const server = createServer({ maxHeaderSize: config.MAX_HEADER_SIZE }, app);
    // Requests Node's parser refuses still get our problem body (400 / 431), not a bare answer.
    answerClientErrors(server, config.ERROR_TYPE_BASE_URL, logger);
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, resolve);
    });
    const port = (server.address() as AddressInfo).port;
    listening = `http://${['0.0.0.0', '::', ''].includes(config.HOST) ? '127.0.0.1' : config.HOST}:${port}`;
    logger.info({ port }, 'gateway listening');

    return {
      handlers: undefined,
      ports: { http: port },
      async close() {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 5000).unref();
        });
        redis?.disconnect();
      },
    };
  },
});

function redisReady(redis: Redis, timeoutMs: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(false), timeoutMs);
    const onReady = () => done(true);
    function done(ready: boolean) {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    }
    redis.once('ready', onReady);
  });
}
