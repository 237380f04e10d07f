import { AbilityFactory } from '../ability/ability.factory';
import { RolePreset } from '../ability/role-preset';
import type { CatalogSubject, Labels, PermissionRule } from '../catalog/catalog.types';
import { PermissionCatalog } from '../catalog/permission-catalog';
import { accessibleSql } from './accessible-sql';

const label = (en: string): Labels => ({ en, pl: en, uk: en });
const CATALOG: CatalogSubject[] = [
  {
    subject: 'Member',
    label: label('Users'),
    conditionFields: ['role', 'status', 'userId'],
    actions: [
      { action: 'read', label: label('Read') },
      { action: 'block', label: label('Block'), superadminOnly: true },
    ],
  },
  { subject: 'Order', label: label('Orders'), companyScoped: true, actions: [{ action: 'read', label: label('Read') }] },
];
const COLUMNS = { role: 'm.role', status: 'm.status', userId: 'm.user_id', companyId: 'o.company_id' };
const factory = new AbilityFactory(PermissionCatalog.fromSubjects(CATALOG));
const member = (rules: PermissionRule[]) => factory.build({ role: RolePreset.Member, permissionSet: { full: false, rules } });
const sql = (rules: PermissionRule[], first = 1, subject = 'Member') => accessibleSql(member(rules), 'read', subject, COLUMNS, first);

describe('accessibleSql', () => {
  it('is TRUE when unrestricted and FALSE when nothing is allowed', () => {
    expect(accessibleSql(factory.build({ role: RolePreset.Owner, permissionSet: null }), 'read', 'Member', COLUMNS, 1)).toEqual({
      sql: 'TRUE',
      params: [],
    });
    expect(sql([])).toEqual({ sql: 'FALSE', params: [] });
    expect(accessibleSql(factory.build({ role: RolePreset.Admin, permissionSet: null }), 'block', 'Member', COLUMNS, 1)).toEqual({
      sql: 'FALSE',
      params: [],
    });
    // Only cannot-rules: nothing allowed.
    expect(sql([{ action: 'read', subject: 'Member', conditions: { role: 'owner' }, inverted: true }])).toEqual({
      sql: 'FALSE',
      params: [],
    });
  });

  it('translates equality, $in, $nin, $ne and null with numbered parameters from firstParam', () => {
    expect(sql([{ action: 'read', subject: 'Member', conditions: { role: { $in: ['member', 'client'] }, status: 'active' } }], 3)).toEqual({
      sql: '(m.role = ANY($3) AND m.status = $4)',
      params: [['member', 'client'], 'active'],
    });
    expect(sql([{ action: 'read', subject: 'Member', conditions: { role: { $nin: ['owner'] }, status: null } }])).toEqual({
      sql: '((m.role IS NULL OR m.role <> ALL($1)) AND m.status IS NULL)',
      params: [['owner']],
    });
    expect(sql([{ action: 'read', subject: 'Member', conditions: { role: { $ne: 'owner' }, status: { $ne: null } } }])).toEqual({
      sql: '(m.role IS DISTINCT FROM $1 AND m.status IS NOT NULL)',
      params: ['owner'],
    });
    expect(sql([{ action: 'read', subject: 'Member', conditions: { role: { $in: ['a', null] }, status: { $nin: ['x', null] } } }])).toEqual(
      {
        sql: '((m.role = ANY($1) OR m.role IS NULL) AND (m.status IS NOT NULL AND m.status <> ALL($2)))',
        params: [['a'], ['x']],
      },
    );
  });

  it('ORs the allowing rules', () => {
    expect(
      sql([
        { action: 'read', subject: 'Member', conditions: { role: 'member' } },
        { action: 'read', subject: 'Member', conditions: { userId: 'u1' } },
      ]),
    ).toEqual({ sql: '(m.user_id = $1 OR m.role = $2)', params: ['u1', 'member'] });
  });

  it('subtracts inverted rules with AND NOT, unknowns counting as no match', () => {
    expect(
      sql([
        { action: 'read', subject: 'Member', conditions: { status: 'active' } },
        { action: 'read', subject: 'Member', conditions: { role: 'owner' }, inverted: true },
      ]),
    ).toEqual({ sql: '(m.status = $1 AND NOT COALESCE(m.role = $2, FALSE))', params: ['active', 'owner'] });
    expect(
      sql([
        { action: 'read', subject: 'Member' },
        { action: 'read', subject: 'Member', conditions: { role: 'owner' }, inverted: true },
      ]),
    ).toEqual({ sql: 'NOT COALESCE(m.role = $1, FALSE)', params: ['owner'] });
  });

  it("writes a client's company scope", () => {
    const client = factory.build({ role: RolePreset.Client, permissionSet: { full: true, rules: [] }, companyIds: ['c1', 'c2'] });
    expect(accessibleSql(client, 'read', 'Order', COLUMNS, 2)).toEqual({ sql: 'o.company_id = ANY($2)', params: [['c1', 'c2']] });
  });

  it('throws on a field without a column, an unsupported operator or a bad firstParam', () => {
    const ability = member([{ action: 'read', subject: 'Member', conditions: { userId: 'u1' } }]);
    expect(() => accessibleSql(ability, 'read', 'Member', { role: 'm.role' }, 1)).toThrow(/condition field "userId" has no column/);
    // extraRules come from code and are not validated: the translation still refuses what it cannot honour.
    const regex = factory.build({
      role: RolePreset.Member,
      permissionSet: null,
      extraRules: [{ action: 'read', subject: 'Member', conditions: { role: { $regex: '^a' } } }],
    });
    expect(() => accessibleSql(regex, 'read', 'Member', COLUMNS, 1)).toThrow(/operator "regex" on "role" is not supported/);
    // Only the map's own keys count as columns.
    expect(() => accessibleSql(ability, 'read', 'Member', Object.create({ userId: 'm.user_id' }) as Record<string, string>, 1)).toThrow(
      /has no column/,
    );
    expect(() => accessibleSql(ability, 'read', 'Member', COLUMNS, 0)).toThrow(/firstParam/);
  });
});
