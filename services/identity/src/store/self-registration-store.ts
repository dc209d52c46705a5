import { sql, type Kysely, type Selectable } from 'kysely';
import { appendToOutbox, createOutboxUnitOfWork } from '@agentvault/events';
import type { Database, Timestamp } from '@agentvault/db';
import { selfAgentCard, type SelfAgent, type SelfRegistrationRepositories, type SelfRegistrationUnitOfWork } from '../domain/self-registration.js';
import { writeSelfAgentCard } from './agent-card-store.js';
import type { IdentityDatabase, SelfAgentsTable } from './schema.js';

/** The tables of migrations/self-registration.ts (self_agents is in schema.ts: the directory's cards join it). */
export type { SelfAgentsTable };

export interface SignedMessagesTable {
  digest: string;
  expires_at: Timestamp;
}

export interface SelfRegistrationDatabase extends IdentityDatabase {
  signed_messages: SignedMessagesTable;
}

function toSelfAgent(row: Selectable<SelfAgentsTable>): SelfAgent {
  return {
    id: row.id,
    did: row.did,
    keyType: row.key_type,
    publicKey: row.public_key,
    chainId: row.chain_id,
    address: row.address,
    profile: { name: row.name, description: row.description, avatar: row.avatar, website: row.website, capabilities: row.capabilities, tags: row.tags },
    status: row.status,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

const textArray = (values: string[]) => sql<string[]>`${sql.val(values)}::text[]`;

export function selfRegistrationRepositories(db: Kysely<SelfRegistrationDatabase>, onOutboxAppend: () => void = () => {}): SelfRegistrationRepositories {
  // The same connection (and transaction); the card store is typed with the identity tables alone.
  const cards = db as unknown as Kysely<IdentityDatabase>;
  return {
    selfAgents: {
      async insert(agent) {
        const row = await db
          .insertInto('self_agents')
          .values({
            did: agent.did,
            id: agent.id,
            key_type: agent.keyType,
            public_key: agent.publicKey,
            chain_id: agent.chainId,
            address: agent.address,
            name: agent.profile.name,
            description: agent.profile.description,
            avatar: agent.profile.avatar,
            website: agent.profile.website,
            capabilities: textArray(agent.profile.capabilities),
            tags: textArray(agent.profile.tags),
          })
          // A did:pkh is its key's address, so the DID repeats exactly when the key does.
          .onConflict((oc) => oc.doNothing())
          .returningAll()
          .executeTakeFirst();
        if (!row) return null;
        const saved = toSelfAgent(row);
        await writeSelfAgentCard(cards, saved.did, selfAgentCard(saved), true);
        return saved;
      },
      async byDid(did) {
        const row = await db.selectFrom('self_agents').selectAll().where('did', '=', did).executeTakeFirst();
        return row ? toSelfAgent(row) : null;
      },
      async lockByDid(did) {
        const row = await db.selectFrom('self_agents').selectAll().where('did', '=', did).forUpdate().executeTakeFirst();
        return row ? toSelfAgent(row) : null;
      },
      async update(did, change) {
        const p = change.profile;
        const row = await db
          .updateTable('self_agents')
          .set({
            ...(p
              ? { name: p.name, description: p.description, avatar: p.avatar, website: p.website, capabilities: textArray(p.capabilities), tags: textArray(p.tags) }
              : {}),
            ...(change.status ? { status: change.status } : {}),
            updated_at: sql`now()`,
          })
          .where('did', '=', did)
          .returningAll()
          .executeTakeFirstOrThrow();
        const saved = toSelfAgent(row);
        await writeSelfAgentCard(cards, saved.did, selfAgentCard(saved), saved.status === 'active');
        return saved;
      },
    },
    signedMessages: {
      async claim(digest, expiresAt) {
        // Expired digests can go: their timestamps are refused as stale anyway.
        await db.deleteFrom('signed_messages').where('expires_at', '<', sql<Date>`now()`).execute();
        const row = await db
          .insertInto('signed_messages')
          .values({ digest, expires_at: expiresAt })
          .onConflict((oc) => oc.column('digest').doNothing())
          .returning('digest')
          .executeTakeFirst();
        return row !== undefined;
      },
    },
    outbox: {
      async emit(event) {
        await appendToOutbox(db, 'identity', event);
        onOutboxAppend();
      },
    },
  };
}

export function createSelfRegistrationUnitOfWork(database: Database<IdentityDatabase>, onOutboxCommit: () => void = () => {}): SelfRegistrationUnitOfWork {
  // The same database and schema as the other identity stores; these two tables are typed here.
  return createOutboxUnitOfWork(database as unknown as Database<SelfRegistrationDatabase>, selfRegistrationRepositories, onOutboxCommit);
}
