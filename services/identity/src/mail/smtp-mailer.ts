import type { Logger } from 'pino';
import type { Mailer } from '../domain/organization-ports.js';

export interface MailSettings {
  /** smtp:// or smtps:// with credentials in the URL; absent: mail is switched off. */
  smtpUrl: string | undefined;
  from: string;
  timeoutMs: number;
}

/** Mail through SMTP (nodemailer); without SMTP_URL a mailer that sends nothing and says so once. */
export async function createMailer(settings: MailSettings, logger: Logger): Promise<Mailer & { close(): void }> {
  if (!settings.smtpUrl) {
    logger.info('mail is disabled (no SMTP_URL): verification links are not mailed');
    return { enabled: false, async send() {}, close() {} };
  }
  // nodemailer is loaded only when mail is on.
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport(settings.smtpUrl, {
    from: settings.from,
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
  });
  return {
    enabled: true,
    async send(message) {
      const info = await transport.sendMail({ from: settings.from, ...message });
      // The message id only: the body carries a secret link.
      logger.info({ messageId: info.messageId }, 'mail sent');
    },
    close: () => transport.close(),
  };
}
