import type { Handlers } from '@agentvault/grpc';
import type { FederationContract } from '@agentvault/contracts/federation';
import { validationError } from '@agentvault/errors';
import type { BridgeSaga } from '../domain/bridge-ports.js';
import { statusOf } from '../domain/bridge-ports.js';
import type { CrossRegistryService } from '../domain/cross-registry-transfer.js';

/** proto ↔ domain for cross-registry transfers and the SF-3 bridge; no rules here. */

type BridgeHandlers = Pick<
  Handlers<FederationContract>,
  | 'StartCrossRegistryTransfer' | 'GetCrossRegistryTransfer' | 'ListCrossRegistryTransfers' | 'StartBridgeRedeem'
  | 'ReceiveBridgeMint' | 'ReceiveBridgeUnlock' | 'ReceiveBridgeCancel' | 'GetBridgeSupply' | 'GetBridgeConservation'
>;

export function sagaMessage(s: BridgeSaga, ownBaseUrl: string, replayed = false) {
  return {
    transfer_id: s.id,
    kind: s.kind,
    status: statusOf(s.state),
    state: s.state,
    sender_agent_id: s.agentDid,
    receiver_agent_id: s.counterpartyDid,
    source_registry: ownBaseUrl,
    target_registry: s.peerBaseUrl,
    target_registry_name: s.peerName,
    amount: s.amount,
    message: s.message ?? '',
    failure_reason: s.failureReason ?? '',
    steps: s.steps.map((step) => ({ step: step.step, at: step.at, detail: step.detail ?? '' })),
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
    replayed,
    purpose: s.purpose,
    payment_ref: s.paymentRef ?? '',
  };
}

const idem = (i: { scope: string; key: string; request_hash: string } | null | undefined) => (i && i.key ? { scope: i.scope, key: i.key, requestHash: i.request_hash } : undefined);

function body(text: string): Record<string, unknown> {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // refused below
  }
  throw validationError('the body must be a JSON object', 'body');
}

const json = (value: unknown) => ({ json: JSON.stringify(value) });

export function bridgeHandlers(bridge: CrossRegistryService, ownBaseUrl: () => string): BridgeHandlers {
  return {
    StartCrossRegistryTransfer: async (req) => {
      if (req.purpose && req.purpose !== 'transfer' && req.purpose !== 'payment') throw validationError('purpose must be transfer or payment', 'purpose');
      const { saga, replayed } = await bridge.startTransfer({
        senderDid: req.sender_did, receiverDid: req.receiver_did, receiverRegistry: req.receiver_registry, amount: req.amount,
        message: req.message || undefined, purpose: req.purpose === 'payment' ? 'payment' : 'transfer', paymentRef: req.payment_ref || undefined, holdId: req.hold_id || undefined, idempotency: idem(req.idempotency),
      });
      return sagaMessage(saga, ownBaseUrl(), replayed);
    },
    StartBridgeRedeem: async (req) => {
      const { saga, replayed } = await bridge.startRedeem({
        holderDid: req.holder_did, originRegistry: req.origin_registry, receiverDid: req.receiver_did, amount: req.amount, idempotency: idem(req.idempotency),
      });
      return sagaMessage(saga, ownBaseUrl(), replayed);
    },
    GetCrossRegistryTransfer: async (req) => sagaMessage(await bridge.get(req.transfer_id, req.agent_did), ownBaseUrl()),
    ListCrossRegistryTransfers: async (req) => {
      const page = await bridge.list(req.agent_did, Math.min(Math.max(req.limit || 50, 1), 100), Math.max(req.offset, 0));
      return { items: page.items.map((s) => sagaMessage(s, ownBaseUrl())), total: page.total };
    },
    ReceiveBridgeMint: async (req) => json(await bridge.receiveMint({ method: req.method, url: req.url, headers: req.headers, body: req.body }, body(req.body))),
    ReceiveBridgeUnlock: async (req) => json(await bridge.receiveUnlock({ method: req.method, url: req.url, headers: req.headers, body: req.body }, body(req.body))),
    ReceiveBridgeCancel: async (req) => json(await bridge.receiveCancel({ method: req.method, url: req.url, headers: req.headers, body: req.body }, body(req.body))),
    GetBridgeSupply: async (req) => json(await bridge.supply({ method: req.method, url: req.url, headers: req.headers, body: req.body })),
    GetBridgeConservation: async () => json(await bridge.conservation()),
  };
}
