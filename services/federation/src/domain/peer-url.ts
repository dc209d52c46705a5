import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { DomainError, validationError } from '@agentvault/errors';

export type Resolver = (hostname: string) => Promise<string[]>;

/** A peer base URL: http(s), a host, no credentials, query or fragment; normalised without a trailing slash. */
export function parsePeerUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw validationError('base_url is not a valid URL', 'base_url');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw validationError('base_url must be an http or https URL', 'base_url');
  if (url.username || url.password) throw validationError('base_url must not carry credentials', 'base_url');
  if (url.search || url.hash) throw validationError('base_url must not carry a query or fragment', 'base_url');
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

export function normalisedBaseUrl(url: URL): string {
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Why an address may not be a peer, or null for a public unicast address (ipaddr.js classifies it). */
export function nonPublicReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'unparseable';
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  const range = parsed.range();
  return range === 'unicast' ? null : range;
}

/**
 * Refuses a peer URL whose host is, or resolves to, a loopback, private, link-local or otherwise
 * non-public address, unless private peers are allowed (local development and tests).
 */
export async function assertPeerReachable(url: URL, resolve: Resolver, allowPrivate: boolean): Promise<void> {
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw validationError(`${host} could not be resolved`, 'base_url');
    }
  }
  for (const address of addresses) {
    const reason = nonPublicReason(address);
    if (reason) {
      throw new DomainError('validation_error', `${host === address ? address : `${host} resolves to ${address}, which`} is a ${reason} address; peers must be public registries`, {
        code: 'PEER_URL_NOT_PUBLIC',
        field: 'base_url',
      });
    }
  }
}
