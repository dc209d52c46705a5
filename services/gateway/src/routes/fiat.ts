import type { RequestHandler } from 'express';
import type { FiatContract } from '@agentvault/contracts/fiat';
import type { ResponseOf } from '@agentvault/grpc';
import { DomainError, PROBLEM_CONTENT_TYPE } from '@agentvault/errors';
import type { GatewayClients } from './clients.js';
import { AmountText, developerOf, orNull, text } from './common.js';
import { present } from '../http/grpc-result.js';
import { z } from '../http/openapi.js';
import { route, PaginationQuery, pageEnvelope, type RouteDeps } from '../http/route.js';

/**
 * Backer pledges in fiat (flow 12, mainframe only). The fiat service decides whether this registry
 * takes fiat; on every other registry each path here answers 403 with the reason.
 */

const TAGS = ['Fiat'];
const BASE = '/api/v1/fiat';
/** Stripe signs the exact bytes it sends: this path keeps its raw body (see http/app.ts). */
export const STRIPE_WEBHOOK_PATH = `${BASE}/stripe-webhook`;
/** Checkouts wait on the payment provider (or, through the proxy, on the parent registry and its provider). */
const CHECKOUT_DEADLINE_MS = 15_000;

const Eur = z.union([z.string().max(16), z.number()]).openapi({ description: 'EUR, at most 2 decimals', example: '25.00' });
const EurText = z.string().openapi({ example: '25.00' });

const TierSchema = z
  .object({ tier: z.number().int(), name: z.string(), flare: z.string().openapi({ description: 'The cosmetic profile flare the tier comes with' }), min_eur: EurText, max_eur: EurText, avt_per_eur: AmountText })
  .openapi('FiatTier');
const TiersSchema = z.object({ currency: z.literal('EUR'), min_eur: EurText, max_eur: EurText, tiers: z.array(TierSchema) }).openapi('FiatTiers');
const QuoteBody = z.object({ eur_amount: Eur }).openapi('FiatQuoteRequest');
const QuoteSchema = z
  .object({ eur_amount: EurText, avt_amount: AmountText, tier: z.number().int(), tier_name: z.string(), flare: z.string(), avt_per_eur: AmountText })
  .openapi('FiatQuote');
const CheckoutBody = z
  .object({
    eur_amount: Eur,
    agent_did: z.string().max(256).nullish().openapi({ description: 'With a developer token: the agent to credit, one of yours' }),
    customer_email: z.string().max(320).nullish().openapi({ description: 'Anonymous pledges: the email the pledge is claimable with' }),
    success_url: z.string().max(2048).nullish(),
    cancel_url: z.string().max(2048).nullish(),
  })
  .openapi('FiatCheckoutRequest');
const CheckoutSchema = z
  .object({
    session_id: z.string(), checkout_url: z.string().openapi({ description: "The provider's hosted checkout page" }), status: z.string(),
    eur_amount: EurText, avt_amount: AmountText, tier: z.number().int(), tier_name: z.string(), flare: z.string(), agent_did: z.string().nullable(),
    expires_at: z.string().nullable(),
  })
  .openapi('FiatCheckoutSession');
const PurchaseSchema = z
  .object({
    session_id: z.string(),
    status: z.enum(['pending', 'completed', 'expired', 'refunded']),
    credited: z.boolean().openapi({ description: 'The AVT has been credited (to the agent, or held for an anonymous pledge)' }),
    eur_amount: EurText, avt_amount: AmountText, tier: z.number().int(), tier_name: z.string(), flare: z.string(),
    agent_did: z.string().nullable(),
    anonymous: z.boolean(), claimed: z.boolean(),
    credited_at: z.string().nullable(), refunded_eur: EurText, reversed_avt: AmountText, shortfall_avt: AmountText,
    created_at: z.string(),
  })
  .openapi('FiatPurchase');
const PurchasePage = pageEnvelope(PurchaseSchema, 'FiatPurchasePage');
const SessionParams = z.object({ session_id: z.string().min(1).max(255) });
const ClaimBody = z.object({ agent_did: z.string().min(1).max(256) }).openapi('FiatClaimRequest');
const WebhookAck = z.object({ received: z.literal(true), outcome: z.string(), session_id: z.string().nullable() }).openapi('FiatWebhookAck');


type Purchase = ResponseOf<FiatContract, 'GetPurchase'>;

const quoteBody = (q: ResponseOf<FiatContract, 'Quote'>) => {
  const tier = present(q.tier, "the quote's tier");
  return { eur_amount: q.eur_amount, avt_amount: q.avt_amount, tier: tier.tier, tier_name: tier.name, flare: tier.flare, avt_per_eur: tier.avt_per_eur };
};
const checkoutBody = (p: Purchase) => ({
  session_id: p.session_id, checkout_url: p.checkout_url, status: p.status, eur_amount: p.eur_amount, avt_amount: p.avt_amount, tier: p.tier,
  tier_name: p.tier_name, flare: p.flare, agent_did: orNull(p.agent_did), expires_at: orNull(p.expires_at),
});
/** What the success page needs, and nothing personal (no email, no developer). */
const purchaseBody = (p: Purchase) => ({
  session_id: p.session_id, status: p.status, credited: !!p.credited_at, eur_amount: p.eur_amount, avt_amount: p.avt_amount, tier: p.tier,
  tier_name: p.tier_name, flare: p.flare, agent_did: orNull(p.agent_did), anonymous: p.anonymous, claimed: p.claimed,
  credited_at: orNull(p.credited_at), refunded_eur: p.refunded_eur, reversed_avt: p.reversed_avt, shortfall_avt: p.shortfall_avt, created_at: p.created_at,
});

export function fiatRoutes(deps: RouteDeps, { fiat }: GatewayClients): void {
  route(deps, {
    method: 'get', path: `${BASE}/tiers`, summary: 'Pledge tiers: breakpoints, AVT per EUR, and the minimum and maximum pledge', tags: TAGS,
    responses: { 200: { description: 'The tiers', schema: TiersSchema }, 403: { description: 'This registry takes no fiat' } },
    handler: async () => ({ body: await fiat.call('GetTiers', {}) }),
  });

  route(deps, {
    method: 'post', path: `${BASE}/quote`, summary: 'The AVT credit a pledge of this amount in EUR comes with (no payment made)', tags: TAGS, body: QuoteBody,
    responses: { 200: { description: 'The quote', schema: QuoteSchema }, 403: { description: 'This registry takes no fiat' }, 422: { description: 'Below the minimum or above the maximum pledge' } },
    handler: async ({ body }) => ({ body: quoteBody(await fiat.call('Quote', { eur_amount: text(body.eur_amount) })) }),
  });

  // A developer token is optional here: with one the pledge credits one of the developer's agents.
  const optionalDeveloper: RequestHandler = async (req, _res, next) => {
    try {
      if (req.get('authorization')) req.principal = await deps.authenticator.authenticate(req, ['developer'], false);
      next();
    } catch (err) {
      next(err);
    }
  };
  deps.router.post(`${BASE}/checkout-session`, optionalDeveloper);
  route(deps, {
    method: 'post', path: `${BASE}/checkout-session`, summary: 'Start a backer pledge: a hosted checkout session, with the AVT credit fixed now', tags: TAGS,
    description: 'With a developer token, `agent_did` names the agent to credit. Without one, `customer_email` is required and the AVT is held until the developer with that email claims it.',
    idempotent: true, body: CheckoutBody,
    responses: {
      201: { description: 'The checkout session', schema: CheckoutSchema },
      403: { description: 'This registry takes no fiat, or the agent is not yours' },
      422: { description: 'Out-of-range amount or a missing field' },
    },
    handler: async ({ principal, body, idempotency }) => {
      const r = await fiat.call('CreateCheckoutSession', {
        eur_amount: text(body.eur_amount), developer_id: principal ? developerOf(principal) : '', agent_did: body.agent_did ?? '',
        customer_email: body.customer_email ?? '', success_url: body.success_url ?? '', cancel_url: body.cancel_url ?? '', idempotency_key: idempotency?.key ?? '',
      }, { deadlineMs: CHECKOUT_DEADLINE_MS });
      return { status: 201, body: checkoutBody(present(r.purchase, 'the checkout session')) };
    },
  });

  route(deps, {
    method: 'post', path: STRIPE_WEBHOOK_PATH, summary: "Stripe's events about checkout sessions (completed, expired, refunded)", tags: TAGS,
    description: 'Verified against the raw body with the `Stripe-Signature` header; a bad or stale signature is a 400 and changes nothing. Repeats are harmless: each session is credited once.',
    responses: { 200: { description: 'Accepted', schema: WebhookAck }, 400: { description: 'Bad signature, stale timestamp, or unknown session' } },
    handler: async ({ req }) => {
      // The raw parser leaves no body unread on this path; everything else is no body at all.
      const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const r = await fiat.call('HandleProviderWebhook', { raw_body: raw, signature: req.get('stripe-signature') ?? '' });
      return { body: { received: true, outcome: r.outcome, session_id: orNull(r.session_id) } };
    },
  });

  route(deps, {
    method: 'get', path: `${BASE}/purchase/:session_id`, summary: 'A pledge by its checkout session id (the success page polls this)', tags: TAGS, params: SessionParams,
    responses: { 200: { description: 'The pledge', schema: PurchaseSchema }, 404: { description: 'Unknown session' } },
    handler: async ({ params }) => ({ body: purchaseBody(await fiat.call('GetPurchase', { session_id: params.session_id })) }),
  });

  route(deps, {
    method: 'get', path: `${BASE}/my-purchases`, summary: "The calling developer's pledges, newest first", tags: TAGS, auth: ['developer'], query: PaginationQuery,
    responses: { 200: { description: 'A page of pledges', schema: PurchasePage } },
    handler: async ({ principal, query }) => {
      const page = await fiat.call('ListDeveloperPurchases', { developer_id: developerOf(principal), limit: query.limit, offset: query.offset });
      return { body: { items: page.items.map(purchaseBody), total: page.total, limit: query.limit, offset: query.offset } };
    },
  });

  route(deps, {
    method: 'post', path: `${BASE}/purchase/:session_id/claim`, summary: 'Claim an anonymous pledge made with your account email, for one of your agents', tags: TAGS,
    auth: ['developer'], params: SessionParams, body: ClaimBody,
    responses: { 200: { description: 'Claimed: the AVT moved to the agent', schema: PurchaseSchema }, 403: { description: 'Another email, or not your agent' }, 409: { description: 'Already claimed, or not completed' } },
    handler: async ({ principal, params, body }) => ({
      body: purchaseBody(await fiat.call('ClaimPurchase', { session_id: params.session_id, developer_id: developerOf(principal), agent_did: body.agent_did })),
    }),
  });

  route(deps, {
    method: 'post', path: `${BASE}/proxy/checkout-session`, summary: "A satellite's storefront: the pledge is made on the parent mainframe", tags: TAGS,
    description: "Forwards an anonymous checkout (customer_email) to the parent registry and returns the parent's answer. Only satellites with a parent serve it.",
    idempotent: true, body: CheckoutBody,
    responses: { 201: { description: "The parent's checkout session", schema: CheckoutSchema }, 403: { description: 'Not a satellite with a parent' } },
    handler: async ({ body, idempotency }) => {
      const r = await fiat.call('ProxyCheckoutSession', { body_json: JSON.stringify(body), idempotency_key: idempotency?.key ?? '' }, { deadlineMs: CHECKOUT_DEADLINE_MS });
      return { status: r.status, body: parentAnswer(r.body_json), headers: r.status >= 400 ? { 'Content-Type': PROBLEM_CONTENT_TYPE } : ({} as Record<string, string>) };
    },
  });
}

/** The parent's answer as the fiat service passed it on; it is JSON, or the service is at fault. */
function parentAnswer(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError('internal_server_error', "the fiat service passed on a parent's answer that is not JSON");
  }
}
