import { DataSource } from 'typeorm';
import { ENTITIES, MIGRATIONS } from '../../../apps/api/src/app.module';
import { runMigrationsLocked } from '../../../apps/api/src/database/migrate';
import { createTestDatabase } from '../../support/database';

const MIGRATION = 'IdentityLinkTokensAndEmails1764000003000';

// Data a database may hold from before 1764000003000 (rows only SQL can make now, since the
// services no longer produce them): live duplicate links and emails in the old normal form.
describe('migration 1764000003000: one live link per purpose, emails in the new normal form', () => {
  let db: { url: string; drop(): Promise<void> };
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('identitydata');
    ds = new DataSource({ type: 'postgres', url: db.url, entities: ENTITIES, migrations: MIGRATIONS });
    await ds.initialize();
    await runMigrationsLocked(ds);
    const executed = async () => (await ds.query<{ name: string }[]>('SELECT name FROM migrations')).map((r) => r.name);
    while ((await executed()).includes(MIGRATION)) await ds.undoLastMigration();
  });

  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
  });

  const user = (id: string, email: string) =>
    ds.query(`INSERT INTO users (id, email, created_at, updated_at) VALUES ($1, $2, now(), now())`, [id, email]);
  const token = (id: string, userId: string, purpose: string, createdAt: string, subject = 'x') =>
    ds.query(
      `INSERT INTO action_tokens (id, purpose, token_hash, user_id, subject, created_at, expires_at)
       VALUES ($1::uuid, $2, $1::text, $3, $4, $5, now() + interval '1 day')`,
      [id, purpose, userId, subject, createdAt],
    );

  it('revokes all but the newest live link per user and purpose, rewrites emails, and the index then refuses a second live link', async () => {
    const a = '00000000-0000-7000-8000-00000000000a';
    const b = '00000000-0000-7000-8000-00000000000b';
    const c = '00000000-0000-7000-8000-00000000000c';
    await user(a, 'łucja@przykład.pl');
    await user(b, 'bob@przykład.pl');
    await user(c, 'bob@xn--przykad-rjb.pl');
    await token('00000000-0000-7000-8000-000000000101', a, 'verify-email', '2026-01-01T10:00:00Z', 'łucja@przykład.pl');
    await token('00000000-0000-7000-8000-000000000102', a, 'verify-email', '2026-01-01T11:00:00Z', 'łucja@przykład.pl');
    await token('00000000-0000-7000-8000-000000000103', a, 'password-reset', '2026-01-01T09:00:00Z', 'łucja@przykład.pl');

    await runMigrationsLocked(ds);

    const live = await ds.query(`SELECT id, purpose, subject FROM action_tokens WHERE used_at IS NULL AND revoked_at IS NULL ORDER BY id`);
    expect(live).toEqual([
      { id: '00000000-0000-7000-8000-000000000102', purpose: 'verify-email', subject: 'łucja@xn--przykad-rjb.pl' },
      { id: '00000000-0000-7000-8000-000000000103', purpose: 'password-reset', subject: 'łucja@xn--przykad-rjb.pl' },
    ]);
    const emails = await ds.query(`SELECT id, email FROM users ORDER BY id`);
    expect(emails).toEqual([
      { id: a, email: 'łucja@xn--przykad-rjb.pl' },
      // Its normal form belongs to another account: left as it was.
      { id: b, email: 'bob@przykład.pl' },
      { id: c, email: 'bob@xn--przykad-rjb.pl' },
    ]);

    await expect(token('00000000-0000-7000-8000-000000000104', a, 'verify-email', '2026-01-02T00:00:00Z')).rejects.toMatchObject({
      code: '23505',
    });
  });
});
