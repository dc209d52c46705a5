import { env, z } from '@agentvault/config';
import type { FaultPoint } from './domain/cross-registry-transfer.js';

const FAULT_POINTS: readonly FaultPoint[] = ['bridge.after_create', 'bridge.after_lock', 'bridge.after_mint', 'bridge.before_refund', 'bridge.peer_after_mint', 'bridge.peer_after_unlock'];

/** The SF-3 bridge's settings (merged into the federation service's). */
export const bridgeConfigShape = {
  /** Registries (names or base URLs, comma-separated) that may take part in payments; empty: every approved peer. */
  TRUSTED_REGISTRIES: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
  /** First retry delay of a peer call that got no answer (doubling up to 30 s); also the resume worker's poll. */
  BRIDGE_RETRY_MS: env.int(1000, 10),
  /** A transfer the peer has not taken by then is cancelled and compensated. */
  BRIDGE_TRANSFER_TIMEOUT_MS: env.int(600_000, 100),
  /** The deadline of one call to a peer. */
  BRIDGE_PEER_TIMEOUT_MS: env.int(5000, 10),
  /**
   * Test only: the registry kills itself (SIGKILL) when a saga reaches one of these points
   * (comma-separated, e.g. bridge.after_lock), so tests can prove the saga resumes. Refused in production.
   */
  FAULT_CRASH_AT: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const points = v.split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = points.filter((p) => !(FAULT_POINTS as readonly string[]).includes(p));
      if (unknown.length > 0) {
        ctx.addIssue({ code: 'custom', message: `unknown fault point ${unknown.join(', ')}; known: ${FAULT_POINTS.join(', ')}` });
        return z.NEVER;
      }
      return points as FaultPoint[];
    }),
};
