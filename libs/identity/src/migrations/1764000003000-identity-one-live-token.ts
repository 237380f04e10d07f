import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * At most one live (unused, unrevoked) link token per user and purpose: "only the newest link
 * works" held only when issues did not overlap, and 20 parallel sign-ups left 20 live links.
 * `ActionTokensService.issue` now serialises per account; this unique index is the backstop that
 * turns any other path that would leave two live links into an error instead of a silent hole.
 *
 * `up` first revokes the older of any live duplicates (keeping the newest, as issue would have),
 * since the index cannot be built over them. `down` restores the plain index; the revocations
 * stay (un-revoking links would reopen the hole).
 */
export class IdentityOneLiveToken1764000003000 implements MigrationInterface {
  name = 'IdentityOneLiveToken1764000003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE action_tokens t SET revoked_at = now()
      WHERE t.used_at IS NULL AND t.revoked_at IS NULL AND t.user_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM action_tokens n
        WHERE n.user_id = t.user_id AND n.purpose = t.purpose AND n.used_at IS NULL AND n.revoked_at IS NULL
          AND (n.created_at, n.id) > (t.created_at, t.id))`);
    await q.query(`DROP INDEX action_tokens_user_purpose_idx`);
    await q.query(
      `CREATE UNIQUE INDEX action_tokens_one_live_idx ON action_tokens (user_id, purpose) WHERE used_at IS NULL AND revoked_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX action_tokens_one_live_idx`);
    await q.query(
      `CREATE INDEX action_tokens_user_purpose_idx ON action_tokens (user_id, purpose) WHERE used_at IS NULL AND revoked_at IS NULL`,
    );
  }
}
