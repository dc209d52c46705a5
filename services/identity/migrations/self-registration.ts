import { sql, type Kysely, type Migration } from 'kysely';

/**
 * Signed self-registration: agents that registered with a key they hold (one agent per key),
 * and the signed messages seen recently, each accepted once.
 */
export const selfRegistration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('self_agents')
      .addColumn('did', 'text', (c) => c.primaryKey())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('key_type', 'text', (c) => c.notNull().check(sql`key_type in ('ed25519', 'secp256k1')`))
      // One normalized form per key (Ed25519: 32 bytes hex; secp256k1: the compressed point), so a key registers once.
      .addColumn('public_key', 'text', (c) => c.notNull().unique())
      .addColumn('chain_id', 'text')
      .addColumn('address', 'text')
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text')
      .addColumn('avatar', 'text')
      .addColumn('website', 'text')
      .addColumn('capabilities', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
      .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('active').check(sql`status in ('active', 'inactive')`))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('signed_messages')
      .addColumn('digest', 'text', (c) => c.primaryKey())
      .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('signed_messages_expiry').on('signed_messages').column('expires_at').execute();
  },
};
