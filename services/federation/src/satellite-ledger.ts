import type { Metadata } from '@grpc/grpc-js';
import { defineService } from '@agentvault/runtime';
import { ledgerContract, type LedgerClient, type LedgerContract } from '@agentvault/contracts/ledger';
import { identityEvents } from '@agentvault/contracts/identity-events';
import { ledgerEvents } from '@agentvault/contracts/ledger-events';
import type { BusEvent } from '@agentvault/contracts/events';
import { ConfigError, createSecretBox, env, isProduction, loadConfig, secretsKey } from '@agentvault/config';
import { DomainError } from '@agentvault/errors';
import { serviceConstructor, type Handlers } from '@agentvault/grpc';
import { loadFederationConfig } from './config.js';
import { federationMigrations, FEDERATION_SCHEMA } from '../migrations/index.js';
import { createUnitOfWork } from './store/federation-store.js';
import { satelliteSelfStore } from './store/satellite-store.js';
import { PeerHttpTransport } from './transport/peer-http.js';
import { ParentLedgerLink } from './domain/satellite-link.js';
import { mirroredEvents } from './domain/satellite-mirror.js';
import { appendToOutbox } from '@agentvault/events';
import { refusedOnSatellite, SATELLITE_FORBIDDEN } from './domain/satellite-policy.js';
import type { LedgerCaller } from './domain/satellite-ports.js';
import { activeKey, type Jwks, type RegistrySigningKey } from './domain/signing-keys.js';
import { trimBase, WELL_KNOWN } from './domain/card.js';

/**
 * A satellite's ledger: the ledger contract, every call forwarded to the parent mainframe.
 *
 * Why here, and why as the `ledger` module: staking, payments, governance, marketplace and the
 * gateway keep calling "the ledger" with the same typed contract and cannot tell that the money
 * lives on the parent, so no caller needs a satellite branch. A satellite keeps no event store:
 * this module replaces the ledger module in satellite role (packages/cli/src/modules.ts) and holds
 * nothing but the link. The link signs with the registry card's key (RFC 9421), which is the
 * federation service's; this module is the federation service's second face (the satellite ↔
 * parent link is federation's per the architecture) and reads its keys from the federation
 * schema like another replica would, rather than asking the federation service over gRPC (which
 * itself calls the ledger: a cycle). Federation's own ledger facts (fee, chain head) then come
 * from the parent, so the satellite's card shows the parent's ledger head.
 */

const satelliteLinkShape = {
  /** Deadline of one attempt to reach the parent (several attempts fit in GRPC_DEADLINE_MS). */
  SATELLITE_LINK_ATTEMPT_TIMEOUT_MS: env.int(1500, 50),
  /** Attempts per call, each with the same idempotency key. */
  SATELLITE_LINK_ATTEMPTS: env.int(2, 1),
  /** After this many ms an open circuit to the parent lets one call through again. */
  SATELLITE_LINK_BREAKER_RESET_MS: env.int(3000, 100),
  /** The Retry-After of a 503 while the parent cannot be reached. */
  SATELLITE_RETRY_AFTER_SECONDS: env.int(5, 1),
};

export function loadSatelliteLedgerConfig(source: NodeJS.ProcessEnv = process.env) {
  const federation = loadFederationConfig(source);
  if (federation.REGISTRY_ROLE !== 'satellite' || !federation.PARENT_REGISTRY_URL) {
    throw new ConfigError([{ variable: 'REGISTRY_ROLE', message: 'the forwarding ledger runs on a satellite (REGISTRY_ROLE=satellite with PARENT_REGISTRY_URL)' }]);
  }
  return { ...federation, PARENT_REGISTRY_URL: federation.PARENT_REGISTRY_URL, ...loadConfig(satelliteLinkShape, source) };
}

/** Methods answered from the parent's public facts: the card needs them before the parent has approved us. */
const PUBLIC_FACTS = new Set(['GetFeeConfig', 'GetChainHead']);
const KEY_CACHE_MS = 30_000;

/** Every method of the ledger contract (from its proto, so a new method is forwarded too). */
function ledgerMethods(): string[] {
  return Object.keys(serviceConstructor(ledgerContract.proto, ledgerContract.service).service);
}

export const satelliteLedgerModule = defineService({
  name: 'ledger',
  role: 'satellite',
  contract: ledgerContract,
  // The ledger's event types stay in this registry's catalogue: the events of forwarded calls
  // that this registry's services react to are announced here too (domain/satellite-mirror.ts).
  events: ledgerEvents,
  schema: { name: FEDERATION_SCHEMA, migrations: federationMigrations },
  config: loadSatelliteLedgerConfig,
  async start({ config, logger, platform, env: environment, database, outbox }) {
    const box = createSecretBox(
      secretsKey({ variable: 'FEDERATION_SECRETS_KEY', value: config.FEDERATION_SECRETS_KEY, production: isProduction(environment), dataDir: platform.DATA_DIR }),
    );
    const keys = createUnitOfWork(database, box).read.keys;
    const self = satelliteSelfStore(database);
    const configuredUrl = config.PUBLIC_BASE_URL?.replace(/\/+$/, '');
    let ownBaseUrl = configuredUrl;
    let learnedAt = 0;
    let key: { value: RegistrySigningKey; at: number } | undefined;

    const notReady = (why: string) =>
      new DomainError('service_unavailable', `This satellite cannot reach its parent's ledger yet: ${why}`, {
        code: 'SERVICE_UNAVAILABLE',
        context: { retry_after: config.SATELLITE_RETRY_AFTER_SECONDS },
      });
    const transport = new PeerHttpTransport({
      allowPrivatePeers: config.FEDERATION_ALLOW_PRIVATE_PEERS,
      ownBaseUrl: () => ownBaseUrl!,
      signingKey: async () => {
        if (!key || Date.now() - key.at > KEY_CACHE_MS) {
          const active = activeKey(await keys.list());
          if (!active) throw notReady('the registry has no signing key yet');
          key = { value: active, at: Date.now() };
        }
        return key.value;
      },
      breakerResetMs: config.SATELLITE_LINK_BREAKER_RESET_MS,
    });
    const parentUrl = trimBase(config.PARENT_REGISTRY_URL);
    // The parent's keys: from its peer record (checked against its signed card when it was
    // registered and at every sync), else from its well-known JWKS; fetched again after a rotation.
    const peers = createUnitOfWork(database, box).read.peers;
    let parentKeys: { jwks: Jwks; at: number } | undefined;
    const parentJwks = async ({ refresh }: { refresh: boolean }): Promise<Jwks | null> => {
      if (!refresh && parentKeys && Date.now() - parentKeys.at < KEY_CACHE_MS) return parentKeys.jwks;
      const recorded = refresh ? null : (await peers.byBaseUrl(parentUrl))?.jwks;
      const fetched = recorded ? null : await transport.getJson<Jwks>(`${parentUrl}${WELL_KNOWN.jwks}`, { timeoutMs: config.SATELLITE_LINK_ATTEMPT_TIMEOUT_MS }).catch(() => null);
      const jwks = recorded ?? (fetched?.status === 200 && Array.isArray(fetched.body?.keys) ? fetched.body : null);
      if (jwks) parentKeys = { jwks, at: Date.now() };
      return jwks ?? parentKeys?.jwks ?? null;
    };
    const link = new ParentLedgerLink(transport, {
      parentUrl,
      parentJwks,
      attemptTimeoutMs: config.SATELLITE_LINK_ATTEMPT_TIMEOUT_MS,
      attempts: config.SATELLITE_LINK_ATTEMPTS,
      retryAfterSeconds: config.SATELLITE_RETRY_AFTER_SECONDS,
    });
    const forward = async (method: string, request: Record<string, unknown>) => {
      const refusal = refusedOnSatellite(method);
      if (refusal) throw refusal;
      // The learned URL is read again now and then: a restart on another address records a new one.
      if (!configuredUrl && (!ownBaseUrl || Date.now() - learnedAt > KEY_CACHE_MS)) {
        ownBaseUrl = (await self.publicBaseUrl()) ?? undefined;
        learnedAt = Date.now();
      }
      if (!ownBaseUrl) throw notReady('it does not know its own public URL (set PUBLIC_BASE_URL, or let the gateway report it)');
      const answer = await link.call(method, request);
      const events = mirroredEvents(method, request, answer);
      if (events.length > 0) {
        await Promise.all(events.map((event) => appendToOutbox(database.db, 'ledger', event)))
          .then(() => outbox.notify())
          .catch((err: unknown) => logger.warn({ err, method }, 'the ledger events of a forwarded call were not announced here'));
      }
      return answer;
    };

    const handlers: Record<string, (request: Record<string, unknown>, metadata: Metadata) => Promise<unknown>> = {};
    for (const method of ledgerMethods()) handlers[method] = (request) => forward(method, request);
    handlers.GetFeeConfig = () => link.feeConfig();
    handlers.GetChainHead = async () => ({ ...(await link.chainHead()), chained_at: '', pending: '0' });
    logger.info({ parent: link.parentUrl, publicFacts: [...PUBLIC_FACTS] }, 'satellite: every ledger call goes to the parent registry');
    // The card needs these on its first build (a peer registering us waits for it): fetch them now.
    void Promise.all([link.feeConfig(), link.chainHead()]).catch((err: unknown) => logger.warn({ err: (err as Error).message }, 'the parent’s public ledger facts are not reachable yet'));

    return {
      handlers: handlers as unknown as Handlers<LedgerContract>,
      consumers: [
        {
          // An agent onboarded here gets its account on the parent, recorded as this satellite's.
          // While the parent cannot be reached (or has not approved us yet) the handler throws and the
          // event comes again; the parent's refusal of the agent itself would not change, so it is logged.
          durable: 'satellite-ledger-accounts',
          filter: 'agentvault.identity.>',
          handler: async (event: BusEvent) => {
            if (!identityEvents.is(event, 'agent.created')) return;
            try {
              await forward('OpenAgentAccount', { did: event.data.agent_did, developer_id: event.data.developer_id });
            } catch (err) {
              if (err instanceof DomainError && err.code === SATELLITE_FORBIDDEN) {
                logger.error({ agent: event.data.agent_did, reason: err.message }, 'the parent refused to open the account of an agent onboarded here');
                return;
              }
              throw err;
            }
          },
        },
      ],
      close: async () => transport.close(),
    };
  },
});

/** The parent's side: a satellite's call by method name, made on this registry's ledger. */
export function ledgerCaller(ledger: LedgerClient): LedgerCaller {
  const call = ledger.call as unknown as (method: string, request: Record<string, unknown>) => Promise<unknown>;
  return { call: (method, request) => call(method, request) };
}
