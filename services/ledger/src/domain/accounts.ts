import { DomainError } from '@agentvault/errors';
import type { Account, Posting } from './model.js';

/** System accounts of the ledger. Agents' accounts are keyed by their DID. */
export const SYSTEM_ACCOUNTS = {
  treasury: 'system:treasury',
  fees: 'system:fees',
  /** The source of minted tokens: the one account allowed to go negative (minus the supply). */
  issuance: 'system:issuance',
  stakingEscrow: 'system:escrow:staking',
  paymentsEscrow: 'system:escrow:payments',
  bridgeEscrow: 'system:escrow:bridge',
} as const;

/** The DID-style name under which the fee and treasury accounts are shown to clients. */
export const PUBLIC_ACCOUNT_NAMES: Record<string, string> = {
  [SYSTEM_ACCOUNTS.treasury]: 'did:agentvault:treasury',
  [SYSTEM_ACCOUNTS.fees]: 'did:agentvault:fees',
};

/** An agent's locked balance (stakes, unbonding) is its own sub-account. */
export const lockedAccountOf = (did: string) => `locked:${did}`;
const LOCKED_PREFIX = 'locked:';

/**
 * Where an anonymous fiat pledge's AVT waits until the developer who proves the pledge's email
 * claims it for one of their agents. A system account, so it counts in the audit like any other
 * (created by migration 0004).
 */
export const FIAT_PLEDGE_ACCOUNT = 'system:pledges:fiat';

export type AccountStatus = 'active' | 'suspended';

export function isAgentDid(value: string): boolean {
  return /^did:[a-z0-9]+:[A-Za-z0-9._:%-]{1,200}$/.test(value);
}

/**
 * The one rule for money coming in: an agent account that is not active receives nothing
 * (treasury funding, approved funding requests, transfers, minting, staking rewards alike)
 * until it is reinstated. LedgerService.record applies it to every movement's postings, so a
 * new kind of movement cannot forget it. Its outgoing movements are refused separately (403).
 * An agent's locked sub-account follows its agent: a reward staked again, or AVT unlocked back
 * to a suspended agent, is refused like any other credit to it.
 */
export function assertCreditsAllowed(postings: readonly Posting[], accounts: ReadonlyMap<string, Account>): void {
  for (const posting of postings) {
    if (posting.amount <= 0n || posting.accountId.startsWith('system:')) continue;
    const owner = posting.accountId.startsWith(LOCKED_PREFIX) ? posting.accountId.slice(LOCKED_PREFIX.length) : posting.accountId;
    const account = accounts.get(owner);
    // A programming error, not a client's: every movement locks the accounts it credits.
    if (!account) throw new Error(`movement credits ${posting.accountId} without having locked ${owner}`);
    if (account.status !== 'active') {
      throw new DomainError('conflict', `Receiving account ${account.id} is suspended; it can receive nothing until reinstated`, { code: 'ACCOUNT_SUSPENDED' });
    }
  }
}
