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

export type AccountStatus = 'active' | 'suspended';

export function isAgentDid(value: string): boolean {
  return /^did:[a-z0-9]+:[A-Za-z0-9._:%-]{1,200}$/.test(value);
}
