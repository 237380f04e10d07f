import { createTestApp, TestApp } from '../../support/create-test-app';
import { GOOD_PASSWORD, uniqueEmail } from '../../support/identity';

describe('embedded mode: the dev mailbox', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'mailbox', mailbox: true });
  });
  afterAll(() => t.close());

  async function waitForMail(path: string, to: string) {
    for (let i = 0; i < 50; i++) {
      const res = await t.http.get(path).expect(200);
      const mail = res.body.items.find((m: { to: string }) => m.to.includes(to));
      if (mail) return { mail, items: res.body.items };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no mail to ${to} at ${path}`);
  }

  it('lists sent mails newest first at /dev/mailbox and /api/v1/dev/mailbox, without authentication', async () => {
    const first = uniqueEmail('first');
    const second = uniqueEmail('second');
    await t.http.post('/api/v1/auth/register').send({ email: first, password: GOOD_PASSWORD }).expect(202);
    await waitForMail('/dev/mailbox', first);
    await t.http.post('/api/v1/auth/register').send({ email: second, password: GOOD_PASSWORD }).expect(202);
    const { mail, items } = await waitForMail('/api/v1/dev/mailbox', second);
    expect(items[0].to).toContain(second);
    expect(mail).toMatchObject({ subject: 'Confirm your email address', sentAt: expect.any(String) });
    expect(mail.text).toMatch(/http:\/\/app\.test\/verify-email\?token=[\w-]{43}/);
    expect(mail.html).toContain('<a href="http://app.test/verify-email?token=');

    const token = /token=([\w-]{43})/.exec(mail.text)![1];
    await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
  });
});
