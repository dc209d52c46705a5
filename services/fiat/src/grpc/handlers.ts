import type { Handlers } from '@agentvault/grpc';
import type { FiatContract } from '@agentvault/contracts/fiat';
import { validationError } from '@agentvault/errors';
import { formatAvt, formatEur } from '../domain/money.js';
import { tierUpperCents, type Tier, type TierTable } from '../domain/tiers.js';
import type { Purchase } from '../domain/model.js';
import type { FiatService } from '../domain/fiat-service.js';

/** proto ↔ domain for the FiatService; no rules here. */

const trimAvt = (value: bigint) => formatAvt(value);

function tierMessage(table: TierTable, tier: Tier) {
  return {
    tier: tier.level, name: tier.name, flare: tier.flare, min_eur: formatEur(tier.fromCents), max_eur: formatEur(tierUpperCents(table, tier)),
    avt_per_eur: trimAvt(tier.avtPerEur),
  };
}

function purchaseMessage(table: TierTable, p: Purchase) {
  const tier = table.tiers.find((t) => t.level === p.tier);
  return {
    session_id: p.sessionId, checkout_url: p.checkoutUrl, status: p.status, eur_amount: formatEur(p.eurCents), avt_amount: formatAvt(p.avtAmount),
    tier: p.tier, tier_name: tier?.name ?? '', flare: tier?.flare ?? '', agent_did: p.agentDid ?? '', developer_id: p.developerId ?? '',
    anonymous: p.customerEmail !== null && p.developerId === null || p.claimedAt !== null, claimed: p.claimedAt !== null,
    credited_at: p.creditedAt?.toISOString() ?? '', credit_transaction_id: p.creditTransactionId ?? '', refunded_eur: formatEur(p.refundedCents),
    reversed_avt: formatAvt(p.reversedAvt), shortfall_avt: formatAvt(p.shortfallAvt), expires_at: p.expiresAt?.toISOString() ?? '',
    created_at: p.createdAt.toISOString(), provider: p.provider,
  };
}

function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text || '{}');
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // refused below
  }
  throw validationError('body must be a JSON object', 'body');
}

type FiatHandlers = Handlers<FiatContract>;

/** Every method of the FiatService. */
export function fiatHandlers(fiat: FiatService, table: TierTable): FiatHandlers {
  return {
    GetTiers: async () => {
      const t = fiat.tiers();
      return { currency: 'EUR', min_eur: formatEur(t.minCents), max_eur: formatEur(t.maxCents), tiers: t.tiers.map((tier) => tierMessage(t, tier)) };
    },
    Quote: async (req) => {
      const q = fiat.quote(req.eur_amount);
      return { eur_amount: formatEur(q.cents), avt_amount: formatAvt(q.avt), tier: tierMessage(table, q.tier) };
    },
    CreateCheckoutSession: async (req) => {
      const r = await fiat.createCheckout({
        eurAmount: req.eur_amount, developerId: req.developer_id || null, agentDid: req.agent_did || null, customerEmail: req.customer_email || null,
        successUrl: req.success_url || null, cancelUrl: req.cancel_url || null, idempotencyKey: req.idempotency_key || null, origin: 'local',
      });
      return { purchase: purchaseMessage(table, r.purchase), replayed: r.replayed };
    },
    HandleProviderWebhook: async (req) => {
      const r = await fiat.handleWebhook(req.raw_body, req.signature);
      return { outcome: r.outcome, session_id: r.sessionId ?? '' };
    },
    GetPurchase: async (req) => purchaseMessage(table, await fiat.purchase(req.session_id)),
    ListDeveloperPurchases: async (req) => {
      const page = await fiat.myPurchases(req.developer_id, req.limit, req.offset);
      return { items: page.items.map((p) => purchaseMessage(table, p)), total: page.total };
    },
    ClaimPurchase: async (req) => purchaseMessage(table, await fiat.claim(req.session_id, req.developer_id, req.agent_did)),
    ProxyCheckoutSession: async (req) => {
      const r = await fiat.proxyCheckout(parseJsonObject(req.body_json), req.idempotency_key || null);
      return { status: r.status, body_json: JSON.stringify(r.body) };
    },
  };
}
