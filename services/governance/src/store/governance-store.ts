import { sql, type Kysely, type Updateable } from 'kysely';
import { appendToOutbox, createOutboxUnitOfWork } from '@agentvault/events';
import type { Database } from '@agentvault/db';
import { amountFromDb, amountToDb } from '@agentvault/ledger/amount';
import type { PeerTally, Policy, Proposal } from '../domain/model.js';
import type { GovernanceRepositories, GovernanceUnitOfWork } from '../domain/ports.js';
import type { GovernanceDatabase, PeerTallyRow, PoliciesTable, PolicyRow, ProposalRow } from './schema.js';

const date = (v: Date | string | null) => (v === null ? null : new Date(v));
// jsonb comes back parsed from pg, as text from some drivers.
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const toProposal = (r: ProposalRow): Proposal => ({
  id: r.id, proposerDid: r.proposer_did, title: r.title, description: r.description, type: r.type, parameters: json(r.parameters) ?? {}, status: r.status,
  createdAt: new Date(r.created_at), votingEndsAt: new Date(r.voting_ends_at), snapshotTotalPower: amountFromDb(r.snapshot_total_power),
  votesFor: amountFromDb(r.votes_for), votesAgainst: amountFromDb(r.votes_against), votesAbstain: amountFromDb(r.votes_abstain), totalVoters: r.total_voters,
  talliedAt: date(r.tallied_at), executionStatus: r.execution_status, executionResult: r.execution_result ?? null, executedAt: date(r.executed_at),
  scope: r.scope, originRegistry: r.origin_registry ?? null, originProposalId: r.origin_proposal_id ?? null, participants: json(r.participants) ?? [],
  federationResult: r.federation_result ? json(r.federation_result) : null,
});
const toPeerTally = (r: PeerTallyRow): PeerTally => ({
  proposalId: r.proposal_id, registry: r.registry, votesFor: amountFromDb(r.votes_for), votesAgainst: amountFromDb(r.votes_against), votesAbstain: amountFromDb(r.votes_abstain),
  totalVoters: r.total_voters, snapshotTotalPower: amountFromDb(r.snapshot_total_power), talliedAt: new Date(r.tallied_at), signedTally: r.signed_tally, kid: r.kid,
  receivedAt: new Date(r.received_at),
});
const toPolicy = (r: PolicyRow): Policy => ({
  id: r.id, code: r.code, name: r.name, type: r.type, version: r.version, description: r.description ?? null, parameters: json(r.parameters) ?? null,
  circuitIdentifier: r.circuit_identifier ?? null, enforcementLevel: r.enforcement_level ?? null, rewardAmount: r.reward_amount ?? null,
  rulesDocumentUrl: r.rules_document_url ?? null, isActive: r.is_active, createdAt: new Date(r.created_at), updatedAt: new Date(r.updated_at),
});

const COLUMN = { for: 'votes_for', against: 'votes_against', abstain: 'votes_abstain' } as const;

export function governanceRepositories(db: Kysely<GovernanceDatabase>, onOutboxAppend: () => void = () => {}): GovernanceRepositories {
  return {
    proposals: {
      async insert(p) {
        await db.insertInto('proposals').values({
          id: p.id, proposer_did: p.proposerDid, title: p.title, description: p.description, type: p.type, parameters: JSON.stringify(p.parameters), status: p.status,
          created_at: p.createdAt, voting_ends_at: p.votingEndsAt, snapshot_total_power: amountToDb(p.snapshotTotalPower), execution_status: p.executionStatus,
          scope: p.scope, origin_registry: p.originRegistry, origin_proposal_id: p.originProposalId, participants: JSON.stringify(p.participants),
        }).execute();
      },
      async get(id) {
        const r = await db.selectFrom('proposals').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? toProposal(r) : null;
      },
      async lock(id) {
        const r = await db.selectFrom('proposals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
        return r ? toProposal(r) : null;
      },
      async list(status, limit, offset) {
        let q = db.selectFrom('proposals');
        if (status) q = q.where('status', '=', status);
        const [rows, count] = await Promise.all([
          q.selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).offset(offset).execute(),
          q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
        ]);
        return { items: rows.map(toProposal), total: Number(count.n) };
      },
      async addVote(id, choice, power) {
        const column = COLUMN[choice];
        await db.updateTable('proposals')
          .set({ [column]: sql`${sql.ref(column)} + ${amountToDb(power)}::numeric`, total_voters: sql`total_voters + 1` })
          .where('id', '=', id).execute();
      },
      async decide(id, status, at, executionStatus) {
        await db.updateTable('proposals').set({ status, tallied_at: at, execution_status: executionStatus }).where('id', '=', id).where('status', '=', 'open').execute();
      },
      async setExecution(id, status, result, at) {
        await db.updateTable('proposals').set({ execution_status: status, execution_result: result, executed_at: at }).where('id', '=', id).where('execution_status', '=', 'pending').execute();
      },
      async awaitingExecution(limit) {
        return (await db.selectFrom('proposals').selectAll().where('execution_status', '=', 'pending').orderBy('tallied_at').limit(limit).execute()).map(toProposal);
      },
      async byOrigin(originRegistry, originProposalId) {
        const r = await db.selectFrom('proposals').selectAll().where('origin_registry', '=', originRegistry).where('origin_proposal_id', '=', originProposalId).executeTakeFirst();
        return r ? toProposal(r) : null;
      },
      async setParticipants(id, participants) {
        await db.updateTable('proposals').set({ participants: JSON.stringify(participants) }).where('id', '=', id).execute();
      },
      async setCombined(id, totals, result) {
        await db.updateTable('proposals').set({
          votes_for: amountToDb(totals.for), votes_against: amountToDb(totals.against), votes_abstain: amountToDb(totals.abstain), total_voters: totals.voters,
          snapshot_total_power: amountToDb(totals.snapshotTotal), federation_result: JSON.stringify(result),
        }).where('id', '=', id).execute();
      },
    },
    peerTallies: {
      async insert(t) {
        const r = await db.insertInto('peer_tallies').values({
          proposal_id: t.proposalId, registry: t.registry, votes_for: amountToDb(t.votesFor), votes_against: amountToDb(t.votesAgainst), votes_abstain: amountToDb(t.votesAbstain),
          total_voters: t.totalVoters, snapshot_total_power: amountToDb(t.snapshotTotalPower), tallied_at: t.talliedAt, signed_tally: t.signedTally, kid: t.kid,
        }).onConflict((oc) => oc.columns(['proposal_id', 'registry']).doNothing()).returning('registry').executeTakeFirst();
        return !!r;
      },
      async list(proposalId) {
        return (await db.selectFrom('peer_tallies').selectAll().where('proposal_id', '=', proposalId).orderBy('registry').execute()).map(toPeerTally);
      },
    },
    votes: {
      async insert(v) {
        const r = await db.insertInto('votes').values({
          id: v.id, proposal_id: v.proposalId, voter_did: v.voterDid, choice: v.choice, power: amountToDb(v.power), reason: v.reason, created_at: v.createdAt,
        }).onConflict((oc) => oc.columns(['proposal_id', 'voter_did']).doNothing()).returning('id').executeTakeFirst();
        return !!r;
      },
      async totals(proposalId) {
        const r = await db.selectFrom('votes').where('proposal_id', '=', proposalId).select([
          sql<string>`coalesce(sum(power) filter (where choice = 'for'), 0)`.as('f'),
          sql<string>`coalesce(sum(power) filter (where choice = 'against'), 0)`.as('a'),
          sql<string>`coalesce(sum(power) filter (where choice = 'abstain'), 0)`.as('x'),
          sql<string>`count(*)`.as('n'),
        ]).executeTakeFirstOrThrow();
        return { for: amountFromDb(r.f), against: amountFromDb(r.a), abstain: amountFromDb(r.x), voters: Number(r.n) };
      },
    },
    policies: {
      async insert(p) {
        await db.insertInto('policies').values({
          id: p.id, code: p.code, name: p.name, type: p.type, version: p.version, description: p.description, parameters: p.parameters ? JSON.stringify(p.parameters) : null,
          circuit_identifier: p.circuitIdentifier, enforcement_level: p.enforcementLevel, reward_amount: p.rewardAmount, rules_document_url: p.rulesDocumentUrl,
          is_active: p.isActive, created_at: p.createdAt, updated_at: p.updatedAt,
        }).execute();
      },
      async get(id) {
        const r = await db.selectFrom('policies').selectAll().where('id', '=', id).executeTakeFirst();
        return r ? toPolicy(r) : null;
      },
      async byCode(code) {
        const r = await db.selectFrom('policies').selectAll().where('code', '=', code).executeTakeFirst();
        return r ? toPolicy(r) : null;
      },
      async update(id, patch) {
        const set: Updateable<PoliciesTable> = { updated_at: new Date() };
        if (patch.name !== undefined) set.name = patch.name;
        if (patch.description !== undefined) set.description = patch.description;
        if (patch.parameters !== undefined) set.parameters = patch.parameters === null ? null : JSON.stringify(patch.parameters);
        if (patch.enforcementLevel !== undefined) set.enforcement_level = patch.enforcementLevel;
        if (patch.rewardAmount !== undefined) set.reward_amount = patch.rewardAmount;
        if (patch.isActive !== undefined) set.is_active = patch.isActive;
        const r = await db.updateTable('policies').set(set).set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', id).returningAll().executeTakeFirst();
        return r ? toPolicy(r) : null;
      },
      async delete(id) {
        const r = await db.deleteFrom('policies').where('id', '=', id).executeTakeFirst();
        return Number(r.numDeletedRows) > 0;
      },
      async list(activeOnly, type) {
        let q = db.selectFrom('policies').selectAll();
        if (activeOnly) q = q.where('is_active', '=', true);
        if (type) q = q.where('type', '=', type);
        return (await q.orderBy('created_at').orderBy('id').execute()).map(toPolicy);
      },
    },
    outbox: {
      async emit(event) {
        await appendToOutbox(db, 'governance', event);
        onOutboxAppend();
      },
    },
  };
}

export function createUnitOfWork(database: Database<GovernanceDatabase>, onOutboxCommit: () => void = () => {}): GovernanceUnitOfWork {
  return createOutboxUnitOfWork(database, governanceRepositories, onOutboxCommit);
}
