import type { Kysely } from 'kysely';
import { identityEvents } from '@agentvault/contracts/identity-events';
import type { BusEvent } from '@agentvault/contracts/events';
import type { DirectoryRepositories } from '../domain/organization-ports.js';
import type { EmailVerificationService } from '../domain/email-verification.js';
import type { IdentityDatabase } from '../store/schema.js';

/**
 * A new developer gets the verification mail. Run through `idempotent`: the token is written in
 * the consumer's transaction, so a mail that fails rolls it back and the event comes again.
 */
export function verificationMailConsumer(verification: EmailVerificationService, repositoriesFor: (trx: Kysely<IdentityDatabase>) => DirectoryRepositories) {
  return async (event: BusEvent, trx: Kysely<IdentityDatabase>) => {
    if (!identityEvents.is(event, 'developer.registered')) return;
    await verification.sendVerification(event.data.developer_id, repositoriesFor(trx));
  };
}
