import { HttpStatus, Injectable } from '@nestjs/common';
import { Clock, CodedException, CommonErrorCode, CursorPage, encodeCursor, parseCursor } from '@tenant-iam/common';
import { accessibleSql, subjectOf } from '@tenant-iam/permissions';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ActivityLog } from '../activity/activity-log.service';
import type { ActivityDataMap } from '../activity/activity.map';
import { isUuid } from '../common/uuid';
import { MembershipRole } from '../memberships/membership.entity';
import { TenancySubject } from '../context/tenancy.catalog';
import type { TenantContext } from '../context/tenant-context';
import { CompaniesRepository, CompanyKey, CompanyRow } from './companies.repository';
import { CompanyErrorCode as E } from './company-error-code';
import { CompanyEntity } from './company.entity';
import type { CompanyResponse, CreateCompanyDto, ListCompaniesQuery, UpdateCompanyDto } from './dto/company.dto';

const DEFAULT_LIMIT = 20;

/**
 * The `Company` subject's condition field in the companies query. As text: a set's condition may
 * hold any string, which must not reach a uuid comparison (a 500); text equality is what CASL's
 * matcher does.
 */
const COMPANY_COLUMNS = { companyId: 'c.id::text' };

// The id goes into a uuid parameter: a forged cursor must fail here, not as a database error.
const isCompanyKey = (value: Record<string, string | number>): value is CompanyKey & Record<string, string> =>
  typeof value.name === 'string' && isUuid(value.id);

/** The company as the ability sees it: its own id is its `companyId` (what a client's scope names). */
const asSubject = (id: string) => subjectOf(TenancySubject.Company, { companyId: id });

const notFound = () => new CodedException(HttpStatus.NOT_FOUND, E.NotFound);
const forbidden = () => new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
const inUse = (members: number) => new CodedException(HttpStatus.CONFLICT, E.InUse, { members });

/**
 * A tenant's client companies. `@Can` has checked the action on the subject type; here each
 * company is checked with its id, so a client reads, changes and deletes only its own companies
 * (others answer 404 like one that does not exist) and creates none. Every write is logged in
 * its transaction.
 */
@Injectable()
export class CompaniesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly companies: CompaniesRepository,
    private readonly activity: ActivityLog,
    private readonly clock: Clock,
  ) {}

  /**
   * A page of the companies the caller may read, by name (case aside) then id.
   * @throws `VALIDATION_FAILED` (400) on `cursor` for a cursor this list did not make
   */
  async list(ctx: TenantContext, query: ListCompaniesQuery): Promise<CursorPage<CompanyResponse>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const after = parseCursor(query.cursor, isCompanyKey);
    // One row more than asked tells whether a next page exists without a count.
    const rows = await this.companies.list(ctx.tenantId, {
      q: query.q,
      after,
      limit: limit + 1,
      access: (firstParam) => accessibleSql(ctx.ability, 'read', TenancySubject.Company, COMPANY_COLUMNS, firstParam),
    });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1]?.company;
    return {
      items: items.map(toResponse),
      nextCursor: rows.length > limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
    };
  }

  /** One company the caller may read. @throws `COMPANY_NOT_FOUND` (404), also for one hidden by the ability */
  async get(ctx: TenantContext, companyId: string): Promise<CompanyResponse> {
    const row = isUuid(companyId) ? await this.companies.find(ctx.tenantId, companyId) : null;
    if (!row || !ctx.ability.can('read', asSubject(row.company.id))) throw notFound();
    return toResponse(row);
  }

  /**
   * Creates a company. The unique index, not a read, decides whether the name is free. A client
   * creates none: a new company is not one of its own.
   * @throws `FORBIDDEN` (403), `COMPANY_NAME_TAKEN` (409)
   */
  async create(ctx: TenantContext, dto: CreateCompanyDto): Promise<CompanyResponse> {
    const now = this.clock.now();
    const company = Object.assign(new CompanyEntity(), {
      id: uuidv7(),
      tenantId: ctx.tenantId,
      name: dto.name.trim(),
      taxId: dto.taxId?.trim() || null,
      createdAt: now,
      updatedAt: now,
    });
    if (!ctx.ability.can('create', asSubject(company.id))) throw forbidden();
    await refusals(() =>
      this.dataSource.transaction(async (m) => {
        await this.companies.insert(company, m);
        await this.record(m, ctx, 'company.created', company, { name: company.name });
      }),
    );
    return toResponse({ company, membersCount: 0 });
  }

  /**
   * Changes a company's name or tax id; a patch that changes nothing writes and logs nothing.
   * @throws `COMPANY_NOT_FOUND` (404), `FORBIDDEN` (403: may read it, not change it; a client renaming it),
   *   `COMPANY_NAME_TAKEN` (409)
   */
  async update(ctx: TenantContext, companyId: string, dto: UpdateCompanyDto): Promise<CompanyResponse> {
    if (!isUuid(companyId)) throw notFound();
    const row = await refusals(() =>
      this.dataSource.transaction(async (m): Promise<CompanyRow> => {
        const current = await this.visible(ctx, companyId, 'update', m);
        const next = {
          name: dto.name?.trim() ?? current.name,
          taxId: dto.taxId === undefined ? current.taxId : dto.taxId?.trim() || null,
        };
        const fields = (['name', 'taxId'] as const).filter((field) => next[field] !== current[field]);
        // Names are unique across the tenant: a client renaming its company could probe other
        // customers' names one 409 at a time. The tenant's staff names companies.
        if (fields.includes('name') && ctx.membership?.role === MembershipRole.Client) throw forbidden();
        const company = fields.length ? await this.companies.update(ctx.tenantId, companyId, next, this.clock.now(), m) : current;
        if (fields.length) await this.record(m, ctx, 'company.updated', company, { name: company.name, fields: [...fields] });
        return { company, membersCount: await this.companies.countMembers(ctx.tenantId, companyId, m) };
      }),
    );
    return toResponse(row);
  }

  /**
   * Deletes a company no member is linked to. Its row is locked first, and a member being linked
   * holds it too, so no link can appear between the count and the delete.
   * @throws `COMPANY_NOT_FOUND` (404), `FORBIDDEN` (403), `COMPANY_IN_USE` (409, `{ members }`)
   */
  async delete(ctx: TenantContext, companyId: string): Promise<void> {
    if (!isUuid(companyId)) throw notFound();
    try {
      await this.dataSource.transaction(async (m) => {
        const current = await this.visible(ctx, companyId, 'delete', m);
        const members = await this.companies.countMembers(ctx.tenantId, companyId, m);
        if (members > 0) throw inUse(members);
        await this.companies.delete(ctx.tenantId, companyId, m);
        await this.record(m, ctx, 'company.deleted', current, { name: current.name });
      });
    } catch (error) {
      // A row of another feature that keeps the company (a restricting key) refuses the delete too.
      if (CompaniesRepository.refusedBy(error) !== 'referenced') throw error;
      throw inUse(await this.companies.countMembers(ctx.tenantId, companyId));
    }
  }

  /** The company, locked, when the caller may read it (else 404) and may `action` it (else 403). */
  private async visible(ctx: TenantContext, companyId: string, action: 'update' | 'delete', m: EntityManager): Promise<CompanyEntity> {
    const current = await this.companies.lock(ctx.tenantId, companyId, m, action === 'delete');
    if (!current || !ctx.ability.can('read', asSubject(current.id))) throw notFound();
    if (!ctx.ability.can(action, asSubject(current.id))) throw forbidden();
    return current;
  }

  private record<A extends 'company.created' | 'company.updated' | 'company.deleted'>(
    m: EntityManager,
    ctx: TenantContext,
    action: A,
    company: CompanyEntity,
    data: ActivityDataMap[A],
  ): Promise<void> {
    return this.activity.record(m, { tenantId: ctx.tenantId, actor: ctx.actor, action, target: { type: 'company', id: company.id }, data });
  }
}

/** Runs a write, answering the name index's refusal as 409 `COMPANY_NAME_TAKEN`. */
async function refusals<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (CompaniesRepository.refusedBy(error) === 'name') throw new CodedException(HttpStatus.CONFLICT, E.NameTaken);
    throw error;
  }
}

function toResponse({ company, membersCount }: CompanyRow): CompanyResponse {
  return {
    id: company.id,
    name: company.name,
    taxId: company.taxId,
    membersCount,
    createdAt: company.createdAt.toISOString(),
    updatedAt: company.updatedAt.toISOString(),
  };
}
