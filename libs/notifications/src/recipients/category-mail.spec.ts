import type { EntityManager } from 'typeorm';
import { resolveNotificationsOptions } from '../notifications.options';
import type { OutgoingMail, Outbox } from '../outbox/outbox.service';
import { CategoryMail } from './category-mail.service';
import { NoNotificationRecipients, NotificationRecipient, NotificationRecipients } from './notification-recipients';

class FixedRecipients extends NotificationRecipients {
  readonly asked: [string, string, EntityManager | undefined][] = [];
  constructor(private readonly recipients: NotificationRecipient[]) {
    super();
  }
  async recipientsOf(scopeId: string, category: string, manager?: EntityManager): Promise<NotificationRecipient[]> {
    this.asked.push([scopeId, category, manager]);
    return this.recipients;
  }
}

function capturingOutbox(): { outbox: Outbox; mails: [EntityManager, OutgoingMail][] } {
  const mails: [EntityManager, OutgoingMail][] = [];
  const outbox = {
    add: async (manager: EntityManager, mail: OutgoingMail) => {
      mails.push([manager, mail]);
      return `id-${mails.length}`;
    },
  } as unknown as Outbox;
  return { outbox, mails };
}

const manager = { name: 'the caller transaction' } as unknown as EntityManager;

describe('CategoryMail', () => {
  it('queues one mail per recipient in the caller transaction, in their locale or the default, with their name', async () => {
    const recipients = new FixedRecipients([
      { email: 'a@example.test', name: 'Anna Nowak', locale: 'pl' },
      { email: 'b@example.test', name: null },
    ]);
    const { outbox, mails } = capturingOutbox();
    const ids = await new CategoryMail(recipients, outbox).add(manager, {
      scopeId: 'tenant-1',
      category: 'payments',
      template: 'billing.invoice',
      locale: 'uk',
      data: { number: 7 },
    });
    expect(ids).toEqual(['id-1', 'id-2']);
    expect(recipients.asked).toEqual([['tenant-1', 'payments', manager]]);
    expect(mails).toEqual([
      [manager, { to: 'a@example.test', template: 'billing.invoice', locale: 'pl', data: { number: 7, recipientName: 'Anna Nowak' } }],
      [manager, { to: 'b@example.test', template: 'billing.invoice', locale: 'uk', data: { number: 7, recipientName: null } }],
    ]);
  });

  it('mails an address once even when a port lists it twice', async () => {
    const recipients = new FixedRecipients([
      { email: 'a@example.test', name: 'First' },
      { email: ' A@Example.TEST', name: 'Again' },
    ]);
    const { outbox, mails } = capturingOutbox();
    await new CategoryMail(recipients, outbox).add(manager, { scopeId: 's', category: 'c', template: 't', locale: 'en', data: {} });
    expect(mails.map(([, mail]) => mail.data.recipientName)).toEqual(['First']);
  });

  it('sends nothing with the default port', async () => {
    const { outbox, mails } = capturingOutbox();
    expect(await new NoNotificationRecipients().recipientsOf()).toEqual([]);
    const ids = await new CategoryMail(new NoNotificationRecipients(), outbox).add(manager, {
      scopeId: 's',
      category: 'payments',
      template: 't',
      locale: 'en',
      data: {},
    });
    expect(ids).toEqual([]);
    expect(mails).toEqual([]);
  });

  it('refuses a recipients option that is not a port', () => {
    const base = { appUrl: 'http://app.test', mailFrom: 'a@app.test', mailboxDir: '/tmp/x', secret: 'x'.repeat(16), runWorkers: true };
    expect(() => resolveNotificationsOptions({ ...base, recipients: {} as NotificationRecipients })).toThrow(/recipients must be/);
    const port = new NoNotificationRecipients();
    expect(resolveNotificationsOptions({ ...base, recipients: port }).recipients).toBe(port);
  });
});
