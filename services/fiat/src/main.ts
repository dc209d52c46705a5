import { defineService } from '@agentvault/runtime';
import { fiatContract } from '@agentvault/contracts/fiat';
import { fiatEvents } from '@agentvault/contracts/fiat-events';
import { identityContract } from '@agentvault/contracts/identity';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { DomainError } from '@agentvault/errors';
import { loadFiatConfig, type FiatConfig } from './config.js';
import { FiatService, type FiatSurface } from './domain/fiat-service.js';
import { formatAvt, parseAvt } from './domain/money.js';
import type { Directory, PaymentProvider, PledgeLedger } from './domain/ports.js';
import { fiatHandlers } from './grpc/handlers.js';
import { createParentRegistry } from './parent-registry.js';
import { createUnitOfWork } from './store/fiat-store.js';
import { fiatMigrations, FIAT_SCHEMA } from '../migrations/index.js';

/** What this registry's fiat surface is, from its settings (already checked for contradictions). */
export function fiatSurface(config: FiatConfig): FiatSurface {
  if (config.REGISTRY_ROLE === 'satellite') {
    return {
      kind: 'satellite',
      reason: 'This registry is a satellite: it cannot mint AVT and takes no fiat. Pledge on its mainframe, or through POST /api/v1/fiat/proxy/checkout-session',
      parent: config.PARENT_REGISTRY_URL ? createParentRegistry(config.PARENT_REGISTRY_URL, config.FIAT_PROXY_TIMEOUT_MS, config.PUBLIC_BASE_URL) : null,
      noParentReason: 'This satellite has no PARENT_REGISTRY_URL to forward pledges to',
    };
  }
  if (!config.FIAT_GENESIS_REGISTRY) return { kind: 'off', reason: 'This registry takes no fiat: it is not a genesis registry (FIAT_GENESIS_REGISTRY is not true)' };
  if (!config.FIAT_ONRAMP_ENABLED) return { kind: 'off', reason: 'The fiat on-ramp is switched off on this registry (FIAT_ONRAMP_ENABLED is not true)' };
  return { kind: 'onramp' };
}

/** The payment provider of an on-ramp registry; the seam for another PSP is PaymentProvider. */
export async function paymentProvider(config: FiatConfig, surface: FiatSurface): Promise<PaymentProvider | null> {
  if (surface.kind !== 'onramp') return null;
  // Stripe's SDK is loaded only by a registry that takes payments: it is some 15 MB in memory.
  const { StripeProvider } = await import('./provider/stripe.js');
  // loadFiatConfig refuses FIAT_ONRAMP_ENABLED without both.
  return new StripeProvider({
    apiKey: config.STRIPE_API_KEY!, webhookSecret: config.STRIPE_WEBHOOK_SECRET!, apiBase: config.STRIPE_API_BASE,
    timeoutMs: config.STRIPE_TIMEOUT_MS, toleranceSeconds: config.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
  });
}

const orNullWhenUnknown = async <T>(lookup: Promise<T>): Promise<T | null> => {
  try {
    return await lookup;
  } catch (err) {
    if (err instanceof DomainError && err.kind === 'not_found') return null;
    throw err;
  }
};

/** Backer pledges in fiat: tiers, quotes, checkout sessions, the provider's webhooks (mainframe only). */
export const fiatModule = defineService({
  name: 'fiat',
  contract: fiatContract,
  events: fiatEvents,
  schema: { name: FIAT_SCHEMA, migrations: fiatMigrations },
  config: loadFiatConfig,
  calls: { identity: identityContract, ledger: ledgerContract },
  async start({ config, logger, database, outbox, clients }) {
    const ledger: PledgeLedger = {
      async credit(pledgeId, agentDid, amount, reason) {
        const r = await clients.ledger.call('CreditPledge', { pledge_id: pledgeId, agent_did: agentDid ?? '', amount: formatAvt(amount), reason });
        return { transactionId: transactionOf(r.transaction) };
      },
      async claim(pledgeId, agentDid, amount) {
        const r = await clients.ledger.call('ClaimPledge', { pledge_id: pledgeId, agent_did: agentDid, amount: formatAvt(amount) });
        return { transactionId: transactionOf(r.transaction) };
      },
      async reverse(pledgeId, agentDid, amount, step) {
        const r = await clients.ledger.call('ReversePledge', { pledge_id: pledgeId, agent_did: agentDid ?? '', amount: formatAvt(amount), step });
        return { transactionId: transactionOf(r.transaction), taken: parseAvt(r.taken), shortfall: parseAvt(r.shortfall) };
      },
    };
    const directory: Directory = {
      async agentOwner(did) {
        const agent = await orNullWhenUnknown(clients.identity.call('GetAgent', { did }));
        return agent?.creator_developer_id ?? null;
      },
      async developerEmail(developerId) {
        const developer = await orNullWhenUnknown(clients.identity.call('GetDeveloper', { developer_id: developerId }));
        return developer?.email || null;
      },
      async hasVerifiedEmail(developerId) {
        const developer = await orNullWhenUnknown(clients.identity.call('GetDeveloper', { developer_id: developerId }));
        return developer?.is_verified === true;
      },
    };

    const surface = fiatSurface(config);
    const backerPage = new URL('/become-a-backer', config.PUBLIC_BASE_URL).toString();
    const fiat = new FiatService(createUnitOfWork(database, () => outbox.notify()), surface, {
      tiers: config.tierTable,
      successUrl: `${backerPage}?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${backerPage}?cancelled=1`,
      returnOrigins: config.returnOrigins,
    }, await paymentProvider(config, surface), ledger, directory);
    logger.info({ surface: surface.kind }, 'fiat configured');

    return { handlers: fiatHandlers(fiat, config.tierTable) };
  },
});

/** The ledger always answers a movement with its transaction; a missing one is its fault. */
function transactionOf(transaction: { transaction_id: string } | null): string {
  if (!transaction) throw new Error('the ledger answered a pledge movement without its transaction');
  return transaction.transaction_id;
}

