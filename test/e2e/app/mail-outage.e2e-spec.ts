import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { GOOD_PASSWORD, tokenFromMail, uniqueEmail } from '../../support/identity';

describe('notifications: a mail outage never fails or loses the action', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'outage' });
  });
  afterAll(() => t.close());

  it('registers while SMTP refuses mail, keeps the mail in the outbox, and delivers it once SMTP is back', async () => {
    const email = uniqueEmail('outage');
    t.mail.setFailing(true);
    await t.http.post('/api/v1/auth/register').send({ email, password: GOOD_PASSWORD }).expect(202);

    const ds = t.app.get(DataSource);
    // The relay tried, failed, and scheduled a retry in the (injected) future.
    let row: { status: string; attempts: number; next_attempt_at: Date } | undefined;
    for (let i = 0; i < 50 && !(row && row.attempts > 0 && row.status === 'pending'); i++) {
      [row] = await ds.query(`SELECT status, attempts, next_attempt_at FROM outbox WHERE recipient = $1`, [email]);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(new Date(row!.next_attempt_at).getTime()).toBeGreaterThan(t.clock.now().getTime());
    expect(t.mail.mails.some((m) => m.to.includes(email))).toBe(false);

    t.mail.setFailing(false);
    t.clock.advance(60 * 60_000);
    const token = await tokenFromMail(t, email, 'verify-email');
    await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
    const [sent] = await ds.query(`SELECT status, payload FROM outbox WHERE recipient = $1`, [email]);
    expect(sent).toEqual({ status: 'sent', payload: null });
  });
});
