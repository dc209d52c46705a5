import type { OrganizationRole } from '@agentvault/contracts/identity-events';

export type { OrganizationRole };
export const ORGANIZATION_ROLES: readonly OrganizationRole[] = ['owner', 'admin', 'member'];
export type TeamStatus = 'active' | 'archived';
export type TeamMemberRole = 'leader' | 'worker' | 'reviewer' | 'router';
export const TEAM_MEMBER_ROLES: readonly TeamMemberRole[] = ['leader', 'worker', 'reviewer', 'router'];

export interface OrganizationQuotas {
  maxAgents: number;
  maxApiKeys: number;
  requestsPerMinute: number;
}

export interface Organization {
  id: string;
  name: string;
  description: string;
  ownerDeveloperId: string;
  quotas: OrganizationQuotas;
  createdAt: Date;
  updatedAt: Date;
}

/** An organization with its counts, as one member sees it. */
export interface OrganizationView extends Organization {
  memberCount: number;
  activeAgentCount: number;
  activeApiKeyCount: number;
  myRole: OrganizationRole;
}

export interface OrganizationMember {
  organizationId: string;
  developerId: string;
  email: string;
  name: string;
  role: OrganizationRole;
  addedAt: Date;
}

export interface OrganizationAgent {
  organizationId: string;
  agentDid: string;
  developerId: string;
  status: string;
  addedAt: Date;
}

export interface EmailVerificationToken {
  tokenHash: string;
  developerId: string;
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface TeamMember {
  id: string;
  teamId: string;
  agentDid: string;
  role: TeamMemberRole;
  skills: string[];
  joinedAt: Date;
}

export interface RoutingRule {
  id: string;
  teamId: string;
  name: string;
  keywords: string[];
  targetAgentDid: string;
  priority: number;
  enabled: boolean;
  createdAt: Date;
}

export interface QualityGate {
  id: string;
  teamId: string;
  gateType: string;
  threshold: number;
  gateOrder: number;
  config: Record<string, unknown>;
  enabled: boolean;
  createdAt: Date;
}

export interface Team {
  id: string;
  name: string;
  description: string;
  ownerDeveloperId: string;
  organizationId: string | null;
  config: Record<string, unknown>;
  status: TeamStatus;
  createdAt: Date;
  updatedAt: Date;
}

export interface TeamDetail extends Team {
  members: TeamMember[];
  routingRules: RoutingRule[];
  qualityGates: QualityGate[];
}

/** What a bundle saves: enough to put an organization's agents' cards and its teams back. */
export interface BundleContent {
  format: 'agentvault.bundle/v1';
  agents: Array<{ did: string; cardId: string; card: unknown; isActive: boolean; a2aValidated: boolean }>;
  teams: Array<{
    id: string;
    name: string;
    description: string;
    config: Record<string, unknown>;
    status: TeamStatus;
    ownerDeveloperId: string;
    members: Array<{ agentDid: string; role: TeamMemberRole; skills: string[] }>;
    routingRules: Array<{ name: string; keywords: string[]; targetAgentDid: string; priority: number; enabled: boolean }>;
    qualityGates: Array<{ gateType: string; threshold: number; gateOrder: number; config: Record<string, unknown>; enabled: boolean }>;
  }>;
}

export interface Bundle {
  id: string;
  organizationId: string;
  version: number;
  name: string;
  description: string;
  createdBy: string;
  createdAt: Date;
  content: BundleContent;
}

export interface BundleRestoreSummary {
  id: string;
  bundleId: string;
  organizationId: string;
  version: number;
  restoredAgents: string[];
  skippedAgents: string[];
  restoredTeams: string[];
  restoredAt: string;
}
