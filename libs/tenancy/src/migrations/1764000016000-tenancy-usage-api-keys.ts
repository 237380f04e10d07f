import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The subscription's shared monthly pool and the organisation's API key.
 *
 * - `usage_counters`: one row per tenant, metric and calendar month (UTC, `period` is the 1st).
 *   `used` only grows through one conditional upsert (`used + n <= limit`); the limit is not kept
 *   here: it is read from the tenant's plan by that same statement, so a plan change applies to
 *   the running month. `notified_80` / `notified_100` are claimed by a conditional `UPDATE`, so
 *   each notice goes out once per month whatever the number of replicas.
 * - `api_keys`: the sha256 of the key (the lookup), its display prefix and a sealed copy
 *   (AES-256-GCM) so members allowed to read it see it. At most one live key per tenant (a partial
 *   unique index); a rotated-out key keeps `expires_at` (end of its grace) and stays as history.
 *   Existing tenants get their key on its first read: the secret that seals it is not known here.
 */
export class TenancyUsageApiKeys1764000016000 implements MigrationInterface {
  name = 'TenancyUsageApiKeys1764000016000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE usage_counters (
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        metric text NOT NULL CHECK (metric ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$'),
        period date NOT NULL CHECK (extract(day FROM period) = 1),
        used bigint NOT NULL DEFAULT 0 CHECK (used >= 0),
        notified_80 boolean NOT NULL DEFAULT false,
        notified_100 boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, metric, period)
      )`);

    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        key_hash text NOT NULL CHECK (key_hash ~ '^[0-9a-f]{64}$'),
        prefix text NOT NULL CHECK (prefix <> ''),
        sealed_key text NOT NULL,
        created_at timestamptz NOT NULL,
        rotated_at timestamptz,
        expires_at timestamptz,
        last_used_at timestamptz,
        CONSTRAINT api_keys_key_hash_key UNIQUE (key_hash),
        CONSTRAINT api_keys_tenant_id_key UNIQUE (tenant_id, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX api_keys_one_live_idx ON api_keys (tenant_id) WHERE expires_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE api_keys');
    await q.query('DROP TABLE usage_counters');
  }
}
