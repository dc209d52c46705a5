import type { Metadata } from '@grpc/grpc-js';
import { DomainError } from '@agentvault/errors';

/** The metadata key on which the gateway says where the world reaches it. */
export const PUBLIC_BASE_URL_METADATA = 'agentvault-public-base-url';

/**
 * Where this registry is reached: PUBLIC_BASE_URL when set (production requires it), otherwise
 * what the gateway reports on its calls. A gateway on port 0 (tests, `npm run federation`) knows
 * its address only once it listens, after this service has started; the card, its signatures and
 * the peer checks all derive from this one value.
 */
export class PublicBaseUrl {
  private learned: string | undefined;

  constructor(private readonly configured: string | undefined) {}

  get(): string {
    const url = this.configured ?? this.learned;
    if (!url) throw new DomainError('service_unavailable', 'this registry does not know its public URL yet; set PUBLIC_BASE_URL', { code: 'PUBLIC_BASE_URL_UNKNOWN' });
    return url;
  }

  get known(): boolean {
    return (this.configured ?? this.learned) !== undefined;
  }

  /** Takes the gateway's report from a call's metadata; an explicit setting always wins. */
  learn(metadata: Metadata | undefined): void {
    if (this.configured || this.learned) return;
    const value = metadata?.get(PUBLIC_BASE_URL_METADATA)[0];
    if (typeof value === 'string' && /^https?:\/\/[^\s/]+$/.test(value)) this.learned = value.replace(/\/+$/, '');
  }
}
