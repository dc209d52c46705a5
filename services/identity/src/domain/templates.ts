/** ACF § Templates: team and service configurations to start from. */

export interface TeamTemplate {
  name: string;
  agents: number;
  qualityGates: Array<{ type: string; threshold: number }>;
  description: string;
  routing: 'none' | 'keyword' | 'skill';
}

export interface ServiceTemplate {
  name: string;
  category: string;
  /** USD, a decimal string. */
  pricePerCall: string;
  freeTierCalls: number;
  description: string;
}

export const TEAM_TEMPLATES: readonly TeamTemplate[] = [
  { name: 'solo', agents: 1, qualityGates: [{ type: 'quality_score', threshold: 7 }], description: 'One agent, for a single developer', routing: 'none' },
  {
    name: 'small_team',
    agents: 4,
    qualityGates: [{ type: 'quality_score', threshold: 8 }, { type: 'quality_score', threshold: 8.5 }],
    description: 'A few agents working together, tasks routed by keyword',
    routing: 'keyword',
  },
  {
    name: 'enterprise',
    agents: 6,
    qualityGates: [{ type: 'quality_score', threshold: 8.5 }, { type: 'quality_score', threshold: 9 }, { type: 'quality_score', threshold: 9 }],
    description: 'Production use: tasks routed by skill, stricter gates',
    routing: 'skill',
  },
];

export const SERVICE_TEMPLATES: readonly ServiceTemplate[] = [
  { name: 'ai_api', category: 'ai', pricePerCall: '0.05', freeTierCalls: 100, description: 'A model or agent behind a metered API' },
  { name: 'data_pipeline', category: 'data', pricePerCall: '0.10', freeTierCalls: 50, description: 'Batch or streaming data processing' },
  { name: 'content_api', category: 'content', pricePerCall: '0.02', freeTierCalls: 200, description: 'Generated or curated content by the call' },
];

export function teamTemplate(name: string): TeamTemplate | undefined {
  return TEAM_TEMPLATES.find((t) => t.name === name);
}
