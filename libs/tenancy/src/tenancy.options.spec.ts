import { BUILT_IN_PLANS } from './plans/plans';
import { resolveTenancyOptions, TENANCY_OPTIONS } from './tenancy.options';

describe('resolveTenancyOptions', () => {
  it('defaults to the built-in plans and no operators', () => {
    const keys = { secret: null, apiKeyRotationGrace: 24 * 60 * 60 * 1000 };
    expect(resolveTenancyOptions()).toEqual({ plans: BUILT_IN_PLANS, platformAdmins: [], invitationTtl: 7 * 24 * 3_600_000, ...keys });
    expect(resolveTenancyOptions({})).toEqual({
      plans: { default: 'basic', plans: { basic: { seats: 10, quotas: {} } } },
      platformAdmins: [],
      invitationTtl: 7 * 24 * 3_600_000,
      ...keys,
    });
  });

  it('takes invitationTtl in ms and refuses one under a minute', () => {
    expect(resolveTenancyOptions({ invitationTtl: 3 * 3_600_000 }).invitationTtl).toBe(3 * 3_600_000);
    expect(() => resolveTenancyOptions({ invitationTtl: 1000 })).toThrow('TenancyModule: invitationTtl');
    expect(() => resolveTenancyOptions({ invitationTtl: Number.NaN })).toThrow('invitationTtl');
  });

  it('checks the API key secret and the rotation grace', () => {
    expect(resolveTenancyOptions({ secret: 'x'.repeat(16), apiKeyRotationGrace: 60_000 })).toMatchObject({
      secret: 'x'.repeat(16),
      apiKeyRotationGrace: 60_000,
    });
    expect(() => resolveTenancyOptions({ secret: 'short' })).toThrow('TenancyModule: secret must be at least 16 characters');
    expect(() => resolveTenancyOptions({ apiKeyRotationGrace: -1 })).toThrow('apiKeyRotationGrace');
  });

  it('checks the plans with parsePlans, naming the option', () => {
    const plans = { default: 'basic', plans: { basic: { seats: 3, quotas: { search: 5 } } } };
    expect(resolveTenancyOptions({ plans }).plans).toEqual(plans);
    expect(() => resolveTenancyOptions({ plans: { default: 'basic', plans: { basic: { seats: 0, quotas: {} } } } })).toThrow(
      'TenancyModule: plans: plans.basic.seats must be a positive integer',
    );
    expect(() => resolveTenancyOptions({ plans: { default: 'gold', plans: { basic: { seats: 1, quotas: {} } } } })).toThrow(
      'TenancyModule: plans: default names no plan',
    );
  });

  it('normalises operator emails like login emails and drops duplicates', () => {
    expect(resolveTenancyOptions({ platformAdmins: [' Ops@Example.COM', 'ops@example.com', 'Admin@Przykład.pl'] }).platformAdmins).toEqual([
      'ops@example.com',
      'admin@xn--przykad-rjb.pl',
    ]);
  });

  it('refuses an entry that is not an email, naming its index', () => {
    expect(() => resolveTenancyOptions({ platformAdmins: ['ops@example.com', 'ops'] })).toThrow(
      'TenancyModule: platformAdmins[1] is not an email address',
    );
    expect(() => resolveTenancyOptions({ platformAdmins: [''] })).toThrow('platformAdmins[0]');
    expect(() => resolveTenancyOptions({ platformAdmins: [42 as unknown as string] })).toThrow('platformAdmins[0]');
    expect(() => resolveTenancyOptions({ platformAdmins: 'ops@example.com' as unknown as string[] })).toThrow(
      'platformAdmins must be a list',
    );
  });

  it('has a Symbol token', () => {
    expect(typeof TENANCY_OPTIONS).toBe('symbol');
  });
});
