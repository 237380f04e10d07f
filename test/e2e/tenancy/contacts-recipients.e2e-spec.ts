import { Clock, ManualClock } from '@tenant-iam/common';
import { IdentityUsers } from '@tenant-iam/identity';
import { CategoryMail, html, MailTemplates, NotificationRecipients, NotificationsModule, Outbox } from '@tenant-iam/notifications';
import { TenantNotificationRecipients } from '@tenant-iam/tenancy';
import { Injectable, Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule, RuntimeConfig } from '../../../apps/api/src/app.module';
import { configureApp, createAdapter } from '../../../apps/api/src/bootstrap';
import { loadConfig } from '../../../apps/api/src/config/environment';
import { TEST_SIGNING_KEY, TestApp } from '../../support/create-test-app';
import { createTestDatabase } from '../../support/database';
import { createTenant } from '../../support/factories/tenants';
import { bearer, signUp, uniqueEmail } from '../../support/identity';
import { startSmtpSink } from '../../support/smtp-sink';

/** A product's mail to the payments recipients of a tenant: "an invoice is due". */
const PAYMENT_TEMPLATES: MailTemplates = {
  'example.payment-due': {
    en: (d) => ({
      subject: `Invoice ${d.number} is due`,
      text: `Hello ${d.recipientName ?? ''}, invoice ${d.number} of ${d.amount} is due.`,
      html: html`<p>Hello ${d.recipientName ?? ''}, invoice ${d.number} of ${d.amount} is due.</p>`,
    }),
    pl: (d) => ({
      subject: `Termin płatności faktury ${d.number}`,
      text: `Dzień dobry ${d.recipientName ?? ''}, mija termin płatności faktury ${d.number} na ${d.amount}.`,
      html: html`<p>Dzień dobry ${d.recipientName ?? ''}, mija termin płatności faktury ${d.number} na ${d.amount}.</p>`,
    }),
    uk: (d) => ({
      subject: `Настав термін оплати рахунку ${d.number}`,
      text: `Вітаємо, ${d.recipientName ?? ''}! Настав термін оплати рахунку ${d.number} на ${d.amount}.`,
      html: html`<p>Вітаємо, ${d.recipientName ?? ''}! Настав термін оплати рахунку ${d.number} на ${d.amount}.</p>`,
    }),
  },
};

/** What a product module does: in its own transaction, one mail per payments recipient, through the outbox. */
@Injectable()
class PaymentNotices {
  constructor(
    private readonly dataSource: DataSource,
    private readonly categoryMail: CategoryMail,
    private readonly outbox: Outbox,
  ) {}

  async invoiceDue(tenantId: string, number: string, amount: string): Promise<string[]> {
    const ids = await this.dataSource.transaction((m) =>
      this.categoryMail.add(m, {
        scopeId: tenantId,
        category: 'payments',
        template: 'example.payment-due',
        locale: 'en',
        data: { number, amount },
      }),
    );
    this.outbox.flush();
    return ids;
  }
}

@Module({ imports: [NotificationsModule.forFeature(PAYMENT_TEMPLATES)], providers: [PaymentNotices] })
class PaymentNoticesModule {}

/** The reference app as `createTestApp` builds it, plus the test-only product module above. */
async function createAppWithPayments(): Promise<TestApp> {
  const database = await createTestDatabase('contacts-recipients');
  const mail = await startSmtpSink();
  const dataDir = await mkdtemp(join(tmpdir(), 'tenant-iam-recipients-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    SMTP_URL: mail.url,
    APP_URL: 'http://app.test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PWNED_PASSWORDS_URL: 'off',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123456789',
    JWT_PRIVATE_KEY: TEST_SIGNING_KEY,
  });
  const runtime: RuntimeConfig = {
    ...config,
    databaseUrl: database.url,
    jwtSecret: config.jwtSecret!,
    jwtPrivateKey: config.jwtPrivateKey!,
    embedded: false,
    authRateLimitPerMinute: 10_000,
  };
  const clock = new ManualClock(new Date());
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(runtime), PaymentNoticesModule] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(createAdapter(runtime), {
    logger: false,
    abortOnError: false,
    bodyParser: false,
  });
  await configureApp(app, runtime);
  return {
    app,
    http: request(app.getHttpServer()),
    clock,
    mail,
    config: runtime,
    close: async () => {
      await app.close();
      await mail.close();
      await database.drop();
    },
  };
}

// The notifications lib's recipients port, as the reference app plugs it (tenancy's contacts),
// and one product mail sent through it: who gets it, in which language, and who does not.
describe('tenancy: recipients of category mails', () => {
  let t: TestApp;
  let owner: { accessToken: string; userId: string };
  let tenantId: string;
  const api = (path: string) => `/api/v1/tenants/${tenantId}${path}`;

  async function contact(body: object, tenant = tenantId, token = owner.accessToken): Promise<string> {
    const res = await t.http
      .post(`/api/v1/tenants/${tenant}/contacts`)
      .set('Authorization', bearer(token))
      .send({ firstName: 'Jan', lastName: 'Nowak', panelAccess: false, notificationCategories: [], ...body })
      .expect(201);
    return res.body.id;
  }

  const addresses = {
    billing: uniqueEmail('billing').toLowerCase(),
    payments: uniqueEmail('payments').toLowerCase(),
    companyPayments: uniqueEmail('co-payments').toLowerCase(),
    polish: uniqueEmail('polish').toLowerCase(),
    support: uniqueEmail('support').toLowerCase(),
    foreign: uniqueEmail('foreign').toLowerCase(),
  };

  beforeAll(async () => {
    t = await createAppWithPayments();
    const o = await signUp(t);
    owner = { accessToken: o.accessToken, userId: (await t.app.get(IdentityUsers).findByEmail(o.email))!.id };
    tenantId = await createTenant(t, owner.userId, 'Hosting Ltd');
    await t.http.patch(api('')).set('Authorization', bearer(owner.accessToken)).send({ billingEmail: addresses.billing }).expect(200);

    const companyId = randomUUID();
    await t.app
      .get(DataSource)
      .query(`INSERT INTO companies (id, tenant_id, name, created_at, updated_at) VALUES ($1, $2, 'Client Co', now(), now())`, [
        companyId,
        tenantId,
      ]);

    await contact({ firstName: 'Pay', lastName: 'Master', email: addresses.payments, notificationCategories: ['payments', 'general'] });
    await contact({ email: addresses.companyPayments, companyId, notificationCategories: ['payments'] });
    await contact({ email: addresses.support, notificationCategories: ['support'] });
    // Subscribed, but no address: nobody to mail.
    await contact({ notificationCategories: ['payments'] });
    // The billing address as a contact too: one mail, not two.
    await contact({ email: addresses.billing.toUpperCase(), notificationCategories: ['payments'] });
    // A contact made into a member from an account that speaks Polish: mails in Polish.
    await signUp(t, { email: addresses.polish, locale: 'pl' });
    const polish = await contact({
      firstName: 'Zofia',
      lastName: 'Lis',
      email: addresses.polish,
      panelAccess: true,
      notificationCategories: ['payments'],
    });
    await t.http
      .post(api('/members'))
      .set('Authorization', bearer(owner.accessToken))
      .send({ fromContactId: polish, role: 'member' })
      .expect(201);

    // Another tenant's payments contact never receives this tenant's mail.
    const other = await signUp(t);
    const otherTenant = await createTenant(t, (await t.app.get(IdentityUsers).findByEmail(other.email))!.id, 'Other');
    await contact({ email: addresses.foreign, notificationCategories: ['payments'] }, otherTenant, other.accessToken);
  });
  afterAll(() => t.close());

  it('is plugged with the tenancy implementation', () => {
    expect(t.app.get(NotificationRecipients)).toBeInstanceOf(TenantNotificationRecipients);
  });

  it("answers the billing email first, then the tenant's subscribed contacts with an address, each once, with known locales", async () => {
    const recipients = await t.app.get(NotificationRecipients).recipientsOf(tenantId, 'payments');
    expect(recipients).toEqual([
      { email: addresses.billing, name: null },
      { email: addresses.payments, name: 'Pay Master' },
      { email: addresses.companyPayments, name: 'Jan Nowak' },
      { email: addresses.polish, name: 'Zofia Lis', locale: 'pl' },
    ]);
    expect(await t.app.get(NotificationRecipients).recipientsOf(tenantId, 'support')).toEqual([
      { email: addresses.support, name: 'Jan Nowak' },
    ]);
    expect(await t.app.get(NotificationRecipients).recipientsOf(tenantId, 'general')).toEqual([
      { email: addresses.payments, name: 'Pay Master' },
    ]);
    expect(await t.app.get(NotificationRecipients).recipientsOf(tenantId, 'domains')).toEqual([]);
    // Nothing for an unknown category, a tenant that does not exist, or an id that is not one.
    expect(await t.app.get(NotificationRecipients).recipientsOf(tenantId, 'spam')).toEqual([]);
    expect(await t.app.get(NotificationRecipients).recipientsOf(randomUUID(), 'payments')).toEqual([]);
    expect(await t.app.get(NotificationRecipients).recipientsOf('not-a-uuid', 'payments')).toEqual([]);
  });

  it('follows changes: an unsubscribed contact stops receiving, a deleted one too', async () => {
    const id = await contact({ email: uniqueEmail('changing'), notificationCategories: ['domains'] });
    const domains = () => t.app.get(NotificationRecipients).recipientsOf(tenantId, 'domains');
    expect(await domains()).toHaveLength(1);
    await t.http
      .patch(api(`/contacts/${id}`))
      .set('Authorization', bearer(owner.accessToken))
      .send({ notificationCategories: ['support'] })
      .expect(200);
    expect(await domains()).toEqual([]);
    await t.http
      .patch(api(`/contacts/${id}`))
      .set('Authorization', bearer(owner.accessToken))
      .send({ notificationCategories: ['domains'] })
      .expect(200);
    expect(await domains()).toHaveLength(1);
    await t.http
      .delete(api(`/contacts/${id}`))
      .set('Authorization', bearer(owner.accessToken))
      .expect(204);
    expect(await domains()).toEqual([]);
  });

  it('delivers a product\'s "payments" mail through the outbox to exactly those recipients, each in their language', async () => {
    t.mail.clear();
    const ids = await t.app.get(PaymentNotices).invoiceDue(tenantId, 'FV/2026/12/7', '120.00 PLN');
    expect(ids).toHaveLength(4);

    const got = await Promise.all(
      [addresses.billing, addresses.payments, addresses.companyPayments, addresses.polish].map((to) =>
        t.mail.waitFor((m) => m.to.includes(to)),
      ),
    );
    expect(got.map((m) => m.subject)).toEqual([
      'Invoice FV/2026/12/7 is due',
      'Invoice FV/2026/12/7 is due',
      'Invoice FV/2026/12/7 is due',
      'Termin płatności faktury FV/2026/12/7',
    ]);
    expect(got[1].text).toContain('Hello Pay Master');
    expect(got[3].text).toContain('Zofia Lis');

    // Delivered once each, and nobody else got it (the outbox holds exactly the four).
    const status = await t.app.get(Outbox).deliveryStatus(ids);
    expect([...status.keys()].sort()).toEqual([...ids].sort());
    const all = t.mail.mails.filter((m) => m.subject.includes('FV/2026/12/7'));
    expect(all.flatMap((m) => m.to).sort()).toEqual(
      [addresses.billing, addresses.companyPayments, addresses.payments, addresses.polish].sort(),
    );
    expect(all.some((m) => m.to.includes(addresses.support) || m.to.includes(addresses.foreign))).toBe(false);
  });

  it('sends nothing when nobody is subscribed', async () => {
    const o = await signUp(t);
    const empty = await createTenant(t, (await t.app.get(IdentityUsers).findByEmail(o.email))!.id, 'Quiet');
    expect(await t.app.get(PaymentNotices).invoiceDue(empty, 'FV/1', '1 PLN')).toEqual([]);
  });
});
