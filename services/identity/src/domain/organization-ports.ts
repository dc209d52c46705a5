import type { IdentityRepositories } from './ports.js';
import type { ApiKey } from './model.js';
import type {
  Bundle, BundleRestoreSummary, EmailVerificationToken, Organization, OrganizationAgent, OrganizationMember, OrganizationQuotas, OrganizationRole,
  QualityGate, RoutingRule, Team, TeamMember, TeamMemberRole,
} from './organization-model.js';

/** Persistence for email verification, organizations and teams; store/organization-store.ts implements it. */
export interface OrganizationRepositories {
  emailTokens: {
    insert(input: { tokenHash: string; developerId: string; email: string; expiresAt: Date }): Promise<void>;
    /** Locks the token row until the transaction ends. */
    lockByHash(tokenHash: string): Promise<EmailVerificationToken | null>;
    markUsed(tokenHash: string): Promise<void>;
    markVerified(developerId: string): Promise<void>;
  };
  organizations: {
    insert(input: { id: string; name: string; description: string; ownerDeveloperId: string; quotas: OrganizationQuotas }): Promise<Organization>;
    byId(id: string): Promise<Organization | null>;
    /** Locks the organization row, so quota checks of concurrent requests run one after the other. */
    lockById(id: string): Promise<Organization | null>;
    update(id: string, change: { name?: string; description?: string; quotas?: OrganizationQuotas }): Promise<Organization>;
    listForDeveloper(developerId: string): Promise<Array<{ organization: Organization; role: OrganizationRole }>>;
    counts(id: string): Promise<{ members: number; activeAgents: number; activeApiKeys: number }>;
  };
  organizationMembers: {
    insert(organizationId: string, developerId: string, role: OrganizationRole): Promise<boolean>;
    get(organizationId: string, developerId: string): Promise<OrganizationMember | null>;
    list(organizationId: string): Promise<OrganizationMember[]>;
    setRole(organizationId: string, developerId: string, role: OrganizationRole): Promise<OrganizationMember>;
    remove(organizationId: string, developerId: string): Promise<void>;
    countOwners(organizationId: string): Promise<number>;
  };
  organizationAgents: {
    /** False when the agent already belongs to an organization. */
    insert(organizationId: string, agentDid: string): Promise<boolean>;
    get(agentDid: string): Promise<OrganizationAgent | null>;
    list(organizationId: string): Promise<OrganizationAgent[]>;
    remove(organizationId: string, agentDid: string): Promise<boolean>;
  };
  organizationApiKeys: {
    link(organizationId: string, apiKeyId: string): Promise<void>;
    listActive(organizationId: string): Promise<ApiKey[]>;
    /** Revokes the member's active keys of this organization; returns them. */
    revokeForMember(organizationId: string, developerId: string): Promise<ApiKey[]>;
    /** The organization an active key (by its hash) belongs to, with its per-minute request quota. */
    quotaOfKey(keyHash: string): Promise<{ organizationId: string; requestsPerMinute: number } | null>;
  };
  /** The ledger's reputation of agents, as identity mirrors it; agents never rated are absent. */
  reputations: {
    of(agentDids: string[]): Promise<Map<string, AgentReputation>>;
  };
  teams: {
    insert(input: { id: string; name: string; description: string; ownerDeveloperId: string; organizationId: string | null; config: Record<string, unknown> }): Promise<Team>;
    byId(id: string): Promise<Team | null>;
    lockById(id: string): Promise<Team | null>;
    listForDeveloper(developerId: string, limit: number): Promise<Team[]>;
    update(id: string, change: { name?: string; description?: string; config?: Record<string, unknown>; status?: Team['status'] }): Promise<Team>;
    members(teamId: string): Promise<TeamMember[]>;
    addMember(input: { id: string; teamId: string; agentDid: string; role: TeamMemberRole; skills: string[] }): Promise<TeamMember | null>;
    removeMember(teamId: string, agentDid: string): Promise<boolean>;
    rules(teamId: string): Promise<RoutingRule[]>;
    addRule(input: { id: string; teamId: string; name: string; keywords: string[]; targetAgentDid: string; priority: number }): Promise<RoutingRule>;
    removeRule(teamId: string, id: string): Promise<boolean>;
    gates(teamId: string): Promise<QualityGate[]>;
    addGate(input: { id: string; teamId: string; gateType: string; threshold: number; gateOrder: number; config: Record<string, unknown> }): Promise<QualityGate>;
    removeGate(teamId: string, id: string): Promise<boolean>;
    /** Deletes the team's members, rules and gates (a bundle restore writes them anew). */
    clear(teamId: string): Promise<void>;
    listForOrganization(organizationId: string): Promise<Team[]>;
  };
  bundles: {
    /** The next version of the organization's bundles (call with the organization locked). */
    nextVersion(organizationId: string): Promise<number>;
    insert(bundle: Bundle): Promise<Bundle>;
    byId(id: string): Promise<Bundle | null>;
    list(organizationId: string): Promise<Bundle[]>;
    restoreByKey(scope: string, key: string): Promise<{ requestHash: string; summary: BundleRestoreSummary } | null>;
    /** False when another restore took the key first. */
    recordRestore(input: { scope: string; key: string; requestHash: string; restoredBy: string; summary: BundleRestoreSummary }): Promise<boolean>;
  };
}

export type DirectoryRepositories = IdentityRepositories & OrganizationRepositories;

export interface DirectoryUnitOfWork {
  run<T>(work: (repos: DirectoryRepositories) => Promise<T>): Promise<T>;
  readonly read: DirectoryRepositories;
}

/** Sends mail; the SMTP adapter lives outside the domain. */
export interface Mailer {
  /** False when mail is switched off (no SMTP_URL): nothing was sent. */
  readonly enabled: boolean;
  send(message: { to: string; subject: string; text: string; html: string }): Promise<void>;
}

export interface AgentReputation {
  score: number;
  positiveSignals: number;
  negativeSignals: number;
}
