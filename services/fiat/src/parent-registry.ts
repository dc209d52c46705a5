import CircuitBreaker from 'opossum';
import { DomainError } from '@agentvault/errors';
import type { ParentRegistry } from './domain/ports.js';

/**
 * The satellite's way to its mainframe's checkout, over HTTPS with a deadline and a circuit
 * breaker. The parent's answer (its status and body, errors included) is passed back as it is.
 */
export function createParentRegistry(parentUrl: string, timeoutMs: number, satelliteName: string): ParentRegistry {
  const endpoint = new URL('/api/v1/fiat/checkout-session', parentUrl).toString();
  const post = async (body: Record<string, unknown>, idempotencyKey: string | undefined) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-forwarded-by-registry': satelliteName,
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = { detail: text.slice(0, 500) };
    }
    // The parent's 5xx count against the breaker; its 4xx are answers.
    if (response.status >= 500) throw Object.assign(new Error(`parent registry answered ${response.status}`), { answer: { status: response.status, body: parsed } });
    return { status: response.status, body: parsed };
  };
  const breaker = new CircuitBreaker(post, { timeout: false, errorThresholdPercentage: 50, resetTimeout: 10_000, volumeThreshold: 5 });
  return {
    async createCheckout(body, idempotencyKey) {
      try {
        return await breaker.fire(body, idempotencyKey);
      } catch (err) {
        const answer = (err as { answer?: { status: number; body: unknown } }).answer;
        if (answer) return answer;
        throw new DomainError('service_unavailable', `The parent registry could not be reached: ${err instanceof Error ? err.message : String(err)}`, { code: 'PARENT_UNAVAILABLE' });
      }
    },
  };
}
