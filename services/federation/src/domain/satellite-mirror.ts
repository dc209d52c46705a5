import { randomUUID } from 'node:crypto';
import type { LedgerEventPayloads } from '@agentvault/contracts/ledger-events';
import { sha256Hex } from './canonical.js';

/**
 * The ledger events of a forwarded call, announced on the satellite's own bus as well: the parent
 * publishes them on its bus, which this registry's consumers never see. Identity mirrors an
 * agent's suspension from them, the payments auditor watches transfers, and developers' webhooks
 * hear about their agents. Each event's id derives from what it reports, so the answer to a
 * retried call announces nothing new (the bus and every consumer drop a known id).
 */
export type MirroredEvent = {
  [T in keyof LedgerEventPayloads]: { id: string; type: T; subject: string; data: LedgerEventPayloads[T] };
}[keyof LedgerEventPayloads];

/** A uuid (v8 layout: custom) named by `text`. */
export function namedUuid(text: string): string {
  const h = sha256Hex(text);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function mirroredEvents(method: string, request: Record<string, unknown>, answer: unknown): MirroredEvent[] {
  const a = (answer ?? {}) as Record<string, unknown>;
  if (method === 'SetAgentSuspended') {
    const did = str(a.agent_did) || str(request.did);
    const suspended = str(a.status) === 'suspended';
    const data = { agent_did: did, reason: str(request.reason) || null };
    // A repeat of the same decision is announced again (the status mirror is idempotent).
    const id = randomUUID();
    return [suspended ? { id, type: 'agent.suspended', subject: did, data } : { id, type: 'agent.reinstated', subject: did, data }];
  }
  if (method === 'Transfer') {
    const t = (a.transaction ?? {}) as Record<string, unknown>;
    const tid = str(t.transaction_id);
    if (!tid) return [];
    return [
      {
        id: namedUuid(`transaction.completed:${tid}`),
        type: 'transaction.completed',
        subject: str(t.sender_agent_id),
        data: {
          transaction_id: tid,
          sender_agent_id: str(t.sender_agent_id),
          receiver_agent_id: str(t.receiver_agent_id),
          amount: str(t.amount),
          fee_amount: str(t.fee_amount),
          message: str(t.message) || null,
        },
      },
    ];
  }
  return [];
}
