import Stripe from 'stripe';
import { DomainError } from '@agentvault/errors';
import type { ProviderEvent } from '../domain/model.js';
import type { CheckoutRequest, CheckoutSession, PaymentProvider } from '../domain/ports.js';

export interface StripeProviderOptions {
  apiKey: string;
  webhookSecret: string;
  /** stripe-mock or another Stripe-compatible base, e.g. http://127.0.0.1:12111; absent: api.stripe.com. */
  apiBase?: string;
  timeoutMs: number;
  /** How old a signed webhook may be. */
  toleranceSeconds: number;
}

/** Stripe Checkout through Stripe's own SDK: sessions, and webhook signatures checked against the raw body. */
export class StripeProvider implements PaymentProvider {
  readonly name = 'stripe';
  private readonly stripe: Stripe;

  constructor(private readonly options: StripeProviderOptions) {
    const base = options.apiBase ? new URL(options.apiBase) : null;
    this.stripe = new Stripe(options.apiKey, {
      timeout: options.timeoutMs,
      maxNetworkRetries: 2,
      appInfo: { name: 'AgentVault fiat' },
      ...(base ? { host: base.hostname, port: base.port || (base.protocol === 'https:' ? 443 : 80), protocol: base.protocol.replace(':', '') as 'http' | 'https' } : {}),
    });
  }

  async createCheckout(request: CheckoutRequest): Promise<CheckoutSession> {
    let session: Stripe.Checkout.Session;
    try {
      session = await this.stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [{ quantity: 1, price_data: { currency: request.currency, unit_amount: Number(request.cents), product_data: { name: request.description } } }],
          ...(request.customerEmail ? { customer_email: request.customerEmail } : {}),
          client_reference_id: request.reference,
          metadata: request.metadata,
          payment_intent_data: { metadata: request.metadata },
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
        },
        request.idempotencyKey ? { idempotencyKey: request.idempotencyKey } : undefined,
      );
    } catch (err) {
      if (err instanceof Stripe.errors.StripeError) {
        throw new DomainError('service_unavailable', `The payment provider refused the checkout: ${err.message}`, { code: 'PROVIDER_ERROR' });
      }
      throw err;
    }
    if (!session.url) throw new DomainError('service_unavailable', 'The payment provider returned no checkout URL', { code: 'PROVIDER_ERROR' });
    return { sessionId: session.id, url: session.url, expiresAt: session.expires_at ? new Date(session.expires_at * 1000) : null };
  }

  parseWebhook(rawBody: Buffer, signature: string): ProviderEvent {
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(rawBody, signature, this.options.webhookSecret, this.options.toleranceSeconds);
    } catch (err) {
      const detail = err instanceof Error ? err.message : 'unreadable event';
      throw new DomainError('bad_request', `Stripe webhook rejected: ${detail}`, { code: 'INVALID_SIGNATURE' });
    }
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded': {
        const s = event.data.object;
        return {
          kind: 'completed', eventId: event.id, sessionId: s.id, paid: s.payment_status === 'paid' || s.payment_status === 'no_payment_required',
          paymentReference: typeof s.payment_intent === 'string' ? s.payment_intent : s.payment_intent?.id ?? null,
          amountCents: typeof s.amount_total === 'number' ? BigInt(s.amount_total) : null, currency: s.currency ?? null,
        };
      }
      case 'checkout.session.expired':
        return { kind: 'expired', eventId: event.id, sessionId: event.data.object.id };
      case 'charge.refunded': {
        const c = event.data.object;
        const paymentIntent = typeof c.payment_intent === 'string' ? c.payment_intent : c.payment_intent?.id;
        if (!paymentIntent) return { kind: 'ignored', eventId: event.id, type: event.type };
        return { kind: 'refunded', eventId: event.id, paymentReference: paymentIntent, sessionId: null, amountCents: BigInt(c.amount), refundedCents: BigInt(c.amount_refunded) };
      }
      default:
        return { kind: 'ignored', eventId: event.id, type: event.type };
    }
  }
}
