import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What one session at a time and the identity sweeps need.
 *
 * 1. `sessions.refresh_count`: rotations made so far. A live session keeps every used refresh
 *    token (so a reused one is always detected), and `sessionMaxRefreshes` bounds how many it may
 *    make; the count is backfilled for live sessions from their tokens.
 * 2. Indexes the `identity.sweep-sessions` job walks: ended sessions by `revoked_at`, and sessions
 *    by `expires_at` (the idle expiry, never past the absolute lifetime).
 */
export class IdentitySessionSweeps1764000017000 implements MigrationInterface {
  name = 'IdentitySessionSweeps1764000017000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sessions ADD COLUMN refresh_count integer NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE sessions s SET refresh_count = c.n
        FROM (SELECT session_id, count(*)::int - 1 AS n FROM refresh_tokens GROUP BY session_id) c
       WHERE c.session_id = s.id AND s.revoked_at IS NULL AND c.n > 0`);
    await q.query(`CREATE INDEX sessions_revoked_at_idx ON sessions (revoked_at) WHERE revoked_at IS NOT NULL`);
    await q.query(`CREATE INDEX sessions_expires_at_idx ON sessions (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX sessions_expires_at_idx`);
    await q.query(`DROP INDEX sessions_revoked_at_idx`);
    await q.query(`ALTER TABLE sessions DROP COLUMN refresh_count`);
  }
}
