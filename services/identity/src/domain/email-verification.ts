import { randomBytes } from 'node:crypto';
import { DomainError, notFound } from '@agentvault/errors';
import { hashSecret } from './credentials.js';
import type { DirectoryUnitOfWork, Mailer } from './organization-ports.js';

export interface EmailVerificationSettings {
  /** Where the link in the mail points: the registry's public base URL. */
  publicBaseUrl: string;
  tokenTtlSeconds: number;
  /** How the mail signs off. */
  registryName: string;
}

export const EMAIL_TOKEN_PREFIX = 'evt_';

export function newEmailVerificationToken(): string {
  return EMAIL_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

const invalidToken = () =>
  new DomainError('bad_request', 'The verification link is invalid, used or expired; ask for a new one', { code: 'INVALID_VERIFICATION_TOKEN', field: 'token' });

export function verificationLink(publicBaseUrl: string, token: string): string {
  const url = new URL('/api/v1/auth/verify-email', publicBaseUrl);
  url.searchParams.set('token', token);
  return url.toString();
}

export type VerificationMailStatus = 'sent' | 'disabled' | 'already_verified';

/**
 * Email verification: a random token is mailed as a link and only its hash is stored; it works
 * once and until it expires. A new token does not end older ones still within their time.
 */
export class EmailVerificationService {
  constructor(
    private readonly uow: DirectoryUnitOfWork,
    private readonly mailer: Mailer,
    private readonly settings: EmailVerificationSettings,
  ) {}

  /**
   * Issues a token and mails the link. The token is stored before the mail leaves, so a link
   * that arrives always works; a mail that fails leaves an unused token behind, which expires.
   */
  async sendVerification(developerId: string): Promise<{ status: VerificationMailStatus; expiresAt: Date | null; token: string | null }> {
    const developer = await this.uow.read.developers.byId(developerId);
    if (!developer) throw notFound(`Developer ${developerId} not found`);
    if (developer.isVerified) return { status: 'already_verified', expiresAt: null, token: null };
    const token = newEmailVerificationToken();
    const expiresAt = new Date(Date.now() + this.settings.tokenTtlSeconds * 1000);
    const record = { tokenHash: hashSecret(token), developerId, email: developer.email, expiresAt };
    await this.uow.run((repos) => repos.emailTokens.insert(record));
    if (!this.mailer.enabled) return { status: 'disabled', expiresAt, token };
    const link = verificationLink(this.settings.publicBaseUrl, token);
    const hours = Math.max(1, Math.round(this.settings.tokenTtlSeconds / 3600));
    await this.mailer.send({
      to: developer.email,
      subject: `Verify your email address for ${this.settings.registryName}`,
      text: `Hello ${developer.name},\n\nOpen this link to verify your email address:\n\n${link}\n\nIt works once, for ${hours} hour(s). If you did not register, ignore this mail.\n`,
      html: `<p>Hello ${escapeHtml(developer.name)},</p><p><a href="${escapeHtml(link)}">Verify your email address</a></p><p>The link works once, for ${hours} hour(s). If you did not register, ignore this mail.</p>`,
    });
    return { status: 'sent', expiresAt, token };
  }

  async verify(token: string): Promise<{ developerId: string; email: string; status: 'verified' | 'already_verified' }> {
    if (!token.startsWith(EMAIL_TOKEN_PREFIX) || token.length > 100) throw invalidToken();
    return this.uow.run(async (repos) => {
      const stored = await repos.emailTokens.lockByHash(hashSecret(token));
      if (!stored || stored.usedAt || stored.expiresAt.getTime() <= Date.now()) throw invalidToken();
      const developer = await repos.developers.byId(stored.developerId);
      // A token mailed to an address the account no longer has proves nothing.
      if (!developer || developer.email !== stored.email) throw invalidToken();
      await repos.emailTokens.markUsed(stored.tokenHash);
      if (developer.isVerified) return { developerId: developer.id, email: developer.email, status: 'already_verified' as const };
      await repos.emailTokens.markVerified(developer.id);
      await repos.outbox.emit({ type: 'developer.email_verified', data: { developer_id: developer.id, email: developer.email } });
      return { developerId: developer.id, email: developer.email, status: 'verified' as const };
    });
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The rule REQUIRE_VERIFIED_EMAIL switches on: agents (and their limits) need a verified address. */
export function assertVerifiedForAgents(required: boolean, developer: { isVerified: boolean } | null): void {
  if (required && developer && !developer.isVerified) {
    throw new DomainError('forbidden', 'Verify your email address before creating or adding agents (GET /api/v1/auth/verify-email)', { code: 'EMAIL_NOT_VERIFIED' });
  }
}

