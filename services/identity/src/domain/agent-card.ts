import { validationError } from '@agentvault/errors';

export interface AgentCardSummary {
  name: string;
  description: string;
}

/**
 * The rules an agent card must meet to be registered. The gateway checks the shape; these are
 * the invariants that hold no matter who calls.
 */
export function summarizeAgentCard(card: unknown): AgentCardSummary {
  if (typeof card !== 'object' || card === null || Array.isArray(card)) {
    throw validationError('agent_card must be a JSON object', 'agent_card');
  }
  const { name, description } = card as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim().length === 0) {
    throw validationError('agent_card.name is required', 'agent_card.name');
  }
  if (name.trim().length > 200) throw validationError('agent_card.name must be at most 200 characters', 'agent_card.name');
  if (description !== undefined && typeof description !== 'string') {
    throw validationError('agent_card.description must be a string', 'agent_card.description');
  }
  return { name: name.trim(), description: (description as string | undefined) ?? '' };
}
