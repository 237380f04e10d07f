import {
  DEFAULT_PASSWORD_POLICY,
  IDENTITY_ENTITIES,
  IDENTITY_MIGRATIONS,
  PasswordPolicy,
  PasswordPolicyResolver,
} from '@tenant-iam/identity';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { createTestDatabase } from '../../../../test/support/database';
import { MembershipEntity, MembershipRole, MembershipStatus } from '../memberships/membership.entity';
import { TENANCY_ENTITIES } from '../tenancy.entities';
import { TENANCY_MIGRATIONS } from '../tenancy.migrations';
import { TenantEntity } from '../tenants/tenant.entity';
import { TenantPasswordPolicies } from './tenant-password-policies';

const AT = new Date('2030-01-15T09:00:00.000Z');
const ACCOUNT: PasswordPolicy = { ...DEFAULT_PASSWORD_POLICY, minLength: 10, maxLength: 128, minStrength: 2 };

describe('TenantPasswordPolicies (integration, real PostgreSQL)', () => {
  let db: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  let policies: TenantPasswordPolicies;
  let queries: string[];

  const user = async (label: string): Promise<string> => {
    const id = uuidv7();
    await dataSource.getRepository('users').insert({ id, email: `${label}-${id}@example.test`, createdAt: AT, updatedAt: AT });
    return id;
  };
  const tenant = async (settings: object): Promise<string> => {
    const id = uuidv7();
    const owner = await user('owner');
    const row = Object.assign(new TenantEntity(), { id, name: `Tenant ${id}`, ownerUserId: owner, billingEmail: null, plan: 'basic' });
    await dataSource
      .getRepository(TenantEntity)
      .save({ ...row, settings: settings as TenantEntity['settings'], createdAt: AT, updatedAt: AT });
    await join(id, owner, MembershipRole.Owner);
    return id;
  };
  // Admins: members and clients need a permission set, which this suite has no use for.
  const join = async (tenantId: string, userId: string, role = MembershipRole.Admin, status = MembershipStatus.Active) => {
    await dataSource.getRepository(MembershipEntity).insert({ id: uuidv7(), tenantId, userId, role, status, createdAt: AT, updatedAt: AT });
  };
  /** The policy forUser answers, and how many statements it took. */
  const forUser = async (userId: string | null) => {
    queries = [];
    const policy = await policies.forUser(userId);
    return { policy, statements: queries.length };
  };

  beforeAll(async () => {
    db = await createTestDatabase('tenant_password_policies');
    dataSource = new DataSource({
      type: 'postgres',
      url: db.url,
      entities: [...IDENTITY_ENTITIES, ...TENANCY_ENTITIES],
      migrations: [...IDENTITY_MIGRATIONS, ...TENANCY_MIGRATIONS],
      migrationsRun: true,
      synchronize: false,
      logging: false,
    });
    await dataSource.initialize();
    // Counts the statements the resolver sends (setup inserts are not counted: `queries` is reset).
    const query = dataSource.query.bind(dataSource);
    dataSource.query = ((sql: string, parameters?: unknown[]) => {
      queries?.push(sql);
      return query(sql, parameters);
    }) as DataSource['query'];
    policies = new TenantPasswordPolicies(dataSource, ACCOUNT);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it("is identity's PasswordPolicyResolver port", () => {
    expect(policies).toBeInstanceOf(PasswordPolicyResolver);
    expect(new TenantPasswordPolicies(dataSource, { minLength: 8 }).accountPolicy).toEqual({ ...DEFAULT_PASSWORD_POLICY, minLength: 8 });
  });

  it('gives the account policy for a sign-up, without a query', async () => {
    expect(await forUser(null)).toEqual({ policy: ACCOUNT, statements: 0 });
  });

  it('gives the account policy to a user in no tenant, and to one whose tenants add nothing', async () => {
    expect(await forUser(await user('loner'))).toEqual({ policy: ACCOUNT, statements: 1 });
    const plain = await tenant({ membersCanInvite: true });
    const empty = await tenant({ passwordPolicy: {} });
    const member = await user('plain');
    await join(plain, member);
    await join(empty, member);
    expect((await forUser(member)).policy).toEqual(ACCOUNT);
  });

  it('gives a user in two tenants the strictest of both and the account policy, in one query', async () => {
    const a = await tenant({ passwordPolicy: { minLength: 14, requireDigit: true, maxLength: 100 } });
    const b = await tenant({
      passwordPolicy: { minLength: 12, requireSymbol: true, allowedCharacters: 'latin-digits-symbols', minStrength: 3 },
    });
    const member = await user('both');
    await join(a, member);
    await join(b, member, MembershipRole.Admin);
    expect(await forUser(member)).toEqual({
      policy: {
        ...ACCOUNT,
        minLength: 14,
        maxLength: 100,
        requireDigit: true,
        requireSymbol: true,
        allowedCharacters: 'latin-digits-symbols',
        minStrength: 3,
      },
      statements: 1,
    });
    // A member of only one of them gets only that one's rules.
    const onlyB = await user('only-b');
    await join(b, onlyB);
    expect((await forUser(onlyB)).policy).toEqual({
      ...ACCOUNT,
      minLength: 12,
      requireSymbol: true,
      allowedCharacters: 'latin-digits-symbols',
      minStrength: 3,
    });
  });

  it('counts blocked memberships too', async () => {
    const strict = await tenant({ passwordPolicy: { minLength: 16 } });
    const member = await user('blocked');
    await join(strict, member, MembershipRole.Admin, MembershipStatus.Blocked);
    expect((await forUser(member)).policy.minLength).toBe(16);
  });

  it('never loosens the account policy, whatever is stored', async () => {
    const loose = await tenant({
      passwordPolicy: { minLength: 4, maxLength: 1000, rejectBreached: false, minStrength: 'high', junk: true },
    });
    const broken = await tenant({ passwordPolicy: 'strict please' });
    const member = await user('loose');
    await join(loose, member);
    await join(broken, member);
    expect((await forUser(member)).policy).toEqual(ACCOUNT);
  });

  it("lets one tenant's minLength win over another's smaller maxLength, so a password remains possible", async () => {
    const long = await tenant({ passwordPolicy: { minLength: 40 } });
    const short = await tenant({ passwordPolicy: { maxLength: 32 } });
    const member = await user('conflict');
    await join(long, member);
    await join(short, member);
    expect((await forUser(member)).policy).toMatchObject({ minLength: 40, maxLength: 40 });
  });

  it("forTenant gives the account policy made stricter by that tenant's alone", async () => {
    const a = await tenant({ passwordPolicy: { minLength: 14 } });
    await tenant({ passwordPolicy: { requireUpper: true } });
    expect(await policies.forTenant(a)).toEqual({ ...ACCOUNT, minLength: 14 });
    expect(await policies.forTenant(await tenant({}))).toEqual(ACCOUNT);
    expect(await policies.forTenant(uuidv7())).toEqual(ACCOUNT);
    expect(await policies.forTenant('not-a-uuid')).toEqual(ACCOUNT);
  });

  it('hands out copies: changing an answer changes nothing for the next caller', async () => {
    const first = await policies.forUser(null);
    first.minLength = 99;
    expect((await policies.forUser(null)).minLength).toBe(10);
    expect(policies.accountPolicy.minLength).toBe(10);
  });
});
