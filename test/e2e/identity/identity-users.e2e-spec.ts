// IdentityUsers is how other libs (tenancy) read and create accounts. These tests call it as such a
// lib would, inside their own transactions, and check the result over HTTP like the account's owner.
import { DEFAULT_PASSWORD_POLICY, IdentityUsers, UserStatus } from '@tenant-iam/identity';
import { Outbox } from '@tenant-iam/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { rejection } from '../../support/coded';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { GOOD_PASSWORD, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem } from '../../support/problem';

const NEW_PASSWORD = 'Quartz-meadow-bicycle-41';

describe('identity: IdentityUsers, the accounts service of other libs', () => {
  let t: TestApp;
  let users: IdentityUsers;
  let db: DataSource;
  /** A transaction of the calling lib, then the nudge it gives the outbox after the commit. */
  const tx = async <T>(work: (m: EntityManager) => Promise<T>): Promise<T> => {
    const result = await db.transaction(work);
    t.app.get(Outbox).flush();
    return result;
  };
  const login = (email: string, password: string) => t.http.post('/api/v1/auth/login').send({ email, password });

  beforeAll(async () => {
    t = await createTestApp({ label: 'identity_users' });
    users = t.app.get(IdentityUsers);
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('creates a vouched account with a password that logs in at once, and never shows the hash', async () => {
    const email = uniqueEmail('vouched');
    const passwordHash = await users.hashPassword(GOOD_PASSWORD);
    const profile = await tx((m) =>
      users.createVouched(
        { email, firstName: ' Ann ', lastName: 'Lee', phone: '+48600100200', locale: 'pl', passwordHash, verified: true },
        m,
      ),
    );
    expect(profile).toEqual({
      id: expect.any(String),
      email,
      firstName: 'Ann',
      lastName: 'Lee',
      phone: '+48600100200',
      locale: 'pl',
      status: UserStatus.Active,
      emailVerified: true,
      // Vouched by the administrator, not proven by the owner of the address.
      emailProven: false,
    });
    expect(JSON.stringify(profile)).not.toContain('argon2');
    const res = await login(email, GOOD_PASSWORD).expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
    const me = await t.http.get('/api/v1/me').set('authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ email, firstName: 'Ann', status: 'active', emailVerifiedAt: t.clock.now().toISOString() });
  });

  it('creates an account without a password; its set-password link sets one, verifies the address and activates it', async () => {
    const email = uniqueEmail('setup');
    const created = await tx(async (m) => {
      const profile = await users.createVouched({ email, firstName: 'Olena', locale: 'uk', verified: false }, m);
      await users.issuePasswordSetupLink(profile.id, m, { organisationName: 'Acme Sp. z o.o.', locale: 'en' });
      return profile;
    });
    expect(created).toMatchObject({ status: UserStatus.Pending, emailVerified: false });
    // No password yet: nothing logs in.
    expectProblem(await login(email, GOOD_PASSWORD), 401, 'INVALID_CREDENTIALS');

    const mail = await t.mail.waitFor((m) => m.to.includes(email) && m.text.includes('/set-password?token='));
    // The organisation's language (en) wins over the account's (uk), as the context asked.
    expect(mail.subject).toBe('Your account in Acme Sp. z o.o.: set your password');
    expect(mail.text).toContain('An account was created for you in Acme Sp. z o.o.');
    expect(mail.text).toContain('Hello Olena,');
    expect(mail.text).toContain('valid for 24 hours');
    const token = await tokenFromMail(t, email, 'set-password');

    await t.http.post('/api/v1/auth/password/reset').send({ token, password: NEW_PASSWORD }).expect(200);
    expect(await users.findById(created.id)).toMatchObject({ status: UserStatus.Active, emailVerified: true });
    await login(email, NEW_PASSWORD).expect(200);
    expectProblem(await t.http.post('/api/v1/auth/password/reset').send({ token, password: GOOD_PASSWORD }), 410, 'TOKEN_USED');
  });

  it('keeps one live set-password link per account: a second link kills the first', async () => {
    const email = uniqueEmail('relink');
    const { id } = await tx((m) => users.createVouched({ email, verified: false }, m));
    await tx((m) => users.issuePasswordSetupLink(id, m));
    const first = await tokenFromMail(t, email, 'set-password');
    t.mail.clear();
    await tx((m) => users.issuePasswordSetupLink(id, m));
    const second = await tokenFromMail(t, email, 'set-password');
    expect(second).not.toBe(first);
    const live: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM action_tokens WHERE user_id = $1 AND purpose = 'password-setup' AND used_at IS NULL AND revoked_at IS NULL`,
      [id],
    );
    expect(live[0].n).toBe(1);
    expectProblem(await t.http.post('/api/v1/auth/password/reset').send({ token: first, password: NEW_PASSWORD }), 400, 'TOKEN_INVALID');
    await t.http.post('/api/v1/auth/password/reset').send({ token: second, password: NEW_PASSWORD }).expect(200);
    await login(email, NEW_PASSWORD).expect(200);
  });

  it('answers 409 EMAIL_TAKEN for an address that has an account in another case, and the transaction stays usable', async () => {
    const local = `ann.${Date.now().toString(36)}`;
    const { id } = await tx((m) => users.createVouched({ email: `${local}@x.com`, verified: false }, m));
    const outcome = await tx(async (m) => {
      const error = await rejection(users.createVouched({ email: `${local.replace('ann', 'Ann')}@X.com`, verified: false }, m));
      // The unique index decided without an error in the transaction: the caller goes on.
      return { error, found: await users.findByEmail(`${local}@x.com`, m) };
    });
    expect([outcome.error.getStatus(), outcome.error.code]).toEqual([409, 'EMAIL_TAKEN']);
    expect(outcome.found?.id).toBe(id);
    const rows: unknown[] = await db.query(`SELECT id FROM users WHERE email = $1`, [`${local}@x.com`]);
    expect(rows).toHaveLength(1);
  });

  it('hashPassword refuses a weak password with 422 PASSWORD_POLICY, against the account-wide policy or the one given', async () => {
    const weak = await rejection(users.hashPassword('password'));
    expect([weak.getStatus(), weak.code]).toEqual([422, 'PASSWORD_POLICY']);
    expect(weak.errors?.map((e) => `${e.field}:${e.code}`)).toContain('password:PASSWORD_TOO_SHORT');
    const stricter = await rejection(users.hashPassword(GOOD_PASSWORD, { ...DEFAULT_PASSWORD_POLICY, minLength: 40 }));
    expect(stricter.errors?.map((e) => `${e.field}:${e.code}`)).toEqual(['password:PASSWORD_TOO_SHORT']);
    // Words of the person are guessable: the organisation can pass them in.
    const named = await rejection(users.hashPassword('acmecorporation', undefined, { userInputs: ['acmecorporation'] }));
    expect(named.errors?.map((e) => `${e.field}:${e.code}`)).toContain('password:PASSWORD_TOO_WEAK');
    expect(await users.hashPassword(GOOD_PASSWORD)).toMatch(/^\$argon2id\$/);
  });

  it('findByEmail normalises the address; findById and findManyByIds read by id', async () => {
    const email = uniqueEmail('find');
    const { id } = await tx((m) => users.createVouched({ email, verified: false }, m));
    expect((await users.findByEmail(`  ${email.toUpperCase()} `))?.id).toBe(id);
    expect(await users.findByEmail(uniqueEmail('nobody'))).toBeNull();
    expect((await users.findById(id))?.email).toBe(email);
    expect(await users.findById('not-a-uuid')).toBeNull();
    const other = await tx((m) => users.createVouched({ email: uniqueEmail('find'), verified: false }, m));
    const missing = '01900000-0000-7000-8000-000000000000';
    const many = await users.findManyByIds([other.id, missing, id, 'nope', other.id]);
    expect(many.map((u) => u.id)).toEqual([other.id, id]);
    expect(await users.findManyByIds([])).toEqual([]);
  });

  it('updateProfile changes names and phone in the caller transaction; undefined keeps a field, null clears it', async () => {
    const { id } = await tx((m) =>
      users.createVouched({ email: uniqueEmail('profile'), firstName: 'Ann', lastName: 'Lee', verified: false }, m),
    );
    const updated = await tx((m) => users.updateProfile(id, { firstName: 'Anna', phone: '+380501234567', lastName: undefined }, m));
    expect(updated).toMatchObject({ firstName: 'Anna', lastName: 'Lee', phone: '+380501234567' });
    const cleared = await tx((m) => users.updateProfile(id, { phone: null, lastName: '  ' }, m));
    expect(cleared).toMatchObject({ firstName: 'Anna', lastName: null, phone: null });
    // Rolled back with the caller's transaction.
    await db
      .transaction(async (m) => {
        await users.updateProfile(id, { firstName: 'Rolled' }, m);
        throw new Error('caller rolls back');
      })
      .catch(() => undefined);
    expect((await users.findById(id))?.firstName).toBe('Anna');
  });

  it('queues an account-created notice with the login email and where to sign in, never a password or a link token', async () => {
    const email = uniqueEmail('notice');
    const passwordHash = await users.hashPassword(GOOD_PASSWORD);
    await tx(async (m) => {
      const { id } = await users.createVouched({ email, firstName: 'Jan', locale: 'pl', passwordHash, verified: true }, m);
      await users.sendAccountCreatedNotice(id, m, { organisationName: 'Kwiaciarnia' });
    });
    const mail = await t.mail.waitFor((m) => m.to.includes(email));
    expect(mail.subject).toBe('Twoje konto w organizacji Kwiaciarnia');
    expect(mail.text).toContain('http://app.test');
    expect(mail.text).toContain(email);
    expect(mail.text).not.toContain('token=');
    expect(mail.text).not.toContain(GOOD_PASSWORD);
  });

  it('writes nothing, not even a mail, when the caller rolls back', async () => {
    const email = uniqueEmail('rollback');
    const marker = uniqueEmail('marker');
    await db
      .transaction(async (m) => {
        const { id } = await users.createVouched({ email, verified: false }, m);
        await users.issuePasswordSetupLink(id, m);
        throw new Error('the seat check failed after all');
      })
      .catch(() => undefined);
    const { id } = await tx((m) => users.createVouched({ email: marker, verified: false }, m));
    await tx((m) => users.issuePasswordSetupLink(id, m));
    // The outbox delivers in order: once the later mail is here, the earlier one would be too.
    await tokenFromMail(t, marker, 'set-password');
    expect(await users.findByEmail(email)).toBeNull();
    expect(t.mail.mails.some((m) => m.to.includes(email))).toBe(false);
  });

  it('publishes user_directory, the read model other libs JOIN: the profile columns, never the hash', async () => {
    const email = uniqueEmail('directory');
    const passwordHash = await users.hashPassword(GOOD_PASSWORD);
    const { id } = await tx((m) => users.createVouched({ email, firstName: 'Dir', passwordHash, verified: true }, m));
    const rows: Record<string, unknown>[] = await db.query(`SELECT * FROM user_directory WHERE id = $1`, [id]);
    expect(rows).toEqual([
      { id, email, first_name: 'Dir', last_name: null, phone: null, locale: 'en', status: 'active', email_verified: true },
    ]);
  });
});
