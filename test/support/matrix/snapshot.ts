import { DataSource } from 'typeorm';

/**
 * Columns a request may touch without changing anything anyone owns: the API key's `last_used_at`
 * is written outside the request's path, at most once a minute, whatever the answer.
 */
const VOLATILE_COLUMNS = ['last_used_at'];

/**
 * Tables whose row count moves outside any request: workers write mails after the request that
 * queued their job answered (a forgot-password job writes its mail after the 202), so an earlier
 * allowed cell may still be adding rows. What a refused request could queue shows elsewhere (the
 * invitation, the member, the link token it would have made).
 */
const UNCOUNTED_TABLES = ['outbox'];

/** Per table, a hash of a tenant's rows (and of its members' accounts); equal snapshots mean nothing changed. */
export type Snapshot = Record<string, string>;

/**
 * Hashes everything a tenant owns, in one statement: the rows of every table with a `tenant_id`
 * (found in the catalogue, so a table added later is covered), the tenant's own row, and the
 * accounts of its members; plus the number of rows of every table of the schema, so a refused
 * request that inserted or deleted anything anywhere shows too.
 */
export class TenantSnapshots {
  private sql?: string;

  constructor(private readonly db: DataSource) {}

  async take(tenantId: string): Promise<Snapshot> {
    this.sql ??= await this.build();
    const rows: { name: string; hash: string }[] = await this.db.query(this.sql, [tenantId, VOLATILE_COLUMNS]);
    return Object.fromEntries(rows.map((r) => [r.name, r.hash]));
  }

  /** The tables whose hash differs between two snapshots. */
  static changed(before: Snapshot, after: Snapshot): string[] {
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => before[name] !== after[name]).sort();
  }

  private async build(): Promise<string> {
    const tables: { table_name: string; tenant_scoped: boolean }[] = await this.db.query(
      `SELECT t.table_name, bool_or(c.column_name = 'tenant_id') AS tenant_scoped
         FROM information_schema.tables t
         JOIN information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        GROUP BY t.table_name ORDER BY t.table_name`,
    );
    if (!tables.some((t) => t.tenant_scoped)) throw new Error('snapshot: no table has a tenant_id column');
    const hash = (from: string, where: string) =>
      `(SELECT md5(coalesce(string_agg((to_jsonb(x) - $2::text[])::text, ',' ORDER BY (to_jsonb(x) - $2::text[])::text), '')) FROM ${from} x WHERE ${where})`;
    const parts = tables.flatMap(({ table_name: name, tenant_scoped }) => {
      const quoted = `"${name.replace(/"/g, '""')}"`;
      const count = UNCOUNTED_TABLES.includes(name)
        ? []
        : [`SELECT 'count:${name}' AS name, (SELECT count(*) FROM ${quoted})::text AS hash`];
      return tenant_scoped ? [...count, `SELECT 'rows:${name}' AS name, ${hash(quoted, 'x.tenant_id::text = $1::text')} AS hash`] : count;
    });
    parts.push(`SELECT 'rows:tenants' AS name, ${hash('tenants', 'x.id::text = $1::text')} AS hash`);
    parts.push(
      `SELECT 'rows:users' AS name, ${hash('users', 'x.id IN (SELECT user_id FROM memberships WHERE tenant_id::text = $1::text)')} AS hash`,
    );
    return parts.join('\nUNION ALL\n');
  }
}
