import { Client } from 'pg';
import { createTestDatabase } from '../../../../test/support/database';
import { AbilityFactory, AppAbility } from '../ability/ability.factory';
import { RolePreset } from '../ability/role-preset';
import { subjectOf } from '../ability/subject-of';
import type { CatalogSubject, Labels, PermissionRule } from '../catalog/catalog.types';
import { PermissionCatalog } from '../catalog/permission-catalog';
import { accessibleSql } from './accessible-sql';

const label = (en: string): Labels => ({ en, pl: en, uk: en });
const CATALOG: CatalogSubject[] = [
  {
    subject: 'Row',
    label: label('Rows'),
    companyScoped: true,
    conditionFields: ['role', 'status', 'level', 'companyId'],
    actions: [{ action: 'read', label: label('Read') }],
  },
];
const COLUMNS = { role: 'r.role', status: 'r.status', level: 'r.level', companyId: 'r.company_id' };

interface Row {
  id: number;
  role: string | null;
  status: string | null;
  level: number | null;
  companyId: string | null;
}

// Every combination of a few values, NULL included, so three-valued logic gets its chance to differ.
const ROLES = ['owner', 'member', 'client', null];
const STATUSES = ['active', 'blocked', null];
const LEVELS = [1, 2, null];
const COMPANIES = ['c1', 'c2', null];
const ROWS: Row[] = [];
for (const role of ROLES)
  for (const status of STATUSES)
    for (const level of LEVELS) for (const companyId of COMPANIES) ROWS.push({ id: ROWS.length + 1, role, status, level, companyId });

describe('accessibleSql on PostgreSQL (integration)', () => {
  let client: Client;
  let drop: () => Promise<void>;
  const factory = new AbilityFactory(PermissionCatalog.fromSubjects(CATALOG));

  beforeAll(async () => {
    const database = await createTestDatabase('perms_sql');
    drop = database.drop;
    client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `CREATE TEMP TABLE rows (id int PRIMARY KEY, tenant int NOT NULL, role text, status text, level int, company_id text)`,
    );
    await client.query(
      `INSERT INTO rows (id, tenant, role, status, level, company_id)
       SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[], $6::text[])`,
      [
        ROWS.map((r) => r.id),
        ROWS.map(() => 7),
        ROWS.map((r) => r.role),
        ROWS.map((r) => r.status),
        ROWS.map((r) => r.level),
        ROWS.map((r) => r.companyId),
      ],
    );
  });

  afterAll(async () => {
    await client?.end();
    await drop?.();
  });

  /** The ids the database returns, after a first parameter of the caller's own (the tenant). */
  async function selected(ability: AppAbility): Promise<number[]> {
    const where = accessibleSql(ability, 'read', 'Row', COLUMNS, 2);
    const result = await client.query<{ id: number }>(`SELECT r.id FROM rows r WHERE r.tenant = $1 AND ${where.sql} ORDER BY r.id`, [
      7,
      ...where.params,
    ]);
    return result.rows.map((row) => row.id);
  }

  /** The ids CASL itself allows, one row at a time. */
  const allowedInMemory = (ability: AppAbility) =>
    ROWS.filter((row) => ability.can('read', subjectOf('Row', { ...row }))).map((row) => row.id);

  const member = (rules: PermissionRule[]) => factory.build({ role: RolePreset.Member, permissionSet: { full: false, rules } });
  const read = (conditions?: Record<string, unknown>, inverted?: boolean): PermissionRule => ({
    action: 'read',
    subject: 'Row',
    ...(conditions ? { conditions } : {}),
    ...(inverted ? { inverted } : {}),
  });

  it.each<[string, PermissionRule[]]>([
    ['nothing', []],
    ['everything', [read()]],
    ['equality', [read({ role: 'member' })]],
    ['null equality', [read({ status: null })]],
    ['$ne', [read({ role: { $ne: 'owner' } })]],
    ['$ne null', [read({ status: { $ne: null } })]],
    ['$in', [read({ role: { $in: ['member', 'client'] }, level: { $in: [1] } })]],
    ['$in with null', [read({ role: { $in: ['member', null] } })]],
    ['$nin', [read({ role: { $nin: ['owner'] } })]],
    ['$nin with null', [read({ status: { $nin: ['blocked', null] } })]],
    ['$in, empty', [read({ role: { $in: [] } })]],
    ['two rules ORed', [read({ role: 'owner' }), read({ status: 'active', level: 2 })]],
    ['everything minus a cannot', [read(), read({ role: 'owner' }, true)]],
    [
      'a rule minus two cannots',
      [read({ status: { $ne: 'blocked' } }), read({ level: 1 }, true), read({ companyId: { $nin: ['c1'] } }, true)],
    ],
    ['cannot with $ne over nulls', [read(), read({ status: { $ne: 'active' } }, true)]],
  ])('selects exactly the rows CASL allows: %s', async (_case, rules) => {
    const ability = member(rules);
    expect(await selected(ability)).toEqual(allowedInMemory(ability));
  });

  it('selects by hand-checked examples', async () => {
    const ability = member([read({ role: 'member', status: 'active', level: 2 })]);
    // role member (2nd), status active (1st), level 2 (2nd): one row per company.
    expect(await selected(ability)).toEqual(
      ROWS.filter((r) => r.role === 'member' && r.status === 'active' && r.level === 2).map((r) => r.id),
    );
    expect(await selected(ability)).toHaveLength(COMPANIES.length);
    expect(await selected(member([]))).toEqual([]);
    expect(await selected(member([read()]))).toHaveLength(ROWS.length);
  });

  it("limits a client's rows to the client's companies", async () => {
    const ability = factory.build({
      role: RolePreset.Client,
      permissionSet: { full: false, rules: [read({ status: 'active' }), read({ role: 'owner' }, true)] },
      companyIds: ['c2'],
    });
    const ids = await selected(ability);
    expect(ids).toEqual(allowedInMemory(ability));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => ROWS[id - 1].companyId === 'c2' && ROWS[id - 1].status === 'active' && ROWS[id - 1].role !== 'owner')).toBe(
      true,
    );
  });
});
