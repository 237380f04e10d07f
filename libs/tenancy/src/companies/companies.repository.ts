import { Injectable } from '@nestjs/common';
import type { SqlCondition } from '@tenant-iam/permissions';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CompanyEntity } from './company.entity';

/** A company with the number of memberships linked to it, as the routes show it. */
export interface CompanyRow {
  company: CompanyEntity;
  membersCount: number;
}

/** The sort key of the list: the name, case aside, then the id. */
export interface CompanyKey {
  name: string;
  id: string;
}

/** Filters of {@link CompaniesRepository.list}. */
export interface CompanyFilter {
  /** Case-insensitive substring of the name or the tax id; `%` and `_` are literal. */
  q?: string;
  after?: CompanyKey;
  limit: number;
  /** The rows the caller may see, as a SQL condition over `c` numbered from the number given (`accessibleSql`). */
  access: (firstParam: number) => SqlCondition;
}

/** Which database constraint refused a write, when the service has an answer for it. */
export type CompanyConstraint = 'name' | 'referenced';

interface CompanySql {
  id: string;
  tenant_id: string;
  name: string;
  tax_id: string | null;
  created_at: Date;
  updated_at: Date;
  members_count?: string | number;
}

const COLUMNS = 'c.id, c.tenant_id, c.name, c.tax_id, c.created_at, c.updated_at';
const MEMBERS_COUNT =
  '(SELECT count(*) FROM membership_companies mc WHERE mc.tenant_id = c.tenant_id AND mc.company_id = c.id) AS members_count';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

const toEntity = (r: CompanySql): CompanyEntity =>
  Object.assign(new CompanyEntity(), {
    id: r.id,
    tenantId: r.tenant_id,
    name: r.name,
    taxId: r.tax_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

const toRow = (r: CompanySql): CompanyRow => ({ company: toEntity(r), membersCount: Number(r.members_count ?? 0) });

/** The only code that reads or writes `companies` (links live in `MembershipsRepository`). */
@Injectable()
export class CompaniesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  /**
   * The constraint behind a failed write: the case-insensitive name index (`name`), or a foreign
   * key of a row that still references the company and refuses its delete (`referenced`: a table
   * of a later feature keyed `ON DELETE RESTRICT`). Undefined for anything else, which the caller rethrows.
   */
  static refusedBy(error: unknown): CompanyConstraint | undefined {
    if (!(error instanceof QueryFailedError)) return undefined;
    const driver = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string; table?: string } }).driverError;
    if (driver?.code === '23505' && driver.constraint === 'companies_tenant_name_idx') return 'name';
    if (driver?.code === '23001' || driver?.code === '23503') return 'referenced';
    return undefined;
  }

  async insert(company: CompanyEntity, m: EntityManager): Promise<void> {
    await m.query(`INSERT INTO companies (id, tenant_id, name, tax_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      company.id,
      company.tenantId,
      company.name,
      company.taxId,
      company.createdAt,
      company.updatedAt,
    ]);
  }

  /** One company of the tenant with its member count, or null. */
  async find(tenantId: string, id: string, m?: EntityManager): Promise<CompanyRow | null> {
    const rows: CompanySql[] = await this.manager(m).query(
      `SELECT ${COLUMNS}, ${MEMBERS_COUNT} FROM companies c WHERE c.tenant_id = $1 AND c.id = $2`,
      [tenantId, id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /**
   * Locks one company of the tenant until the transaction ends and returns it, or null.
   * `forDelete`: `FOR UPDATE`, which a member being linked (holding the row `FOR KEY SHARE`, see
   * `MembershipsRepository.companiesOfTenant`) waits for and makes wait, so no link can appear
   * while it is held and a count of links taken under it stays true. Otherwise `FOR NO KEY
   * UPDATE`: a rename orders with other changes but lets links go in.
   */
  async lock(tenantId: string, id: string, m: EntityManager, forDelete = false): Promise<CompanyEntity | null> {
    const strength = forDelete ? 'FOR UPDATE' : 'FOR NO KEY UPDATE';
    const rows: CompanySql[] = await m.query(`SELECT ${COLUMNS} FROM companies c WHERE c.tenant_id = $1 AND c.id = $2 ${strength}`, [
      tenantId,
      id,
    ]);
    return rows[0] ? toEntity(rows[0]) : null;
  }

  /**
   * One page of the tenant's companies by name (case aside) then id, in one statement; the
   * caller's `access` condition is part of the WHERE, so a company it may not read never leaves
   * the database.
   */
  async list(tenantId: string, filter: CompanyFilter): Promise<CompanyRow[]> {
    const params: unknown[] = [tenantId];
    const where = ['c.tenant_id = $1'];
    if (filter.q) {
      params.push(`%${escapeLike(filter.q)}%`);
      where.push(`(c.name ILIKE $${params.length} ESCAPE '\\' OR c.tax_id ILIKE $${params.length} ESCAPE '\\')`);
    }
    if (filter.after) {
      params.push(filter.after.name, filter.after.id);
      where.push(`(lower(c.name), c.id) > (lower($${params.length - 1}::text), $${params.length}::uuid)`);
    }
    const access = filter.access(params.length + 1);
    params.push(...access.params);
    where.push(`(${access.sql})`);
    params.push(filter.limit);
    const rows: CompanySql[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, ${MEMBERS_COUNT} FROM companies c
         WHERE ${where.join(' AND ')}
         ORDER BY lower(c.name), c.id
         LIMIT $${params.length}`,
      params,
    );
    return rows.map(toRow);
  }

  /** Writes name and tax id; returns the stored row. */
  async update(
    tenantId: string,
    id: string,
    change: { name: string; taxId: string | null },
    now: Date,
    m: EntityManager,
  ): Promise<CompanyEntity> {
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [rows]: [CompanySql[], number] = await m.query(
      `UPDATE companies c SET name = $3, tax_id = $4, updated_at = $5 WHERE c.tenant_id = $1 AND c.id = $2 RETURNING ${COLUMNS}`,
      [tenantId, id, change.name, change.taxId, now],
    );
    return toEntity(rows[0]);
  }

  /** How many memberships are linked to the company. */
  async countMembers(tenantId: string, id: string, m?: EntityManager): Promise<number> {
    const rows: { n: string }[] = await this.manager(m).query(
      'SELECT count(*) AS n FROM membership_companies WHERE tenant_id = $1 AND company_id = $2',
      [tenantId, id],
    );
    return Number(rows[0].n);
  }

  async delete(tenantId: string, id: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM companies WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
  }
}
