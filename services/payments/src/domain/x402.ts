import { DomainError } from '@agentvault/errors';
import type { PaymentToken } from './model.js';
import type { PaymentsUnitOfWork } from './ports.js';
import type { PaymentTokenService } from './tokens.js';

/**
 * An x402 facilitator for the `exact` scheme on the `agentvault` network. The payment payload
 * carries an A2A payment token (its funds already held by the ledger) and a nonce; the payment
 * requirements name the receiver (`payTo`, an agent DID), the asset `AVT` and
 * `maxAmountRequired` in atomic units (10^-18 AVT). Settle binds the nonce to the token before
 * it moves anything, so a retried settle (after a facilitator timeout, say) answers the first
 * settlement: one nonce, one token, one movement.
 */

export const X402_VERSION = 1;
export const X402_SCHEME = 'exact';
export const X402_NETWORK = 'agentvault';
export const X402_ASSET = 'AVT';
const NONCE = /^0x[0-9a-fA-F]{64}$/;
const ATOMIC = /^[0-9]{1,40}$/;

export interface X402Input {
  x402Version: number;
  payloadX402Version: number;
  payloadScheme: string;
  payloadNetwork: string;
  paymentToken: string;
  nonce: string;
  scheme: string;
  network: string;
  maxAmountRequired: string;
  payTo: string;
  asset: string;
}

export type X402Verdict = { isValid: true; payer: string; token: PaymentToken } | { isValid: false; invalidReason: string; payer: string };

export interface X402SettleResult {
  success: boolean;
  errorReason: string;
  payer: string;
  transaction: string;
  network: string;
  replayed: boolean;
}

export class X402Facilitator {
  constructor(
    private readonly uow: PaymentsUnitOfWork,
    private readonly tokens: PaymentTokenService,
  ) {}

  supported() {
    return [{ x402Version: X402_VERSION, scheme: X402_SCHEME, network: X402_NETWORK }];
  }

  async verify(input: X402Input): Promise<X402Verdict> {
    const shape = this.checkShape(input);
    if (shape) return { isValid: false, invalidReason: shape, payer: '' };
    const token = await this.tokens.find(input.paymentToken);
    if (!token) return { isValid: false, invalidReason: 'invalid_payload', payer: '' };
    const payer = token.callerDid;
    if (token.receiverDid !== input.payTo) return { isValid: false, invalidReason: 'invalid_exact_agentvault_payload_recipient_mismatch', payer };
    if (token.amount < BigInt(input.maxAmountRequired)) return { isValid: false, invalidReason: 'invalid_exact_agentvault_payload_value', payer };
    const binding = (await this.uow.read.x402.byNonce(input.nonce)) ?? (await this.uow.read.x402.byToken(token.id));
    if (binding && (binding.nonce !== input.nonce || binding.tokenId !== token.id)) {
      return { isValid: false, invalidReason: 'invalid_exact_agentvault_payload_nonce_used', payer };
    }
    // A token settled under this nonce still verifies, so a retried settle can finish; any other used token does not.
    const status = this.tokens.effectiveStatus(token);
    if (status !== 'AUTHORIZED' && !(binding && (status === 'CONSUMED' || status === 'SETTLED'))) {
      return { isValid: false, invalidReason: status === 'EXPIRED' ? 'invalid_exact_agentvault_payload_expired' : 'invalid_exact_agentvault_payload_token_used', payer };
    }
    return { isValid: true, payer, token };
  }

  async settle(input: X402Input & { agentDid: string }): Promise<X402SettleResult> {
    const failed = (errorReason: string, payer = ''): X402SettleResult => ({ success: false, errorReason, payer, transaction: '', network: X402_NETWORK, replayed: false });
    if (input.agentDid !== input.payTo) return failed('invalid_exact_agentvault_payload_recipient_mismatch');
    const verdict = await this.verify(input);
    if (!verdict.isValid) return failed(verdict.invalidReason, verdict.payer);
    const { token, payer } = verdict;

    const binding = await this.uow.run((repos) => repos.x402.bind({ nonce: input.nonce, tokenId: token.id, receiverDid: input.agentDid }));
    // A concurrent settle bound this token or nonce to another pair first.
    if (binding.nonce !== input.nonce || binding.tokenId !== token.id) return failed('invalid_exact_agentvault_payload_nonce_used', payer);
    if (binding.transactionId) return { success: true, errorReason: '', payer, transaction: binding.transactionId, network: X402_NETWORK, replayed: true };

    let settled;
    try {
      settled = await this.tokens.settleForReceiver({ receiverDid: input.agentDid, paymentToken: input.paymentToken });
    } catch (err) {
      if (err instanceof DomainError && err.code === 'PAYMENT_TOKEN_EXPIRED') return failed('invalid_exact_agentvault_payload_expired', payer);
      if (err instanceof DomainError && err.code === 'PAYMENT_TOKEN_NOT_SETTLEABLE') return failed('invalid_exact_agentvault_payload_token_used', payer);
      throw err;
    }
    const transaction = settled.token.transactionId ?? '';
    await this.uow.run((repos) => repos.x402.settled(input.nonce, transaction, new Date()));
    return { success: true, errorReason: '', payer, transaction, network: X402_NETWORK, replayed: settled.replayed };
  }

  private checkShape(input: X402Input): string | null {
    if (input.x402Version !== X402_VERSION || input.payloadX402Version !== X402_VERSION) return 'invalid_x402_version';
    if (input.scheme !== X402_SCHEME || input.payloadScheme !== X402_SCHEME) return 'invalid_scheme';
    if (input.network !== X402_NETWORK || input.payloadNetwork !== X402_NETWORK) return 'invalid_network';
    if (input.asset !== X402_ASSET || !ATOMIC.test(input.maxAmountRequired) || !input.payTo) return 'invalid_payment_requirements';
    if (!NONCE.test(input.nonce)) return 'invalid_payload';
    return null;
  }
}
