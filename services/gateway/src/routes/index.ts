import type { RouteDeps } from '../http/route.js';
import type { ClientsOf } from '@agentvault/runtime';
import { identityContract } from '@agentvault/contracts/identity';
import { ledgerContract } from '@agentvault/contracts/ledger';
import { webhooksContract } from '@agentvault/contracts/webhooks';
import { stakingContract } from '@agentvault/contracts/staking';
import { governanceContract } from '@agentvault/contracts/governance';
import { paymentsContract } from '@agentvault/contracts/payments';
import { fiatContract } from '@agentvault/contracts/fiat';
import { federationContract } from '@agentvault/contracts/federation';
import { marketplaceContract } from '@agentvault/contracts/marketplace';
import { authRoutes } from './auth.js';
import { developerRoutes } from './developers.js';
import { onboardingRoutes } from './onboarding.js';
import { agentRoutes } from './agents.js';
import { ledgerRoutes } from './ledger.js';
import { fundingRoutes } from './funding.js';
import { reputationRoutes } from './reputation.js';
import { webhookRoutes } from './webhooks.js';
import { stakingRoutes } from './staking.js';
import { governanceRoutes } from './governance.js';
import { agentCardRoutes } from './agent-cards.js';
import { a2aRoutes } from './a2a.js';
import { paymentRoutes, x402Routes } from './payments.js';
import { fiatRoutes, STRIPE_WEBHOOK_PATH } from './fiat.js';
import { backerPageRoutes } from './backer-page.js';
import { selfRegistrationRoutes } from './self-registration.js';
import { federationRoutes, SIGNED_REQUEST_PATHS } from './federation.js';
import { auditorRoutes } from './auditor.js';
import { emailVerificationRoutes } from './email-verification.js';
import { organizationRoutes } from './organizations.js';
import { teamRoutes } from './teams.js';
import { bundleRoutes } from './bundles.js';
import { marketplaceRoutes, PROXY_PATH } from './marketplace.js';
import { invocationRoutes } from './invoke.js';
import { marketplaceViewRoutes } from './marketplace-views.js';
import { satelliteRoutes, SATELLITE_LEDGER_PATH } from './satellite.js';
import { bridgeRoutes, BRIDGE_SIGNED_PATHS } from './bridge.js';
import { federatedRoutes, FEDERATED_SIGNED_PATHS } from './federated.js';


/** Every service the gateway calls: one typed client each, made by the runner. A new service adds its contract here and its route module below. */
export const gatewayCalls = {
  identity: identityContract,
  ledger: ledgerContract,
  webhooks: webhooksContract,
  staking: stakingContract,
  governance: governanceContract,
  payments: paymentsContract,
  fiat: fiatContract,
  federation: federationContract,
  marketplace: marketplaceContract,
};

export type GatewayClients = ClientsOf<typeof gatewayCalls>;

/** The public API, one module per group of URLs; a new service adds its module here (and its contract in clients.ts). */
export const routeModules: ReadonlyArray<(deps: RouteDeps, clients: GatewayClients) => void> = [
  authRoutes,
  developerRoutes,
  onboardingRoutes,
  agentRoutes,
  ledgerRoutes,
  fundingRoutes,
  reputationRoutes,
  webhookRoutes,
  stakingRoutes,
  governanceRoutes,
  agentCardRoutes,
  a2aRoutes,
  paymentRoutes,
  x402Routes,
  fiatRoutes,
  backerPageRoutes,
  selfRegistrationRoutes,
  federationRoutes,
  federatedRoutes,
  auditorRoutes,
  emailVerificationRoutes,
  organizationRoutes,
  teamRoutes,
  bundleRoutes,
  marketplaceRoutes,
  invocationRoutes,
  marketplaceViewRoutes,
  satelliteRoutes,
  bridgeRoutes,
];

/** Paths whose body is kept as raw bytes (a signature covers them), not parsed as JSON or a form. */
export const rawBodyPaths: readonly string[] = [STRIPE_WEBHOOK_PATH, PROXY_PATH];

/** JSON bodies that a registry signature covers: parsed, and kept as the bytes that were sent. */
export const signedJsonPaths: readonly string[] = [...SIGNED_REQUEST_PATHS, SATELLITE_LEDGER_PATH, ...BRIDGE_SIGNED_PATHS, ...FEDERATED_SIGNED_PATHS];
