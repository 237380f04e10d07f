import type { CatalogSubject, Labels } from '../catalog/catalog.types';
import { PermissionCatalog } from '../catalog/permission-catalog';
import { AbilityFactory, Grants } from './ability.factory';
import { RolePreset } from './role-preset';
import { subjectOf } from './subject-of';

const label = (en: string): Labels => ({ en, pl: en, uk: en });

/** One action per flag on `Doc`, plus a company-scoped `Order`. */
const CATALOG: CatalogSubject[] = [
  {
    subject: 'Doc',
    label: label('Documents'),
    conditionFields: ['status'],
    actions: [
      { action: 'read', label: label('Read') },
      { action: 'share', label: label('Share'), setOnly: true },
      { action: 'purge', label: label('Purge'), superadminOnly: true },
      { action: 'bill', label: label('Bill'), ownerOnly: true },
    ],
  },
  {
    subject: 'Order',
    label: label('Orders'),
    companyScoped: true,
    conditionFields: ['status', 'companyId'],
    actions: [
      { action: 'read', label: label('Read') },
      { action: 'cancel', label: label('Cancel'), superadminOnly: true },
    ],
  },
  {
    subject: 'Team',
    label: label('Teams'),
    staffOnly: true,
    actions: [
      { action: 'read', label: label('Read') },
      { action: 'edit', label: label('Edit') },
    ],
  },
];

const ACTIONS = ['read', 'share', 'purge', 'bill'] as const;
const FULL_SET = { full: true, rules: [] };
/** A granular set naming every Doc action, the flagged ones included (as if stored by mistake). */
const GRANULAR_ALL = { full: false, rules: ACTIONS.map((action) => ({ action, subject: 'Doc' })) };
const GRANULAR_READ = { full: false, rules: [{ action: 'read', subject: 'Doc' }] };

const factory = () => new AbilityFactory(PermissionCatalog.fromSubjects(CATALOG), { abilityCacheSize: 3 });
const allowed = (f: AbilityFactory, grants: Grants) => ACTIONS.filter((action) => f.build(grants).can(action, 'Doc'));

describe('AbilityFactory', () => {
  describe('the preset × flag matrix (Doc: read unflagged, share setOnly, purge superadminOnly, bill ownerOnly)', () => {
    const f = factory();
    it.each<[RolePreset, Grants['permissionSet'], string[]]>([
      [RolePreset.Owner, null, ['read', 'share', 'purge', 'bill']],
      [RolePreset.Superadmin, null, ['read', 'share', 'purge']],
      [RolePreset.Admin, null, ['read']],
      [RolePreset.Admin, FULL_SET, ['read', 'share']],
      [RolePreset.Admin, GRANULAR_ALL, ['read', 'share']],
      [RolePreset.Member, null, []],
      [RolePreset.Member, FULL_SET, ['read', 'share']],
      [RolePreset.Member, GRANULAR_ALL, ['read', 'share']],
      [RolePreset.Member, GRANULAR_READ, ['read']],
      [RolePreset.Client, null, []],
      [RolePreset.Client, FULL_SET, ['read', 'share']],
      [RolePreset.Client, GRANULAR_ALL, ['read', 'share']],
      [RolePreset.Client, GRANULAR_READ, ['read']],
      [RolePreset.Contact, null, []],
      [RolePreset.Contact, FULL_SET, []],
      [RolePreset.Contact, GRANULAR_ALL, []],
    ])('%s with set %j may %j', (role, permissionSet, expected) => {
      expect(allowed(f, { role, permissionSet })).toEqual(expected);
    });

    it.each<[RolePreset, string[]]>([
      [RolePreset.Owner, ['read', 'share', 'purge', 'bill']],
      [RolePreset.Superadmin, ['read', 'share', 'purge']],
      [RolePreset.Admin, ['read', 'share']],
      [RolePreset.Member, ['read', 'share']],
      [RolePreset.Client, ['read', 'share']],
      [RolePreset.Contact, []],
    ])('extraRules naming every action pass the flag filter of %s: %j', (role, expected) => {
      expect(allowed(f, { role, permissionSet: null, extraRules: GRANULAR_ALL.rules })).toEqual(expected);
    });

    it('a full set grants only catalogued subjects, and nothing unknown to the catalogue is ever allowed', () => {
      const owner = f.build({ role: RolePreset.Owner, permissionSet: null });
      expect(owner.can('read', 'Order')).toBe(true);
      expect(owner.can('delete', 'Doc')).toBe(false);
      expect(owner.can('read', 'Invoice')).toBe(false);
      const member = f.build({
        role: RolePreset.Member,
        permissionSet: {
          full: false,
          rules: [
            { action: 'delete', subject: 'Doc' },
            { action: 'read', subject: 'Invoice' },
          ],
        },
      });
      expect(member.can('delete', 'Doc')).toBe(false);
      expect(member.can('read', 'Invoice')).toBe(false);
      expect(member.rules).toEqual([]);
    });

    it('"manage" and "all" are plain names, not CASL wildcards', () => {
      const catalog = PermissionCatalog.fromSubjects([
        {
          subject: 'Set',
          label: label('Sets'),
          actions: [
            { action: 'manage', label: label('Manage'), superadminOnly: true },
            { action: 'hand over', label: label('Hand over'), ownerOnly: true },
          ],
        },
        { subject: 'all', label: label('All'), actions: [{ action: 'read', label: label('Read') }] },
      ]);
      const own = new AbilityFactory(catalog);
      const superadmin = own.build({ role: RolePreset.Superadmin, permissionSet: null });
      expect(superadmin.can('manage', 'Set')).toBe(true);
      // With CASL's default wildcard, `manage` would cover the owner-only action.
      expect(superadmin.can('hand over', 'Set')).toBe(false);
      const admin = own.build({ role: RolePreset.Admin, permissionSet: null });
      expect(admin.can('read', 'all')).toBe(true);
      expect(admin.can('read', 'Set')).toBe(false);
    });

    it('strips what a stored rule must not carry (fields, reason)', () => {
      const rules = f.rulesOf({
        role: RolePreset.Member,
        permissionSet: { full: false, rules: [{ action: 'read', subject: 'Doc', fields: ['title'], reason: 'x' } as never] },
      });
      expect(rules).toEqual([{ action: 'read', subject: 'Doc' }]);
    });
  });

  describe('conditions and inverted rules', () => {
    const f = factory();

    it('keeps conditions of granular rules', () => {
      const ability = f.build({
        role: RolePreset.Member,
        permissionSet: { full: false, rules: [{ action: 'read', subject: 'Doc', conditions: { status: 'published' } }] },
      });
      expect(ability.can('read', subjectOf('Doc', { status: 'published' }))).toBe(true);
      expect(ability.can('read', subjectOf('Doc', { status: 'draft' }))).toBe(false);
    });

    it('an inverted rule wins over an allowing one, wherever the set lists it', () => {
      const ability = f.build({
        role: RolePreset.Member,
        permissionSet: {
          full: false,
          rules: [
            { action: 'read', subject: 'Doc', conditions: { status: 'draft' }, inverted: true },
            { action: 'read', subject: 'Doc' },
          ],
        },
      });
      expect(ability.can('read', subjectOf('Doc', { status: 'published' }))).toBe(true);
      expect(ability.can('read', subjectOf('Doc', { status: 'draft' }))).toBe(false);
    });

    it('an inverted rule of a full set or of extraRules restricts the preset too', () => {
      const admin = f.build({
        role: RolePreset.Admin,
        permissionSet: FULL_SET,
        extraRules: [{ action: 'share', subject: 'Doc', inverted: true }],
      });
      expect(admin.can('read', 'Doc')).toBe(true);
      expect(admin.can('share', 'Doc')).toBe(false);
      const owner = f.build({
        role: RolePreset.Owner,
        permissionSet: null,
        extraRules: [{ action: 'bill', subject: 'Doc', inverted: true }],
      });
      expect(owner.can('bill', 'Doc')).toBe(false);
      expect(owner.can('purge', 'Doc')).toBe(true);
    });
  });

  describe('client company scoping', () => {
    const f = factory();

    it('limits every allowing rule on a companyScoped subject to the client companies', () => {
      const ability = f.build({ role: RolePreset.Client, permissionSet: FULL_SET, companyIds: ['c1', 'c2'] });
      expect(ability.can('read', subjectOf('Order', { companyId: 'c1' }))).toBe(true);
      expect(ability.can('read', subjectOf('Order', { companyId: 'c2' }))).toBe(true);
      expect(ability.can('read', subjectOf('Order', { companyId: 'c3' }))).toBe(false);
      expect(ability.can('read', subjectOf('Order', {}))).toBe(false);
      // Subjects that are not company-scoped are left alone.
      expect(ability.can('read', subjectOf('Doc', { companyId: 'c3' }))).toBe(true);
    });

    it('ANDs the scope into the rule conditions, keeping those of the set', () => {
      const ability = f.build({
        role: RolePreset.Client,
        permissionSet: {
          full: false,
          rules: [
            { action: 'read', subject: 'Order', conditions: { status: 'open' } },
            { action: 'read', subject: 'Order', conditions: { companyId: 'c3' } },
          ],
        },
        companyIds: ['c1'],
      });
      expect(ability.can('read', subjectOf('Order', { companyId: 'c1', status: 'open' }))).toBe(true);
      expect(ability.can('read', subjectOf('Order', { companyId: 'c1', status: 'closed' }))).toBe(false);
      // The set names another company: the scope still holds.
      expect(ability.can('read', subjectOf('Order', { companyId: 'c3', status: 'open' }))).toBe(false);
    });

    it('intersects a $in of the set with the client companies', () => {
      const rules = f.rulesOf({
        role: RolePreset.Client,
        permissionSet: { full: false, rules: [{ action: 'read', subject: 'Order', conditions: { companyId: { $in: ['c1', 'c9'] } } }] },
        companyIds: ['c1', 'c2'],
      });
      expect(rules).toEqual([{ action: 'read', subject: 'Order', conditions: { companyId: { $in: ['c1'] } } }]);
    });

    it('a client without companies reads no company-scoped row', () => {
      const ability = f.build({ role: RolePreset.Client, permissionSet: FULL_SET });
      expect(ability.can('read', subjectOf('Order', { companyId: 'c1' }))).toBe(false);
    });

    it('a client never holds a staffOnly subject, from a full set, a granular one or extra rules', () => {
      for (const permissionSet of [FULL_SET, { full: false, rules: [{ action: 'read', subject: 'Team' }] }]) {
        const ability = f.build({
          role: RolePreset.Client,
          permissionSet,
          extraRules: [{ action: 'edit', subject: 'Team' }],
          companyIds: ['c1'],
        });
        expect(ability.can('read', 'Team')).toBe(false);
        expect(ability.can('edit', 'Team')).toBe(false);
      }
      // Everyone else keeps it.
      for (const role of [RolePreset.Member, RolePreset.Admin]) {
        expect(f.build({ role, permissionSet: FULL_SET }).can('edit', 'Team')).toBe(true);
      }
    });

    it('members are not scoped', () => {
      const ability = f.build({ role: RolePreset.Member, permissionSet: FULL_SET, companyIds: ['c1'] });
      expect(ability.can('read', subjectOf('Order', { companyId: 'c3' }))).toBe(true);
    });
  });

  describe('cache', () => {
    it('returns the same ability for the same key and a new one for another key or none', () => {
      const f = factory();
      const grants: Grants = { role: RolePreset.Member, permissionSet: FULL_SET, cacheKey: 'k1' };
      const first = f.build(grants);
      expect(f.build(grants)).toBe(first);
      // The key decides: inputs are not compared.
      expect(f.build({ role: RolePreset.Owner, permissionSet: null, cacheKey: 'k1' })).toBe(first);
      expect(f.build({ ...grants, cacheKey: 'k2' })).not.toBe(first);
      expect(f.build({ ...grants, cacheKey: undefined })).not.toBe(f.build({ ...grants, cacheKey: undefined }));
    });

    it('keeps a key in use and forgets one not asked for while abilityCacheSize others came in', () => {
      const f = factory(); // abilityCacheSize 3
      const grants = (cacheKey: string): Grants => ({ role: RolePreset.Member, permissionSet: FULL_SET, cacheKey });
      const a = f.build(grants('a'));
      let b: unknown;
      for (const key of ['b', 'c', 'd', 'e']) {
        const built = f.build(grants(key));
        if (key === 'b') b = built;
        expect(f.build(grants('a'))).toBe(a);
      }
      expect(f.build(grants('b'))).not.toBe(b);
    });

    it('with size 0 caches nothing', () => {
      const f = new AbilityFactory(PermissionCatalog.fromSubjects(CATALOG), { abilityCacheSize: 0 });
      const grants: Grants = { role: RolePreset.Member, permissionSet: FULL_SET, cacheKey: 'k' };
      expect(f.build(grants)).not.toBe(f.build(grants));
    });
  });
});
