import type { ServiceClient } from '@agentvault/grpc';
import type { LedgerHead } from './domain/card.js';
import type { AgentCardSyncData, AgentDirectory, DirectoryQuery, LedgerFacts } from './domain/ports.js';

interface AgentMessage {
  id: string;
  did: string;
  status: string;
  creator_developer_id: string;
  created_at: string;
  last_active_at: string;
  agent_card?: { id: string; name: string; description: string; card_json: string } | null;
}

function parseCard(text: string | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The directory is identity's: its SearchAgents, shaped as registries exchange agent cards. */
export function identityDirectory(identity: ServiceClient, sourceRegistry: string): AgentDirectory {
  return {
    async search(query: DirectoryQuery) {
      const page = await identity.call<{ items: AgentMessage[]; total: number }>('SearchAgents', {
        search: query.search ?? '',
        active_only: query.activeOnly,
        limit: query.limit,
        offset: query.offset,
      });
      let items: AgentCardSyncData[] = page.items.map((a) => {
        const card = parseCard(a.agent_card?.card_json);
        return {
          id: a.agent_card?.id || a.did,
          developer_id: a.creator_developer_id,
          developer_name: '',
          developer_verified: false,
          card_data: { ...card, did: a.did },
          name: a.agent_card?.name ?? a.did,
          description: a.agent_card?.description || null,
          is_active: a.status === 'active',
          created_at: a.created_at,
          updated_at: a.last_active_at || a.created_at,
          source_registry: sourceRegistry,
        };
      });
      if (query.tags && query.tags.length > 0) {
        const wanted = query.tags.map((t) => t.toLowerCase());
        items = items.filter((i) => {
          const tags = Array.isArray(i.card_data.tags) ? (i.card_data.tags as unknown[]).map((t) => String(t).toLowerCase()) : [];
          return wanted.every((t) => tags.includes(t));
        });
      }
      if (query.updatedSince) items = items.filter((i) => new Date(i.updated_at) > query.updatedSince!);
      return { items, total: page.total };
    },
  };
}

/** The ledger's fee and the head of its hash chain (none before the chain exists). */
export function ledgerFacts(ledger: ServiceClient): LedgerFacts {
  return {
    async transferFee() {
      const fee = await ledger.call<{ fee_active: boolean; transfer_fee_amount: string }>('GetFeeConfig', {});
      return fee.fee_active ? fee.transfer_fee_amount : '0';
    },
    async chainHead(): Promise<LedgerHead | null> {
      try {
        const head = await ledger.call<{ seq: string; hash: string }>('GetChainHead', {});
        return head.hash ? { seq: head.seq, hash: head.hash } : null;
      } catch {
        return null;
      }
    },
  };
}
