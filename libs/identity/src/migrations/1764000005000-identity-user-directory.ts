import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `user_directory`: identity's published read model of accounts, for other libs to JOIN (tenancy
 * lists members with it) without reading `users` itself. Stable: columns are only ever added, and
 * never the password hash or anything else a list has no business with. Read-only by contract
 * (writes go through `IdentityUsers`).
 */
export class IdentityUserDirectory1764000005000 implements MigrationInterface {
  name = 'IdentityUserDirectory1764000005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE VIEW user_directory AS
      SELECT id, email, first_name, last_name, phone, locale, status, (email_verified_at IS NOT NULL) AS email_verified
      FROM users`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW user_directory`);
  }
}
