import type { ColumnType } from 'kysely';
import type { Generated, Numeric, Timestamp } from '@agentvault/db';
import type { SagaKind, SagaState, SagaStep } from '../domain/bridge-ports.js';

/** Cross-registry sagas (migrations/bridge.ts). */
export interface BridgeSagasTable {
  id: string;
  kind: SagaKind;
  agent_did: string;
  counterparty_did: string;
  peer_id: number;
  peer_base_url: string;
  peer_name: string;
  amount: Numeric;
  message: string | null;
  purpose: 'transfer' | 'payment';
  payment_ref: string | null;
  hold_id: string | null;
  state: Generated<SagaState>;
  failure_reason: string | null;
  uncertain: Generated<boolean>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  deadline_at: Timestamp;
  steps: ColumnType<SagaStep[], string | undefined, string>;
  idempotency_scope: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}
