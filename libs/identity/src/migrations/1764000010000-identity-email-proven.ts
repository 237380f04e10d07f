import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `users.email_proven_at`: when the account's owner last showed they read its address (a
 * verification, reset or set-password link, an email-change confirmation or cancel link).
 * `email_verified_at` alone also counts an address an organisation's admin vouched for when they
 * created the account with a password: good enough to log in to that organisation, not to be
 * trusted anywhere else (platform operators, being linked into another organisation). Accounts
 * verified before this column existed were all verified by a link.
 */
export class IdentityEmailProven1764000010000 implements MigrationInterface {
  name = 'IdentityEmailProven1764000010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN email_proven_at timestamptz`);
    await q.query(`UPDATE users SET email_proven_at = email_verified_at WHERE email_verified_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN email_proven_at`);
  }
}
