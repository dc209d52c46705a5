import { defineService } from '@agentvault/runtime';
import { identityContract } from '@agentvault/contracts/identity';
import { identityEvents } from '@agentvault/contracts/identity-events';
import { loadIdentityConfig } from './config.js';
import { IdentityService } from './domain/identity-service.js';
import { DirectoryService } from './domain/directory-service.js';
import { identityHandlers } from './grpc/handlers.js';
import { identityMigrations, IDENTITY_SCHEMA } from '../migrations/index.js';
import { createSigningKeyStore, createUnitOfWork, repositories, resealTotpSecrets } from './store/identity-store.js';
import type { IdentityDatabase } from './store/schema.js';
import { createSecretBox, isProduction, secretsKey } from '@agentvault/config';
import { agentStatusConsumer } from './consumers/agent-status.js';
import { agentReputationConsumer } from './consumers/agent-reputation.js';
import { SelfRegistrationService } from './domain/self-registration.js';
import { createSelfRegistrationUnitOfWork } from './store/self-registration-store.js';
import { verificationMailConsumer } from './consumers/verification-mail.js';
import { EmailVerificationService } from './domain/email-verification.js';
import { OrganizationService } from './domain/organizations.js';
import { TeamService } from './domain/teams.js';
import { BundleService } from './domain/bundles.js';
import { createDirectoryUnitOfWork } from './store/organization-store.js';
import { createMailer } from './mail/smtp-mailer.js';

/** Developers, credentials, API keys, bootstrap tokens, agents and their cards, JWT signing keys. */
export const identityModule = defineService({
  name: 'identity',
  contract: identityContract,
  events: identityEvents,
  schema: { name: IDENTITY_SCHEMA, migrations: identityMigrations },
  config: loadIdentityConfig,
  async start({ config, logger, platform, env, database, outbox, idempotent }) {
    // TOTP secrets are sealed at rest: a required key in production, one kept in DATA_DIR elsewhere.
    const box = createSecretBox(
      secretsKey({ variable: 'TOTP_SECRETS_KEY', value: config.TOTP_SECRETS_KEY, production: isProduction(env), dataDir: platform.DATA_DIR }),
    );
    const resealed = await resealTotpSecrets(database, box);
    if (resealed > 0) logger.info({ resealed }, 'sealed TOTP secrets stored before sealing was the default');
    const unitOfWork = createUnitOfWork(database, () => outbox.notify(), box);
    const signingKeys = createSigningKeyStore(database);
    const service = new IdentityService(unitOfWork, signingKeys, {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      recoveryTokenTtlSeconds: config.RECOVERY_TOKEN_TTL_SECONDS,
      bootstrapTokenTtlSeconds: config.BOOTSTRAP_TOKEN_TTL_SECONDS,
      totpIssuer: config.TOTP_ISSUER,
      maxAgentsPerDeveloper: config.MAX_AGENTS_PER_DEVELOPER,
      requireVerifiedEmail: config.REQUIRE_VERIFIED_EMAIL,
    });
    const directory = new DirectoryService(unitOfWork, signingKeys, { issuer: config.JWT_ISSUER, maxAgentsPerDeveloper: config.MAX_AGENTS_PER_DEVELOPER });
    const selfRegistration = new SelfRegistrationService(createSelfRegistrationUnitOfWork(database, () => outbox.notify()), signingKeys, {
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      didHost: config.REGISTRY_DID_HOST,
    });
    if (config.BOOTSTRAP_ADMIN_EMAIL && config.BOOTSTRAP_ADMIN_PASSWORD) {
      const outcome = await service.ensureAdmin(config.BOOTSTRAP_ADMIN_EMAIL, config.BOOTSTRAP_ADMIN_PASSWORD);
      logger.info({ outcome }, 'bootstrap admin checked');
    }
    await service.jwks(); // make sure a signing key exists before the first request

    const directoryUnitOfWork = createDirectoryUnitOfWork(database, () => outbox.notify(), box);
    const mailer = await createMailer({ smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, timeoutMs: config.SMTP_TIMEOUT_MS }, logger);
    const verification = new EmailVerificationService(directoryUnitOfWork, mailer, {
      publicBaseUrl: config.PUBLIC_BASE_URL,
      tokenTtlSeconds: config.EMAIL_VERIFICATION_TTL_SECONDS,
      registryName: config.TOTP_ISSUER,
    });
    const organizations = new OrganizationService(directoryUnitOfWork, {
      maxAgentsPerOrganization: config.MAX_AGENTS_PER_ORGANIZATION,
      maxApiKeysPerOrganization: config.MAX_API_KEYS_PER_ORGANIZATION,
      maxRequestsPerMinute: config.MAX_REQUESTS_PER_MINUTE_PER_ORGANIZATION,
      requireVerifiedEmail: config.REQUIRE_VERIFIED_EMAIL,
    });
    const teams = new TeamService(directoryUnitOfWork);
    const bundles = new BundleService(directoryUnitOfWork);
    const sendVerificationMail = idempotent<IdentityDatabase>('identity-verification-mail', verificationMailConsumer(verification));

    const mirrorStatus = idempotent<IdentityDatabase>('identity-agent-status', agentStatusConsumer((trx) => repositories(trx)));
    const mirrorReputation = idempotent<IdentityDatabase>('identity-agent-reputation', agentReputationConsumer);
    return {
      handlers: identityHandlers(service, directory, selfRegistration, [verification, organizations, teams, bundles]),
      consumers: [
        {
          // Only the ledger's agent.* events: transfers (most of its traffic) never reach us.
          durable: 'identity-agent-status',
          filter: 'agentvault.ledger.agent.>',
          handler: (event) => (agentStatusConsumer.accepts(event) ? mirrorStatus(event) : Promise.resolve()),
        },
        {
          // The ledger's reputation, for the quality gates of teams.
          durable: 'identity-agent-reputation',
          filter: 'agentvault.ledger.reputation.>',
          handler: (event) => (agentReputationConsumer.accepts(event) ? mirrorReputation(event) : Promise.resolve()),
        },
        // Mail only when it can leave: with mail disabled a developer asks for the link again later.
        ...(mailer.enabled ? [{ durable: 'identity-verification-mail', filter: 'agentvault.identity.developer.registered', handler: sendVerificationMail }] : []),
      ],
      close: async () => mailer.close(),
    };
  },
});
