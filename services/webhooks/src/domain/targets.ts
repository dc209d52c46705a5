import { isIP } from 'node:net';
import { validationError } from '@agentvault/errors';

/**
 * Where webhooks may point. A URL is http(s) with a host and no credentials; unless private
 * targets are allowed, every address its host resolves to (IPv4 and IPv6) must be a public
 * unicast address: no loopback, private, link-local, shared, multicast or reserved ranges,
 * including IPv4 addresses wrapped in IPv6 (mapped, NAT64, 6to4).
 */

export const MAX_URL_LENGTH = 2048;

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (the DNS port; the transport implements it). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** A target the SSRF guard refuses; the message says which address and why. */
export class TargetRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetRefused';
  }
}

/** Checks the URL's form; throws a 422 naming `url`. */
export function parseWebhookUrl(raw: string): URL {
  if (typeof raw !== 'string' || raw.trim() === '') throw validationError('url is required', 'url');
  if (raw.length > MAX_URL_LENGTH) throw validationError(`url must be at most ${MAX_URL_LENGTH} characters`, 'url');
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw validationError('url is not a valid URL', 'url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw validationError('url must be an http or https URL', 'url');
  if (url.username || url.password) throw validationError('url must not carry credentials; authenticate deliveries by their signature', 'url');
  if (!url.hostname) throw validationError('url must name a host', 'url');
  return url;
}

/** The host of a URL as a resolver or an IP parser takes it (IPv6 literals without brackets). */
export function hostOf(url: URL): string {
  return url.hostname.startsWith('[') && url.hostname.endsWith(']') ? url.hostname.slice(1, -1) : url.hostname;
}

/**
 * Every address the URL's host stands for, after the guard: refuses (TargetRefused) a host that
 * does not resolve or any of whose addresses is not public, unless `allowPrivate`.
 */
export async function resolveTarget(url: URL, resolve: Resolver, allowPrivate: boolean): Promise<ResolvedAddress[]> {
  const host = hostOf(url);
  const literal = isIP(host.split('%')[0]!);
  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [{ address: host, family: literal as 4 | 6 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch (err) {
      throw new TargetRefused(`${host} could not be resolved (${(err as { code?: string }).code ?? (err as Error).message})`);
    }
    if (addresses.length === 0) throw new TargetRefused(`${host} has no addresses`);
  }
  if (!allowPrivate) {
    for (const { address } of addresses) {
      const reason = forbiddenAddressReason(address);
      if (reason) throw new TargetRefused(`${host === address ? address : `${host} resolves to ${address}, which`} is a ${reason} address; webhooks go to public addresses only`);
    }
  }
  return addresses;
}

// ── address classification ────────────────────────────────────────────────────

type V4Range = [number, number, number, number, number, string]; // a.b.c.d/len, reason

const V4_FORBIDDEN: V4Range[] = [
  [0, 0, 0, 0, 8, 'unspecified'],
  [10, 0, 0, 0, 8, 'private'],
  [100, 64, 0, 0, 10, 'shared (carrier-grade NAT)'],
  [127, 0, 0, 0, 8, 'loopback'],
  [169, 254, 0, 0, 16, 'link-local'],
  [172, 16, 0, 0, 12, 'private'],
  [192, 0, 0, 0, 24, 'reserved'],
  [192, 0, 2, 0, 24, 'documentation'],
  [192, 88, 99, 0, 24, 'reserved'],
  [192, 168, 0, 0, 16, 'private'],
  [198, 18, 0, 0, 15, 'benchmarking'],
  [198, 51, 100, 0, 24, 'documentation'],
  [203, 0, 113, 0, 24, 'documentation'],
  [224, 0, 0, 0, 4, 'multicast'],
  [240, 0, 0, 0, 4, 'reserved'],
];

function parseV4(address: string): number | null {
  const parts = address.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

function v4Reason(value: number): string | null {
  for (const [a, b, c, d, len, reason] of V4_FORBIDDEN) {
    const base = ((a * 256 + b) * 256 + c) * 256 + d;
    const size = 2 ** (32 - len);
    if (value >= base && value < base + size) return reason;
  }
  return null;
}

/** IPv6 text → eight 16-bit words (zone ids dropped, an IPv4 tail allowed), or null. */
function parseV6(address: string): number[] | null {
  let text = address.split('%')[0]!.toLowerCase();
  if (isIP(text) !== 6) return null;
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4Tail) {
    const v4 = parseV4(v4Tail[1]!);
    if (v4 === null) return null;
    text = `${text.slice(0, -v4Tail[1]!.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, undefined];
  const headWords = head ? head.split(':') : [];
  const tailWords = tail ? tail.split(':') : [];
  const missing = 8 - headWords.length - tailWords.length;
  if (tail === undefined && missing !== 0) return null;
  const words = [...headWords, ...Array(tail === undefined ? 0 : missing).fill('0'), ...tailWords].map((w) => parseInt(w, 16));
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : null;
}

function v4From(hi: number, lo: number): number {
  return hi * 65536 + lo;
}

function v6Reason(w: number[]): string | null {
  const zeros = (from: number, to: number) => w.slice(from, to).every((x) => x === 0);
  if (zeros(0, 8)) return 'unspecified';
  if (zeros(0, 7) && w[7] === 1) return 'loopback';
  // ::ffff:a.b.c.d (IPv4-mapped): judged as the IPv4 address.
  if (zeros(0, 5) && w[5] === 0xffff) return v4Reason(v4From(w[6]!, w[7]!));
  // ::a.b.c.d (IPv4-compatible, deprecated)
  if (zeros(0, 6)) return 'reserved';
  // 64:ff9b::/96 (NAT64): the IPv4 address inside decides.
  if (w[0] === 0x64 && w[1] === 0xff9b && zeros(2, 6)) return v4Reason(v4From(w[6]!, w[7]!));
  if (w[0] === 0x64 && w[1] === 0xff9b && w[2] === 1) return 'private';
  if (w[0] === 0x100 && zeros(1, 4)) return 'reserved';
  if (w[0] === 0x2001 && w[1] === 0) return 'reserved'; // Teredo
  if (w[0] === 0x2001 && w[1] === 0xdb8) return 'documentation';
  // 2002::/16 (6to4): the IPv4 address in bits 16–48 decides.
  if (w[0] === 0x2002) return v4Reason(v4From(w[1]!, w[2]!));
  if ((w[0]! & 0xfe00) === 0xfc00) return 'private'; // unique local fc00::/7
  if ((w[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((w[0]! & 0xffc0) === 0xfec0) return 'private'; // site-local, deprecated
  if ((w[0]! & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/** Why an address may not be a webhook target ('loopback', 'private', ...), or null when it is public. */
export function forbiddenAddressReason(address: string): string | null {
  const v4 = parseV4(address);
  if (v4 !== null) return v4Reason(v4);
  const v6 = parseV6(address);
  if (v6 !== null) return v6Reason(v6);
  return 'unparseable';
}
