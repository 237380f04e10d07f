import { parseDuration } from '@tenant-iam/common';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, signUp, tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem } from '../../support/problem';

describe('identity: email change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'email' });
  });
  afterAll(() => t.close());

  async function request(user: { accessToken: string; password: string }, email: string) {
    await t.http
      .post('/api/v1/me/email')
      .set('authorization', bearer(user.accessToken))
      .send({ email, currentPassword: user.password })
      .expect(202);
  }

  it('mails a confirmation to the new address and a cancel link to the old; confirm switches the login', async () => {
    const user = await signUp(t);
    const other = await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    const next = uniqueEmail('next');
    await request(user, next.toUpperCase());
    const notice = await t.mail.waitFor((m) => m.to.includes(user.email) && m.text.includes('/cancel-email-change?token='));
    expect(notice.text).toContain(next);
    const token = await tokenFromMail(t, next, 'confirm-email');

    // Nothing changes before the confirmation.
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);

    const confirmed = await t.http
      .post('/api/v1/auth/email/confirm')
      .set('authorization', bearer(user.accessToken))
      .send({ token })
      .expect(200);
    expect(confirmed.body.email).toBe(next);
    await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)).expect(200);
    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(other.body.accessToken)), 401, 'SESSION_REVOKED');
    expectProblem(await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }), 401, 'INVALID_CREDENTIALS');
    await t.http.post('/api/v1/auth/login').send({ email: next, password: user.password }).expect(200);
    expectProblem(await t.http.post('/api/v1/auth/email/confirm').send({ token }), 410, 'TOKEN_USED');
  });

  it('cancels a pending change from the old address: the confirmation link dies', async () => {
    const user = await signUp(t);
    const next = uniqueEmail('next');
    await request(user, next);
    const cancel = await tokenFromMail(t, user.email, 'cancel-email-change');
    const confirm = await tokenFromMail(t, next, 'confirm-email');
    const res = await t.http.post('/api/v1/auth/email/cancel').send({ token: cancel }).expect(200);
    expect(res.body).toEqual({ email: user.email, restored: false });
    expectProblem(await t.http.post('/api/v1/auth/email/confirm').send({ token: confirm }), 400, 'TOKEN_INVALID');
    await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)).expect(200);
  });

  it('"it wasn\'t me" after a confirmed change restores the old address and ends every session', async () => {
    const user = await signUp(t);
    const next = uniqueEmail('thief');
    await request(user, next);
    const cancel = await tokenFromMail(t, user.email, 'cancel-email-change');
    const confirm = await tokenFromMail(t, next, 'confirm-email');
    const thief = await t.http.post('/api/v1/auth/email/confirm').send({ token: confirm }).expect(200);
    expect(thief.body.email).toBe(next);
    const res = await t.http.post('/api/v1/auth/email/cancel').send({ token: cancel }).expect(200);
    expect(res.body).toEqual({ email: user.email, restored: true });
    expectProblem(await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)), 401, 'SESSION_REVOKED');
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
  });

  it('checks the current password, refuses an unchanged address, and expires links after 24 h', async () => {
    const user = await signUp(t);
    expectProblem(
      await t.http
        .post('/api/v1/me/email')
        .set('authorization', bearer(user.accessToken))
        .send({ email: uniqueEmail(), currentPassword: 'wrong-wrong-wrong' }),
      403,
      'CURRENT_PASSWORD_INVALID',
    );
    expectProblem(
      await t.http
        .post('/api/v1/me/email')
        .set('authorization', bearer(user.accessToken))
        .send({ email: user.email, currentPassword: user.password }),
      422,
      'EMAIL_UNCHANGED',
    );
    const next = uniqueEmail();
    await request(user, next);
    const confirm = await tokenFromMail(t, next, 'confirm-email');
    t.clock.advance(parseDuration('24h') + 1);
    expectProblem(await t.http.post('/api/v1/auth/email/confirm').send({ token: confirm }), 410, 'TOKEN_EXPIRED');
  });

  it('answers a taken address exactly like a free one, and mails its owner a notice instead of a link', async () => {
    const user = await signUp(t);
    const holder = await signUp(t, { firstName: 'Olena', locale: 'uk' });
    const free = uniqueEmail('free');
    t.mail.clear();
    const send = (email: string) =>
      t.http.post('/api/v1/me/email').set('authorization', bearer(user.accessToken)).send({ email, currentPassword: user.password });
    const shape = (res: Awaited<ReturnType<typeof send>>) => {
      // Only the date and the request id may differ.
      const { date: _date, 'x-request-id': _requestId, ...headers } = res.headers;
      return { status: res.status, text: res.text, headers };
    };

    const forFree = await send(free);
    await tokenFromMail(t, free, 'confirm-email');
    await t.mail.waitFor((m) => m.to.includes(user.email) && m.text.includes('/cancel-email-change?token='));
    t.mail.clear();
    const forTaken = await send(holder.email.toUpperCase());
    expect(shape(forTaken)).toEqual(shape(forFree));
    expect(forTaken.status).toBe(202);

    // The requester's own mailbox sees the same notice as for a free address.
    const notice = await t.mail.waitFor((m) => m.to.includes(user.email) && m.text.includes('/cancel-email-change?token='));
    expect(notice.text).toContain(holder.email);
    const warning = await t.mail.waitFor((m) => m.to.includes(holder.email));
    expect(warning.subject).toBe('Хтось намагався використати вашу адресу');
    expect(warning.text).toContain('Olena');
    expect(warning.text).not.toContain('token=');
    expect(warning.text).not.toContain(user.email);
    expect(t.mail.mails.filter((m) => m.to.includes(holder.email))).toHaveLength(1);

    // Nothing changed for either account.
    await t.http.post('/api/v1/auth/login').send({ email: holder.email, password: holder.password }).expect(200);
    await t.http.post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
  });

  it('refuses the confirmation when the address was taken meanwhile', async () => {
    const user = await signUp(t);
    const next = uniqueEmail('race');
    await request(user, next);
    const confirm = await tokenFromMail(t, next, 'confirm-email');
    await signUp(t, { email: next });
    expectProblem(await t.http.post('/api/v1/auth/email/confirm').send({ token: confirm }), 409, 'EMAIL_TAKEN');
    await t.http.get('/api/v1/me').set('authorization', bearer(user.accessToken)).expect(200);
  });
});
