import { NotificationRecipient, NotificationRecipients } from '@tenant-iam/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid } from '../common/uuid';
import { TenantsRepository } from '../tenants/tenants.repository';
import { isNotificationCategory } from './contact-categories';
import { ContactsRepository } from './contacts.repository';

/**
 * Tenancy's answer to the notifications lib's {@link NotificationRecipients} port: who receives
 * the mails of a category for a tenant.
 *
 * - every contact of the tenant (of the tenant itself or of any of its companies) that has an
 *   email and is subscribed to the category, authorised contacts and contact persons alike, in
 *   the language of the account made from the contact when there is one;
 * - for `payments`, also the tenant's billing email when one is set (the subscriber address that
 *   invoices go to), first;
 * - nobody else: members, the owner included, receive category mails only as contacts.
 *
 * Each address once (the first occurrence wins). An unknown category or a tenant id that is not
 * a UUID answers nobody. Plug it into `NotificationsModule` options as `recipients`, built in the
 * `forRootAsync` factory from the host's `DataSource`.
 */
export class TenantNotificationRecipients extends NotificationRecipients {
  private readonly contacts: ContactsRepository;
  private readonly tenants: TenantsRepository;

  constructor(dataSource: DataSource) {
    super();
    this.contacts = new ContactsRepository(dataSource);
    this.tenants = new TenantsRepository(dataSource);
  }

  async recipientsOf(tenantId: string, category: string, manager?: EntityManager): Promise<NotificationRecipient[]> {
    if (!isUuid(tenantId) || !isNotificationCategory(category)) return [];
    const found: NotificationRecipient[] = [];
    if (category === 'payments') {
      const tenant = await this.tenants.findById(tenantId, manager);
      if (tenant?.billingEmail) found.push({ email: tenant.billingEmail, name: null });
    }
    found.push(...(await this.contacts.recipientsOf(tenantId, category, manager)));
    const seen = new Set<string>();
    return found.filter((recipient) => {
      const key = recipient.email.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}
