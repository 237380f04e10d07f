import { HttpStatus, Injectable } from '@nestjs/common';
import { Clock, CodedException, CommonErrorCode, CursorPage, encodeCursor, FieldError, parseCursor } from '@tenant-iam/common';
import { normalizeEmail } from '@tenant-iam/identity';
import { accessibleSql, subjectOf } from '@tenant-iam/permissions';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ActivityLog } from '../activity/activity-log.service';
import type { ActivityTarget } from '../activity/activity.map';
import { isUuid } from '../common/uuid';
import { TenancySubject } from '../context/tenancy.catalog';
import type { TenantContext } from '../context/tenant-context';
import { checkProfile, DEFAULT_PROFILE_POLICY } from '../policies/profile-policy';
import { readSettings } from '../policies/tenant-settings';
import { TenancyErrorCode } from '../tenancy-error-code';
import { TenantEntity } from '../tenants/tenant.entity';
import { TenantsRepository } from '../tenants/tenants.repository';
import { canonicalCategories } from './contact-categories';
import { ContactErrorCode as E, ContactFieldCode as F } from './contact-error-code';
import { ContactEntity } from './contact.entity';
import { ContactFields, ContactsRepository } from './contacts.repository';
import type { ContactListResponse, ContactResponse, CreateContactDto, ListContactsQuery, UpdateContactDto } from './dto/contact.dto';

/** Most contacts one tenant may hold: every recipients lookup and list reads them. */
export const MAX_CONTACTS_PER_TENANT = 10_000;

const DEFAULT_LIMIT = 20;
const SUBJECT = TenancySubject.Contact;
/** The `Contact` subject's condition field, as a column of the contacts query. Text: a set's condition may hold any string. */
const CONTACT_COLUMNS = { companyId: 'c.company_id::text' };

const isIdKey = (value: Record<string, string | number>): value is { id: string } => isUuid(value.id);
const notFound = () => new CodedException(HttpStatus.NOT_FOUND, E.ContactNotFound);
const invalid = (errors: FieldError[]) =>
  new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, CommonErrorCode.ValidationFailed, undefined, errors);
const unknownCompany = () => invalid([{ field: 'companyId', code: F.UnknownCompany }]);
const forbidden = () => new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
const target = (contact: ContactEntity): ActivityTarget => ({ type: 'contact', id: contact.id });
/** What an ability checks of a contact: its condition field. */
const asSubject = (contact: Pick<ContactEntity, 'companyId'>) => subjectOf(SUBJECT, { companyId: contact.companyId });

/** Fields a PATCH may change, in the order the activity entry lists them. */
const FIELDS = ['companyId', 'firstName', 'lastName', 'email', 'phone', 'position', 'panelAccess', 'notificationCategories'] as const;

/**
 * Contact persons of a tenant or of its client companies, and authorised contacts (mail only).
 * Reads are filtered by the caller's ability in SQL (a client sees only its companies' contacts);
 * writes check the row before and after the change, run in one transaction with their activity
 * entry, and never touch memberships: a contact takes no seat.
 */
@Injectable()
export class ContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsRepository,
    private readonly tenants: TenantsRepository,
    private readonly activity: ActivityLog,
    private readonly clock: Clock,
  ) {}

  /**
   * A page of the contacts the caller may read, by id (creation order), with the filters.
   * @throws `VALIDATION_FAILED` (400) on `cursor` for a cursor this list did not make
   */
  async list(ctx: TenantContext, query: ListContactsQuery): Promise<ContactListResponse> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = parseCursor(query.cursor, isIdKey);
    const rows = await this.contacts.list(ctx.tenantId, {
      companyId: query.companyId,
      category: query.category,
      q: query.q,
      afterId: after?.id,
      limit: limit + 1,
      access: (firstParam) => accessibleSql(ctx.ability, 'read', SUBJECT, CONTACT_COLUMNS, firstParam),
    });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const page: CursorPage<ContactResponse> = {
      items: items.map(toContactResponse),
      nextCursor: rows.length > limit && last ? encodeCursor({ id: last.id }) : null,
    };
    return page;
  }

  /** One contact the caller may read. @throws `CONTACT_NOT_FOUND` (404), also for one hidden by the ability */
  async get(ctx: TenantContext, contactId: string): Promise<ContactResponse> {
    const contact = isUuid(contactId) ? await this.contacts.findById(ctx.tenantId, contactId) : null;
    if (!contact || !ctx.ability.can('read', asSubject(contact))) throw notFound();
    return toContactResponse(contact);
  }

  /**
   * Creates a contact. The tenant's row is locked while contacts are counted, so concurrent
   * creations never pass {@link MAX_CONTACTS_PER_TENANT}; the company is held until the commit.
   * @throws `FORBIDDEN` (403: a tenant-level contact by a caller limited to companies);
   *   `CONTACT_LIMIT_REACHED` (409); `VALIDATION_FAILED` (422: `companyId: UNKNOWN_COMPANY`, `phone: PHONE_INVALID`)
   */
  async create(ctx: TenantContext, dto: CreateContactDto): Promise<ContactResponse> {
    const companyId = dto.companyId ?? null;
    this.assertMay(ctx, 'create', companyId);
    const contact = await this.dataSource.transaction(async (m) => {
      const tenant = await this.lockTenant(ctx.tenantId, m);
      if ((await this.contacts.countForTenant(tenant.id, m)) >= MAX_CONTACTS_PER_TENANT) {
        throw new CodedException(HttpStatus.CONFLICT, E.ContactLimitReached, { limit: MAX_CONTACTS_PER_TENANT });
      }
      if (companyId && !(await this.contacts.holdCompany(tenant.id, companyId, m))) throw unknownCompany();
      const now = this.clock.now();
      const row = Object.assign(new ContactEntity(), {
        id: uuidv7(),
        tenantId: tenant.id,
        companyId,
        firstName: dto.firstName,
        lastName: dto.lastName,
        email: dto.email ? normalizeEmail(dto.email) : null,
        phone: phoneOf(tenant, dto.phone),
        position: dto.position ?? null,
        panelAccess: dto.panelAccess,
        notificationCategories: canonicalCategories(dto.notificationCategories),
        userId: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.contacts.insert(row, m);
      await this.activity.record(m, {
        tenantId: tenant.id,
        actor: ctx.actor,
        action: 'contact.created',
        target: target(row),
        data: { companyId, panelAccess: row.panelAccess },
      });
      return row;
    });
    return toContactResponse(contact);
  }

  /**
   * Changes the fields given; `null` clears an optional one. The caller must be allowed to update
   * the contact as it is and as it becomes (a client cannot move a contact out of its companies).
   * One `contact.updated` entry lists the changed fields; nothing changed, nothing written.
   * @throws `CONTACT_NOT_FOUND` (404); `FORBIDDEN` (403); `VALIDATION_FAILED` (422: `companyId`, `phone`)
   */
  async update(ctx: TenantContext, contactId: string, dto: UpdateContactDto): Promise<ContactResponse> {
    if (!isUuid(contactId)) throw notFound();
    const contact = await this.dataSource.transaction(async (m) => {
      const current = await this.contacts.lockById(ctx.tenantId, contactId, m);
      if (!current || !ctx.ability.can('read', asSubject(current))) throw notFound();
      if (!ctx.ability.can('update', asSubject(current))) throw forbidden();

      const next: ContactFields = { ...current };
      if (dto.companyId !== undefined) next.companyId = dto.companyId;
      if (dto.firstName !== undefined) next.firstName = dto.firstName;
      if (dto.lastName !== undefined) next.lastName = dto.lastName;
      if (dto.email !== undefined) next.email = dto.email === null ? null : normalizeEmail(dto.email);
      if (dto.position !== undefined) next.position = dto.position;
      if (dto.panelAccess !== undefined) next.panelAccess = dto.panelAccess;
      if (dto.notificationCategories !== undefined) next.notificationCategories = canonicalCategories(dto.notificationCategories);
      if (dto.phone !== undefined) {
        const tenant = await this.tenants.findById(ctx.tenantId, m);
        if (!tenant) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
        next.phone = dto.phone === null ? null : phoneOf(tenant, dto.phone);
      }
      if (next.companyId !== current.companyId) {
        this.assertMay(ctx, 'update', next.companyId);
        if (next.companyId && !(await this.contacts.holdCompany(ctx.tenantId, next.companyId, m))) throw unknownCompany();
      }

      const changed = FIELDS.filter((field) => JSON.stringify(next[field]) !== JSON.stringify(current[field]));
      if (!changed.length) return current;
      const updated = await this.contacts.update(ctx.tenantId, current.id, next, this.clock.now(), m);
      await this.activity.record(m, {
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        action: 'contact.updated',
        target: target(updated),
        data: { fields: changed },
      });
      return updated;
    });
    return toContactResponse(contact);
  }

  /**
   * Deletes a contact (a member made from it stays a member).
   * @throws `CONTACT_NOT_FOUND` (404); `FORBIDDEN` (403)
   */
  async delete(ctx: TenantContext, contactId: string): Promise<void> {
    if (!isUuid(contactId)) throw notFound();
    await this.dataSource.transaction(async (m) => {
      const current = await this.contacts.lockById(ctx.tenantId, contactId, m);
      if (!current || !ctx.ability.can('read', asSubject(current))) throw notFound();
      if (!ctx.ability.can('delete', asSubject(current))) throw forbidden();
      await this.contacts.delete(ctx.tenantId, current.id, m);
      await this.activity.record(m, {
        tenantId: ctx.tenantId,
        actor: ctx.actor,
        action: 'contact.deleted',
        target: target(current),
        data: { companyId: current.companyId },
      });
    });
  }

  /**
   * The caller may `action` a contact of `companyId`. A company it may not act in answers like a
   * company that does not exist (422), so a client learns nothing of other clients' companies;
   * a tenant-level contact (no company) it may not act on is a plain 403.
   */
  private assertMay(ctx: TenantContext, action: 'create' | 'update', companyId: string | null): void {
    if (ctx.ability.can(action, asSubject({ companyId }))) return;
    throw companyId ? unknownCompany() : forbidden();
  }

  private async lockTenant(tenantId: string, m: EntityManager): Promise<TenantEntity> {
    const tenant = await this.tenants.lockForUpdate(tenantId, m);
    if (!tenant) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    return tenant;
  }
}

/**
 * A contact's phone in E.164, read in the tenant's `phoneCountry` like members' phones; only a
 * valid number is required (the member rules, prefixes included, apply when a member is made from it).
 * @throws `VALIDATION_FAILED` (422: `phone: PHONE_INVALID`)
 */
function phoneOf(tenant: TenantEntity, phone: string | undefined): string | null {
  if (phone === undefined || !phone.trim()) return null;
  const policy = { ...DEFAULT_PROFILE_POLICY, phonePrefixes: [], phoneCountry: readSettings(tenant.settings).profilePolicy.phoneCountry };
  const check = checkProfile(policy, { phone }, { partial: true });
  if (check.errors.length) throw invalid(check.errors);
  return check.phone ?? null;
}

/** A contact as the routes show it. */
export function toContactResponse(contact: ContactEntity): ContactResponse {
  return {
    id: contact.id,
    companyId: contact.companyId,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    phone: contact.phone,
    position: contact.position,
    panelAccess: contact.panelAccess,
    notificationCategories: canonicalCategories(contact.notificationCategories),
    userId: contact.userId,
    createdAt: contact.createdAt.toISOString(),
    updatedAt: contact.updatedAt.toISOString(),
  };
}
