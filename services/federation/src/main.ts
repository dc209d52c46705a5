import type { Metadata } from '@grpc/grpc-js';
import type { CallContext } from '@agentvault/grpc';
import { defineService } from '@agentvault/runtime';
import { federationContract } from '@agentvault/contracts/federation';
import { federationEvents } from '@agentvault/contracts/federation-events';
import { identityContract } from '@agentvault/contracts/identity';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { createSecretBox, isProduction, secretsKey } from '@agentvault/config';
import { loadFederationConfig } from './config.js';
import { CardService } from './domain/card-service.js';
import { PeerService } from './domain/peer-service.js';
import { trimBase } from './domain/card.js';
import { federationHandlers } from './grpc/handlers.js';
import { federationMigrations, FEDERATION_SCHEMA } from '../migrations/index.js';
import { createUnitOfWork, resealSigningKeys } from './store/federation-store.js';
import { PeerHttpTransport, systemResolver } from './transport/peer-http.js';
import { identityDirectory, ledgerFacts } from './directory.js';
import { PublicBaseUrl } from './public-base-url.js';
import { SatelliteParentService } from './domain/satellite-parent.js';
import { satelliteHandlers } from './grpc/satellite-handlers.js';
import { satelliteAgentsStore, satelliteSelfStore } from './store/satellite-store.js';
import { ledgerCaller } from './satellite-ledger.js';
import { CrossRegistryService, type FaultPoint } from './domain/cross-registry-transfer.js';
import { sagaRepository } from './store/bridge-store.js';
import { bridgeLedger } from './bridge-ledger.js';
import { governanceContract } from '@agentvault/contracts/governance';
import { typed } from '@agentvault/db';
import { FederatedVoteService } from './domain/federated-votes.js';
import { CrossRegistrySlashService } from './domain/cross-registry-slash.js';
import { federatedHandlers } from './grpc/federated-handlers.js';
import { governancePort, slashLedger } from './federated-ports.js';
import { federatedVoteStore, type FederatedVotesTables } from './store/federated-votes-store.js';
import { slashStore, type SlashTables } from './store/slash-store.js';
import { FEDERATED_PROPOSALS_CONSUMER, onProposalOpened } from './consumers/federated-proposals.js';

/** Every handler first learns the public URL from the gateway's metadata (when not configured). */
function learningBaseUrl<H extends Record<string, (request: never, metadata: Metadata, call: CallContext) => Promise<unknown>>>(handlers: H, base: PublicBaseUrl, onLearned?: (url: string) => void): H {
  const wrapped: Record<string, (request: never, metadata: Metadata, call: CallContext) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    wrapped[name] = (request, metadata, call) => {
      const known = base.known;
      base.learn(metadata);
      if (!known && base.known) onLearned?.(base.get());
      return handler(request, metadata, call);
    };
  }
  return wrapped as H;
}

/** Federation proposals announced and peers' tallies delivered, one pass at a time; nothing before the public URL is known. */
function federatedVoteWorker(intervalMs: number, ready: () => boolean, pass: () => Promise<void>) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  return {
    name: 'federated-votes',
    start: () => {
      if (intervalMs <= 0) return;
      timer = setInterval(() => {
        if (running || !ready()) return;
        running = pass().finally(() => (running = null));
      }, intervalMs);
      timer.unref();
    },
    stop: async () => {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

/** The signed registry card and its keys, peer registries, registry signatures, federated discovery. */
export const federationModule = defineService({
  name: 'federation',
  contract: federationContract,
  events: federationEvents,
  schema: { name: FEDERATION_SCHEMA, migrations: federationMigrations },
  config: loadFederationConfig,
  calls: { identity: identityContract, ledger: ledgerContract, governance: governanceContract },
  async start({ config, logger, platform, env, database, outbox, clients, idempotent }) {
    // The card's private keys are sealed at rest: a required key in production, one kept in DATA_DIR elsewhere.
    const box = createSecretBox(
      secretsKey({ variable: 'FEDERATION_SECRETS_KEY', value: config.FEDERATION_SECRETS_KEY, production: isProduction(env), dataDir: platform.DATA_DIR }),
    );
    const resealed = await resealSigningKeys(database, box);
    if (resealed > 0) logger.info({ resealed }, 'sealed registry signing keys stored before sealing was the default');
    const uow = createUnitOfWork(database, box, () => outbox.notify());
    const base = new PublicBaseUrl(config.PUBLIC_BASE_URL?.replace(/\/+$/, ''));
    const directory = identityDirectory(clients.identity, () => base.get());

    const cards = new CardService(uow, {
      profile: {
        name: config.REGISTRY_NAME,
        get publicBaseUrl() {
          return base.get();
        },
        role: config.REGISTRY_ROLE,
        parentRegistryUrl: config.PARENT_REGISTRY_URL,
        mintingEnabled: config.MINTING_ENABLED,
        fiatOnrampEnabled: config.FIAT_ONRAMP_ENABLED,
        allowPrivatePeers: config.FEDERATION_ALLOW_PRIVATE_PEERS,
        pinnedVisual: config.FEDERATION_PINNED_VISUAL,
      },
      rotationGraceMs: config.FEDERATION_KEY_ROTATION_GRACE_SECONDS * 1000,
      countAgents: async () => (await directory.search({ activeOnly: true, limit: 1, offset: 0 })).total,
      ledger: ledgerFacts(clients.ledger),
    });
    await cards.ensureSigningKey();
    const transport = new PeerHttpTransport({ allowPrivatePeers: config.FEDERATION_ALLOW_PRIVATE_PEERS, ownBaseUrl: () => base.get(), signingKey: () => cards.signingKey() });
    const peers = new PeerService(uow, cards, transport, directory, systemResolver, {
      allowPrivatePeers: config.FEDERATION_ALLOW_PRIVATE_PEERS,
      cardMaxAgeMs: config.FEDERATION_CARD_MAX_AGE_SECONDS * 1000,
      peerDeadlineMs: config.FEDERATION_PEER_DEADLINE_MS,
      fetchTimeoutMs: config.FEDERATION_FETCH_TIMEOUT_MS,
    });
    // A parent runs its satellites' ledger calls; a satellite's forwarding ledger names this registry with its learned URL.
    const satellites = new SatelliteParentService(peers, satelliteAgentsStore(database), ledgerCaller(clients.ledger), () => trimBase(base.get()));
    const selfStore = satelliteSelfStore(database);
    const rememberUrl =
      config.REGISTRY_ROLE === 'satellite' ? (url: string) => void selfStore.remember(url).catch((err: unknown) => logger.warn({ err }, 'public URL not remembered for the parent link')) : undefined;
    const faults = new Set<FaultPoint>(config.FAULT_CRASH_AT);
    if (faults.size > 0) logger.warn({ points: [...faults] }, 'FAULT_CRASH_AT is set: this registry kills itself at those saga points (tests only)');
    const bridge = new CrossRegistryService(sagaRepository(database), uow.read.peers, peers, transport, bridgeLedger(clients.ledger), {
      trustedRegistries: config.TRUSTED_REGISTRIES,
      retryMs: config.BRIDGE_RETRY_MS,
      timeoutMs: config.BRIDGE_TRANSFER_TIMEOUT_MS,
      peerTimeoutMs: config.BRIDGE_PEER_TIMEOUT_MS,
      ownBaseUrl: () => base.get(),
      fault: (point) => {
        if (!faults.has(point)) return;
        logger.warn({ point }, 'fault point reached: stopping dead');
        process.kill(process.pid, 'SIGKILL');
      },
    });
    const votes = new FederatedVoteService(federatedVoteStore(typed<FederatedVotesTables>(database).db), uow.read.peers, peers, cards, transport, governancePort(clients.governance), {
      timeoutMs: config.FEDERATION_FETCH_TIMEOUT_MS,
    });
    // A ruling waits for the peer's answer inside the admin's request: one peer's deadline, well within the gRPC one.
    const slashes = new CrossRegistrySlashService(slashStore(typed<SlashTables>(database).db), uow.read.peers, peers, transport, slashLedger(clients.ledger, clients.identity), {
      timeoutMs: config.FEDERATION_PEER_DEADLINE_MS,
    });
    logger.info({ registry: config.REGISTRY_NAME, publicBaseUrl: config.PUBLIC_BASE_URL ?? '(reported by the gateway)', role: config.REGISTRY_ROLE }, 'federation configured');

    // Approved peers' cards are re-fetched on a schedule; one pass at a time.
    let timer: NodeJS.Timeout | null = null;
    let syncing: Promise<unknown> | null = null;
    // Unfinished cross-registry sagas (a crash leaves some) are picked up again, at start and after.
    let resumeTimer: NodeJS.Timeout | null = null;
    let resuming: Promise<unknown> | null = null;
    return {
      handlers: learningBaseUrl({ ...federationHandlers(cards, peers, bridge, () => base.get()), ...satelliteHandlers(satellites), ...federatedHandlers(votes, slashes) }, base, rememberUrl),
      consumers: [{ durable: FEDERATED_PROPOSALS_CONSUMER, filter: 'agentvault.governance.proposal.opened', handler: idempotent<FederatedVotesTables>(FEDERATED_PROPOSALS_CONSUMER, onProposalOpened) }],
      workers: [
        federatedVoteWorker(config.FEDERATION_VOTE_INTERVAL_MS, () => base.known, async () => {
          for (const err of await votes.announcePending().catch((err: unknown) => [err])) logger.warn({ err }, 'announcing a federation proposal failed; retried on the next pass');
          for (const err of await votes.deliverTallies().catch((err: unknown) => [err])) logger.warn({ err }, 'delivering a federation tally failed; retried on the next pass');
        }),
        {
          name: 'bridge-resume',
          start: () => {
            resumeTimer = setInterval(() => {
              // Peer calls are signed with our public URL: wait until we know it.
              if (resuming || !base.known) return;
              resuming = bridge
                .resumeDue()
                .catch((err) => logger.warn({ err }, 'resuming cross-registry sagas failed; retried on the next pass'))
                .finally(() => (resuming = null));
            }, config.BRIDGE_RETRY_MS);
            resumeTimer.unref();
          },
          stop: async () => {
            if (resumeTimer) clearInterval(resumeTimer);
            await resuming;
          },
        },
        {
          name: 'peer-sync',
          start: () => {
            if (config.FEDERATION_SYNC_INTERVAL_MS <= 0) return;
            timer = setInterval(() => {
              // Nothing to sync before the first gateway call: approving a peer takes one.
              if (syncing || !base.known) return;
              syncing = peers
                .syncAll()
                .catch((err) => logger.warn({ err }, 'peer sync failed'))
                .finally(() => (syncing = null));
            }, config.FEDERATION_SYNC_INTERVAL_MS);
            timer.unref();
          },
          stop: async () => {
            if (timer) clearInterval(timer);
            await syncing;
          },
        },
      ],
      close: async () => transport.close(),
    };
  },
});
