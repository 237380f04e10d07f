import { domainToASCII } from 'node:url';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two fixes of stored identity data, each with the constraint or form that keeps it fixed.
 *
 * 1. At most one live (unused, unrevoked) link token per user and purpose: "only the newest link
 *    works" held only when issues did not overlap (20 parallel sign-ups left 20 live links).
 *    `ActionTokensService.issue` now serialises per account; the partial unique index
 *    `action_tokens_one_live_idx` is the backstop that turns any other path to a second live link
 *    into an error instead of a silent hole. Older live duplicates are revoked first (keeping the
 *    newest, as issue would have), since the index cannot be built over them.
 * 2. Stored emails in today's normal form (NFKC, domain in lower-case ASCII/punycode), so an
 *    account with `przykład.pl` is still found when its owner logs in. An address whose normal
 *    form another account already holds is left as it was (its owner can still reset from it).
 *
 * `down` restores the plain index. The revocations and the rewritten addresses stay: un-revoking
 * links would reopen the hole, and a punycode domain is the same address.
 */
export class IdentityLinkTokensAndEmails1764000003000 implements MigrationInterface {
  name = 'IdentityLinkTokensAndEmails1764000003000';

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

    // Only non-ASCII addresses can change (ASCII ones were already lower-cased and trimmed).
    const rows: { id: string; email: string }[] = await q.query(
      `SELECT id, email FROM users WHERE octet_length(email) <> char_length(email)`,
    );
    for (const { id, email } of rows) {
      const normal = normalFormOf(email);
      if (normal === email) continue;
      const changed: unknown[] = await q.query(
        `UPDATE users SET email = $2, updated_at = now()
         WHERE id = $1 AND $2 = lower(btrim($2)) AND NOT EXISTS (SELECT 1 FROM users WHERE email = $2) RETURNING id`,
        [id, normal],
      );
      // Links still on their way keep working: they are checked against the account's address.
      if (changed.length) await q.query(`UPDATE action_tokens SET subject = $3 WHERE user_id = $1 AND subject = $2`, [id, email, normal]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX action_tokens_one_live_idx`);
    await q.query(
      `CREATE INDEX action_tokens_user_purpose_idx ON action_tokens (user_id, purpose) WHERE used_at IS NULL AND revoked_at IS NULL`,
    );
  }
}

/** `normalizeEmail` as of this migration, frozen here so later changes to it do not rewrite history. */
function normalFormOf(email: string): string {
  const text = email.normalize('NFKC').trim();
  const at = text.lastIndexOf('@');
  if (at < 0) return text.toLowerCase().normalize('NFKC');
  const local = text.slice(0, at).toLowerCase().normalize('NFKC');
  const domain = text
    .slice(at + 1)
    .toLowerCase()
    .normalize('NFKC');
  return `${local}@${domainToASCII(domain) || domain}`;
}
