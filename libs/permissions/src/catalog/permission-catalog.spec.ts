import { MessageCatalog } from '@tenant-iam/common';
import { PermissionsErrorCode } from '../permissions-error-code';
import { PERMISSIONS_MESSAGES } from '../permissions.messages';
import type { CatalogSubject, Labels } from './catalog.types';
import { PermissionCatalog } from './permission-catalog';
import { PermissionsFeature } from './permissions-feature';

const label = (en: string): Labels => ({ en, pl: `${en} (pl)`, uk: `${en} (uk)` });

const MEMBER: CatalogSubject = {
  subject: 'Member',
  label: label('Users'),
  conditionFields: ['role', 'status'],
  actions: [
    { action: 'read', label: label('View users') },
    { action: 'invite', label: label('Invite'), setOnly: true },
    { action: 'block', label: label('Block'), superadminOnly: true },
    { action: 'transfer', label: label('Transfer'), ownerOnly: true },
  ],
};
const ORDER: CatalogSubject = {
  subject: 'Order',
  label: label('Orders'),
  companyScoped: true,
  actions: [{ action: 'read', label: label('Read') }],
};

describe('PermissionCatalog', () => {
  const catalog = PermissionCatalog.fromSubjects([MEMBER, ORDER]);

  describe('boot checks', () => {
    it.each<[string, CatalogSubject[], RegExp]>([
      ['a subject registered twice', [ORDER, { ...ORDER }], /subject "Order" is registered twice/],
      [
        'an action listed twice',
        [{ ...ORDER, actions: [ORDER.actions[0], { ...ORDER.actions[0] }] }],
        /action "read" of subject "Order" is listed twice/,
      ],
      [
        'an action both ownerOnly and superadminOnly',
        [{ ...ORDER, actions: [{ action: 'x', label: label('X'), ownerOnly: true, superadminOnly: true }] }],
        /action "x" of subject "Order" is both ownerOnly and superadminOnly/,
      ],
      [
        'a setOnly action no set could grant',
        [{ ...ORDER, actions: [{ action: 'x', label: label('X'), setOnly: true, ownerOnly: true }] }],
        /action "x" of subject "Order" is setOnly/,
      ],
      [
        'a subject both staffOnly and companyScoped',
        [{ ...ORDER, companyScoped: true, staffOnly: true }],
        /subject "Order" is both staffOnly and companyScoped/,
      ],
      ['a missing label', [{ ...ORDER, label: { en: 'Orders' } as Labels }], /subject "Order" needs a label in en, pl and uk/],
      ['an empty subject name', [{ ...ORDER, subject: '' }], /subject name "" must be/],
    ])('refuses %s', (_case, subjects, message) => {
      expect(() => PermissionCatalog.fromSubjects(subjects)).toThrow(message);
    });

    it('collects the contributions of every forFeature call through discovery, and refuses a clash between them', () => {
      const discovery = (features: unknown[]) => ({ getProviders: () => features.map((instance) => ({ instance })) });
      const ok = new PermissionCatalog(discovery([new PermissionsFeature([MEMBER]), {}, new PermissionsFeature([ORDER])]) as never);
      ok.onModuleInit();
      expect(ok.list().map((s) => s.subject)).toEqual(['Member', 'Order']);
      const clash = new PermissionCatalog(discovery([new PermissionsFeature([ORDER]), new PermissionsFeature([ORDER])]) as never);
      expect(() => clash.onModuleInit()).toThrow(/subject "Order" is registered twice/);
    });
  });

  it('lists, finds subjects and actions', () => {
    expect(catalog.list().map((s) => s.subject)).toEqual(['Member', 'Order']);
    expect(catalog.subject('Order')?.companyScoped).toBe(true);
    expect(catalog.subject('Nope')).toBeUndefined();
    expect(catalog.action('Member', 'block')?.superadminOnly).toBe(true);
    expect(catalog.action('Member', 'nope')).toBeUndefined();
    expect(catalog.action('Nope', 'read')).toBeUndefined();
  });

  it('is not changed by what a caller does to list()', () => {
    const listed = catalog.list();
    listed.pop();
    expect(() => ((listed[0].actions as unknown[]).length = 0)).toThrow();
    expect(catalog.list()).toHaveLength(2);
  });

  describe('validateRules', () => {
    const codes = (rules: unknown[]) => catalog.validateRules(rules as never).map((e) => `${e.field}:${e.code}`);

    it('accepts grantable rules with allowed conditions', () => {
      expect(
        catalog.validateRules([
          { action: 'read', subject: 'Member' },
          { action: 'invite', subject: 'Member', inverted: true },
          { action: 'read', subject: 'Member', conditions: { role: 'member', status: { $in: ['active', null] } } },
          { action: 'read', subject: 'Member', conditions: { role: { $ne: 'owner', $nin: ['x'] }, status: { $eq: true } } },
          { action: 'read', subject: 'Member', conditions: { status: null, role: 3 } },
          { action: 'read', subject: 'Member', conditions: {} },
          { action: 'read', subject: 'Member', conditions: null as never },
        ]),
      ).toEqual([]);
    });

    it('gives one entry per problem, with the rule index in the field', () => {
      expect(
        codes([
          { action: 'read', subject: 'Nope' },
          { action: 'nope', subject: 'Member' },
          { action: 'block', subject: 'Member' },
          { action: 'transfer', subject: 'Member' },
          { action: 'nope', subject: 'Member', conditions: { secret: 1 } },
        ]),
      ).toEqual([
        `rules.0.subject:${PermissionsErrorCode.UnknownSubject}`,
        `rules.1.action:${PermissionsErrorCode.UnknownAction}`,
        `rules.2.action:${PermissionsErrorCode.NotGrantable}`,
        `rules.3.action:${PermissionsErrorCode.NotGrantable}`,
        `rules.4.action:${PermissionsErrorCode.UnknownAction}`,
        `rules.4.conditions:${PermissionsErrorCode.InvalidConditions}`,
      ]);
      expect(catalog.validateRules([{ action: 'block', subject: 'Member' }])[0].params).toEqual({ subject: 'Member', action: 'block' });
    });

    it.each<[string, unknown]>([
      ['a field outside conditionFields', { userId: 'u1' }],
      ['an operator not allowed', { role: { $regex: '.*' } }],
      ['a nested object', { role: { $eq: { a: 1 } } }],
      ['a nested array for equality', { role: ['a'] }],
      ['a non-array $in', { role: { $in: 'a' } }],
      ['objects inside $in', { role: { $in: [{ a: 1 }] } }],
      ['an empty operator object', { role: {} }],
      ['a top-level operator', { $or: [{ role: 'a' }] }],
      ['a non-finite number', { role: Number.NaN }],
      ['conditions that are not an object', 'role = 1'],
      ['conditions that are an array', [{ role: 'a' }]],
    ])('refuses %s as INVALID_CONDITIONS', (_case, conditions) => {
      expect(codes([{ action: 'read', subject: 'Member', conditions }])).toEqual([
        `rules.0.conditions:${PermissionsErrorCode.InvalidConditions}`,
      ]);
    });

    it('refuses any condition on a subject without conditionFields', () => {
      expect(codes([{ action: 'read', subject: 'Order', conditions: { companyId: 'c1' } }])).toEqual([
        `rules.0.conditions:${PermissionsErrorCode.InvalidConditions}`,
      ]);
    });
  });

  it('answers the catalogue with every flag spelled out', () => {
    const response = catalog.toResponse();
    expect(response.items[1]).toEqual({
      subject: 'Order',
      label: label('Orders'),
      companyScoped: true,
      staffOnly: false,
      conditionFields: [],
      actions: [{ action: 'read', label: label('Read'), ownerOnly: false, superadminOnly: false, setOnly: false }],
    });
    expect(response.items[0].actions.map((a) => [a.action, a.ownerOnly, a.superadminOnly, a.setOnly])).toEqual([
      ['read', false, false, false],
      ['invite', false, false, true],
      ['block', false, true, false],
      ['transfer', true, false, false],
    ]);
    expect(response.items[0].conditionFields).toEqual(['role', 'status']);
  });

  it('has messages in en, pl and uk for every field code', () => {
    const messages = new MessageCatalog(PERMISSIONS_MESSAGES);
    for (const code of Object.values(PermissionsErrorCode)) {
      for (const locale of ['en', 'pl', 'uk'] as const) {
        expect(PERMISSIONS_MESSAGES[locale][`field.${code}`]).toEqual(expect.any(String));
      }
      expect(messages.translate(`field.${code}`, 'pl', { subject: 'Member', action: 'block' })).not.toMatch(/\{(subject|action)\}/);
    }
  });
});
