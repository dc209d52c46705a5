import type { IdentityClient } from '@agentvault/contracts/identity';
import type { LedgerClient } from '@agentvault/contracts/ledger';
import type { LedgerHead } from './domain/card.js';
import type { AgentCardSyncData, AgentDirectory, DirectoryQuery, LedgerFacts } from './domain/ports.js';

function parseCard(text: string | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The directory is identity's: its SearchAgents, shaped as registries exchange agent cards. */
export function identityDirectory(identity: IdentityClient, sourceRegistry: () => string): AgentDirectory {
  return {
    async search(query: DirectoryQuery) {
      const page = await identity.call('SearchAgents', {
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
          source_registry: sourceRegistry(),
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
export function ledgerFacts(ledger: LedgerClient): LedgerFacts {
  return {
    async transferFee() {
      const fee = await ledger.call('GetFeeConfig', {});
      return fee.fee_active ? fee.transfer_fee_amount : '0';
    },
    async chainHead(): Promise<LedgerHead | null> {
      try {
        const head = await ledger.call('GetChainHead', {});
        return head.hash ? { seq: head.seq, hash: head.hash } : null;
      } catch {
        // The card is still served (without a head) while the ledger cannot answer.
        return null;
      }
    },
  };
}
