import type { Handlers } from '@agentvault/grpc';
import type { IdentityContract } from '@agentvault/contracts/identity';
import { validationError } from '@agentvault/errors';
import type { DirectoryCard } from '../domain/directory.js';
import { encodeCursor, type DirectoryService } from '../domain/directory-service.js';

/** proto ↔ domain for the directory's RPCs of the IdentityService. */

type DirectoryMethods =
  | 'SubmitAgentCard' | 'ListAgentCards' | 'GetAgentCard' | 'GetAgentCardByHri'
  | 'GetAgentCardByDid' | 'UpdateAgentCard'
  | 'DeactivateAgentCard' | 'ValidateAgentCard' | 'GetA2aAgentCard' | 'CountDeveloperAgents';

export function directoryCardMessage(c: DirectoryCard) {
  return {
    id: c.id,
    agent_did: c.agentDid,
    developer_id: c.developerId,
    developer_is_verified: c.developerIsVerified,
    name: c.name,
    description: c.description,
    is_active: c.isActive,
    card_json: JSON.stringify(c.card),
    human_readable_id: c.humanReadableId ?? '',
    tags: c.tags,
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
    sync_cursor: encodeCursor(c),
  };
}

function cardJson(value: string, field: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw validationError(`${field} is not valid JSON`, field);
  }
}

export function directoryHandlers(directory: DirectoryService): Pick<Handlers<IdentityContract>, DirectoryMethods> {
  return {
    SubmitAgentCard: async (req) => directoryCardMessage(await directory.submitCard(req.developer_id, req.agent_did, cardJson(req.card_json, 'card_data'))),
    ListAgentCards: async (req) => {
      const page = await directory.listCards({
        query: req.query,
        tags: req.tags,
        skills: req.skills,
        capabilities: req.capabilities,
        status: req.status,
        developerId: req.developer_id,
        sort: req.sort,
        limit: req.limit,
        offset: req.offset,
        updatedSince: req.updated_since,
        cursor: req.cursor,
      });
      return { items: page.items.map(directoryCardMessage), total: page.total, total_is_exact: page.totalIsExact, next_cursor: page.nextCursor ?? '' };
    },
    GetAgentCard: async (req) => directoryCardMessage(await directory.getCard(req.id)),
    GetAgentCardByHri: async (req) => directoryCardMessage(await directory.getCardByHri(req.human_readable_id)),
    GetAgentCardByDid: async (req) => directoryCardMessage(await directory.getCardByDid(req.did)),
    UpdateAgentCard: async (req) =>
      directoryCardMessage(
        await directory.updateCard(req.developer_id, req.id, {
          card: req.card_json ? cardJson(req.card_json, 'card_data') : undefined,
          isActive: req.set_active ? req.is_active : undefined,
        }),
      ),
    DeactivateAgentCard: async (req) => (await directory.deactivateCard(req.developer_id, req.id), {}),
    ValidateAgentCard: async (req) => {
      const result = directory.validateCard(cardJson(req.card_json, 'card_data'));
      return {
        is_valid: result.isValid,
        detail: result.errors.map((e) => `${e.field}: ${e.message}`).join('; '),
        validated_card_json: result.card ? JSON.stringify(result.card) : '',
        errors: result.errors,
      };
    },
    GetA2aAgentCard: async (req) => {
      const { card, kid } = await directory.a2aCard(req.did);
      return { card_json: JSON.stringify(card), kid };
    },
    CountDeveloperAgents: async (req) => ({ developer_id: req.developer_id, ...(await directory.countAgents(req.developer_id)) }),
  };
}
