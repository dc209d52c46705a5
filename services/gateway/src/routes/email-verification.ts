import type { GatewayClients } from './clients.js';
import { developerOf } from './common.js';
import { route, type RouteDeps } from '../http/route.js';
import { z } from '../http/openapi.js';

/** Email verification: the link mailed at registration, and asking for a new one. */

const VerifyQuery = z.object({ token: z.string().min(1).max(200).openapi({ description: 'The token of the mailed link' }) });
const VerifiedSchema = z
  .object({ status: z.enum(['verified', 'already_verified']), message: z.string(), developer_id: z.string(), email: z.string() })
  .openapi('EmailVerified');
const ResendSchema = z
  .object({
    status: z.enum(['sent', 'disabled', 'already_verified']).openapi({ description: 'disabled: this registry sends no mail (no SMTP_URL)' }),
    expires_at: z.string().nullable(),
  })
  .openapi('VerificationEmailStatus');

export function emailVerificationRoutes(deps: RouteDeps, { identity }: GatewayClients): void {
  route(deps, {
    method: 'get',
    path: '/api/v1/auth/verify-email',
    summary: 'Verify Email Address',
    description: 'The link mailed to a developer: marks the address verified. A link works once and until it expires.',
    tags: ['Authentication'],
    cap: 'recovery',
    query: VerifyQuery,
    responses: { 200: { description: 'Email verification status', schema: VerifiedSchema }, 400: { description: 'Invalid, used or expired link' } },
    handler: async ({ query }) => {
      const result = await identity.call('VerifyEmail', { token: query.token });
      const message = result.status === 'verified' ? 'Email address verified.' : 'Email address was already verified.';
      return { body: { status: result.status, message, developer_id: result.developer_id, email: result.email } };
    },
  });

  route(deps, {
    method: 'post',
    path: '/api/v1/auth/verify-email/resend',
    summary: 'Mail a new verification link',
    tags: ['Authentication'],
    auth: ['developer'],
    cap: 'recovery',
    responses: { 200: { description: 'What happened', schema: ResendSchema } },
    handler: async ({ principal }) => {
      const result = await identity.call('SendVerificationEmail', { developer_id: developerOf(principal) });
      return { body: { status: result.status, expires_at: result.expires_at || null } };
    },
  });
}
