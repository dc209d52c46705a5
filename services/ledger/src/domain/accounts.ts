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

export type SystemAccount = (typeof SYSTEM_ACCOUNTS)[keyof typeof SYSTEM_ACCOUNTS];

/** The DID-style name under which the fee and treasury accounts are shown to clients. */
export const PUBLIC_ACCOUNT_NAMES: Record<string, string> = {
  [SYSTEM_ACCOUNTS.treasury]: 'did:agentvault:treasury',
  [SYSTEM_ACCOUNTS.fees]: 'did:agentvault:fees',
};

export type AccountStatus = 'active' | 'suspended';

export function isAgentDid(value: string): boolean {
  return /^did:[a-z0-9]+:[A-Za-z0-9._:%-]{1,200}$/.test(value);
}

/**
 * Where an anonymous fiat pledge's AVT waits until the developer who proves the pledge's email
 * claims it for one of their agents. A system account, so it counts in the audit like any other.
 */
export const FIAT_PLEDGE_ACCOUNT = 'system:pledges:fiat';
