import { Injectable } from '@nestjs/common';
import { isLocale, Locale } from '@tenant-iam/common';
import { DataSource, EntityManager } from 'typeorm';
import { ContactEntity } from './contact.entity';

/** Filters of {@link ContactsRepository.list}. */
export interface ContactFilter {
  companyId?: string;
  category?: string;
  /** Case-insensitive substring of the first or last name, email, phone or position; `%` and `_` are literal. */
  q?: string;
  /** Contacts with a greater id (uuid v7: created later). */
  afterId?: string;
  limit: number;
  /** The rows the caller may see (permissions' `accessibleSql`), parameters numbered from the number given. */
  access: (firstParam: number) => { sql: string; params: unknown[] };
}

/** What a write sets on a contact. */
export type ContactFields = Pick<
  ContactEntity,
  'companyId' | 'firstName' | 'lastName' | 'email' | 'phone' | 'position' | 'panelAccess' | 'notificationCategories'
>;

/** A recipient of a category, as the contacts hold it. */
export interface ContactRecipientRow {
  email: string;
  name: string;
  locale?: Locale;
}

interface ContactRowSql {
  id: string;
  tenant_id: string;
  company_id: string | null;
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  position: string | null;
  panel_access: boolean;
  notification_categories: string[];
  user_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS =
  'c.id, c.tenant_id, c.company_id, c.first_name, c.last_name, c.email, c.phone, c.position, c.panel_access, c.notification_categories, c.user_id, c.created_at, c.updated_at';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

const toEntity = (r: ContactRowSql): ContactEntity =>
  Object.assign(new ContactEntity(), {
    id: r.id,
    tenantId: r.tenant_id,
    companyId: r.company_id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    phone: r.phone,
    position: r.position,
    panelAccess: r.panel_access,
    notificationCategories: r.notification_categories,
    userId: r.user_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

/** The only code that reads or writes `contacts`. */
@Injectable()
export class ContactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  /** One page of the tenant's contacts by id, the caller's `access` condition in the same WHERE. */
  async list(tenantId: string, filter: ContactFilter): Promise<ContactEntity[]> {
    const params: unknown[] = [tenantId];
    const where = ['c.tenant_id = $1'];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.companyId !== undefined) add((n) => `c.company_id = $${n}::uuid`, filter.companyId);
    if (filter.category !== undefined) add((n) => `$${n}::text = ANY(c.notification_categories)`, filter.category);
    if (filter.q) {
      add(
        (n) =>
          `(c.first_name ILIKE $${n} ESCAPE '\\' OR c.last_name ILIKE $${n} ESCAPE '\\' OR c.email ILIKE $${n} ESCAPE '\\'` +
          ` OR c.phone ILIKE $${n} ESCAPE '\\' OR c.position ILIKE $${n} ESCAPE '\\')`,
        `%${escapeLike(filter.q)}%`,
      );
    }
    if (filter.afterId !== undefined) add((n) => `c.id > $${n}::uuid`, filter.afterId);
    const access = filter.access(params.length + 1);
    params.push(...access.params);
    where.push(`(${access.sql})`);
    params.push(filter.limit);
    const rows: ContactRowSql[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM contacts c WHERE ${where.join(' AND ')} ORDER BY c.id LIMIT $${params.length}`,
      params,
    );
    return rows.map(toEntity);
  }

  /** One contact of the tenant, or null. */
  async findById(tenantId: string, id: string, m?: EntityManager): Promise<ContactEntity | null> {
    const rows: ContactRowSql[] = await this.manager(m).query(`SELECT ${COLUMNS} FROM contacts c WHERE c.tenant_id = $1 AND c.id = $2`, [
      tenantId,
      id,
    ]);
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** One contact of the tenant, locked until the transaction ends (changes run one at a time), or null. */
  async lockById(tenantId: string, id: string, m: EntityManager): Promise<ContactEntity | null> {
    const rows: ContactRowSql[] = await m.query(`SELECT ${COLUMNS} FROM contacts c WHERE c.tenant_id = $1 AND c.id = $2 FOR UPDATE`, [
      tenantId,
      id,
    ]);
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /** How many contacts the tenant holds; call it under the tenant's row lock. */
  async countForTenant(tenantId: string, m: EntityManager): Promise<number> {
    const rows: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM contacts WHERE tenant_id = $1', [tenantId]);
    return rows[0].n;
  }

  /**
   * Whether `companyId` is a company of the tenant, holding it (`FOR KEY SHARE`) until the
   * transaction ends: a concurrent delete of the company waits, then clears the contact's company.
   */
  async holdCompany(tenantId: string, companyId: string, m: EntityManager): Promise<boolean> {
    const rows: unknown[] = await m.query('SELECT 1 FROM companies WHERE tenant_id = $1 AND id = $2 FOR KEY SHARE', [tenantId, companyId]);
    return rows.length === 1;
  }

  async insert(contact: ContactEntity, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO contacts (id, tenant_id, company_id, first_name, last_name, email, phone, position, panel_access,
           notification_categories, user_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::text[], $11, $12, $13)`,
      [
        contact.id,
        contact.tenantId,
        contact.companyId,
        contact.firstName,
        contact.lastName,
        contact.email,
        contact.phone,
        contact.position,
        contact.panelAccess,
        contact.notificationCategories,
        contact.userId,
        contact.createdAt,
        contact.updatedAt,
      ],
    );
  }

  /** Writes every field of a contact; returns the stored row. */
  async update(tenantId: string, id: string, fields: ContactFields, now: Date, m: EntityManager): Promise<ContactEntity> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [rows]: [ContactRowSql[], number] = await m.query(
      `UPDATE contacts c SET company_id = $3, first_name = $4, last_name = $5, email = $6, phone = $7, position = $8,
           panel_access = $9, notification_categories = $10::text[], updated_at = $11
         WHERE c.tenant_id = $1 AND c.id = $2
         RETURNING ${COLUMNS}`,
      [
        tenantId,
        id,
        fields.companyId,
        fields.firstName,
        fields.lastName,
        fields.email,
        fields.phone,
        fields.position,
        fields.panelAccess,
        fields.notificationCategories,
        now,
      ],
    );
    return toEntity(rows[0]);
  }

  async delete(tenantId: string, id: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM contacts WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
  }

  /**
   * Records that a member's account was made (or linked) from the contact, in the member-add
   * transaction: `gone` when the contact was deleted meanwhile, `taken` when it is another
   * account's already (one conditional statement, so two adds racing for a contact cannot both link).
   */
  async linkUser(tenantId: string, id: string, userId: string, now: Date, m: EntityManager): Promise<'linked' | 'gone' | 'taken'> {
    const [, count]: [unknown[], number] = await m.query(
      'UPDATE contacts SET user_id = $3, updated_at = $4 WHERE tenant_id = $1 AND id = $2 AND (user_id IS NULL OR user_id = $3)',
      [tenantId, id, userId, now],
    );
    if (count === 1) return 'linked';
    const [row] = await m.query('SELECT 1 FROM contacts WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
    return row ? 'taken' : 'gone';
  }

  /**
   * The contacts of the tenant with an email that are subscribed to `category`, oldest first,
   * with the locale of the account made from them when there is one.
   */
  async recipientsOf(tenantId: string, category: string, m?: EntityManager): Promise<ContactRecipientRow[]> {
    const rows: { email: string; first_name: string; last_name: string; locale: string | null }[] = await this.manager(m).query(
      `SELECT c.email, c.first_name, c.last_name, u.locale
         FROM contacts c LEFT JOIN user_directory u ON u.id = c.user_id
         WHERE c.tenant_id = $1 AND c.email IS NOT NULL AND $2::text = ANY(c.notification_categories)
         ORDER BY c.id`,
      [tenantId, category],
    );
    return rows.map((r) => ({
      email: r.email,
      name: `${r.first_name} ${r.last_name}`,
      ...(isLocale(r.locale) ? { locale: r.locale } : {}),
    }));
  }
}
