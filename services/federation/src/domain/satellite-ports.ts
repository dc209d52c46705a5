/** What the satellite ↔ parent link needs from storage and from the parent's ledger. */

/** Parent side: the satellite each agent was onboarded through. */
export interface SatelliteAgents {
  /** The peer id of the satellite the agent came through; null for the parent's own (or unknown) agents. */
  originOf(did: string): Promise<number | null>;
  /** Records the agent as this satellite's unless another claimed it first; true when it is this satellite's. */
  claim(did: string, peerId: number, developerId: string): Promise<boolean>;
}

/** Satellite side: where the world reaches this registry (learned from the gateway when not configured). */
export interface SatelliteSelf {
  publicBaseUrl(): Promise<string | null>;
  remember(url: string): Promise<void>;
}

/** The parent's own ledger, called with a method name and its request as JSON. */
export interface LedgerCaller {
  call(method: string, request: Record<string, unknown>): Promise<unknown>;
}
