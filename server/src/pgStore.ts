/**
 * PostgreSQL storage for several server instances. Storing a document locks its row, merges the
 * incoming state with the stored one and writes the result, in one transaction: two instances
 * storing at once queue on the lock and both updates survive.
 */
import pg from 'pg';
import { mergeStored, type Store } from './store.ts';

const SCHEMA = `
create table if not exists sync_documents (name text primary key, state bytea not null, updated_at timestamptz not null default now());
create table if not exists sync_programmes (id text primary key, created_at timestamptz not null default now());
create table if not exists sync_revoked (jti text primary key, programme_id text not null, revoked_at timestamptz not null default now());
`;

/** An arbitrary constant naming this app's schema lock (pg_advisory_xact_lock takes a bigint). */
const SCHEMA_LOCK = 7_202_612_013;

export class PgStore implements Store {
  private readonly pool: pg.Pool;
  private ready: Promise<void>;

  constructor(connectionString: string | undefined) {
    // Without a connection string, pg reads PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE.
    this.pool = new pg.Pool(connectionString ? { connectionString, max: 10 } : { max: 10 });
    // An idle connection dropped by the database (a restart, a failover) must not stop the server:
    // the pool replaces it on the next query.
    this.pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
    this.ready = this.createSchema();
    // A failure is reported by each use of the store, never as an unhandled rejection that stops the process.
    this.ready.catch(() => undefined);
  }

  /**
   * "create table if not exists" is not safe when several instances start at once (PostgreSQL
   * can report a duplicate type): the schema is created under a transaction-scoped advisory
   * lock, so one instance creates it and the others find it there.
   */
  private async createSchema(): Promise<void> {
    await this.transaction(async (client) => {
      await client.query('select pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
    });
  }

  /** `work` in one transaction on one connection: committed, or rolled back and rethrown. */
  private async transaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await work(client);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async fetch(name: string): Promise<Uint8Array | null> {
    await this.ready;
    const { rows } = await this.pool.query<{ state: Buffer }>('select state from sync_documents where name = $1', [name]);
    return rows[0] ? new Uint8Array(rows[0].state) : null;
  }

  async store(name: string, update: Uint8Array): Promise<void> {
    await this.ready;
    await this.transaction(async (client) => {
      await client.query("insert into sync_documents (name, state) values ($1, '\\x') on conflict (name) do nothing", [name]);
      const { rows } = await client.query<{ state: Buffer }>('select state from sync_documents where name = $1 for update', [name]);
      const merged = mergeStored(rows[0] ? new Uint8Array(rows[0].state) : null, update);
      await client.query('update sync_documents set state = $2, updated_at = now() where name = $1', [name, Buffer.from(merged)]);
    });
  }

  async addProgramme(id: string): Promise<boolean> {
    await this.ready;
    const result = await this.pool.query('insert into sync_programmes (id) values ($1) on conflict (id) do nothing', [id]);
    return result.rowCount === 1;
  }

  async hasProgramme(id: string): Promise<boolean> {
    await this.ready;
    const { rowCount } = await this.pool.query('select 1 from sync_programmes where id = $1', [id]);
    return (rowCount ?? 0) > 0;
  }

  async revoke(jti: string, programmeId: string): Promise<void> {
    await this.ready;
    await this.pool.query('insert into sync_revoked (jti, programme_id) values ($1, $2) on conflict (jti) do nothing', [jti, programmeId]);
  }

  async isRevoked(jti: string): Promise<boolean> {
    await this.ready;
    const { rowCount } = await this.pool.query('select 1 from sync_revoked where jti = $1', [jti]);
    return (rowCount ?? 0) > 0;
  }

  /** A statement outside the store's own tables (tests create databases with it). */
  async query(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
