import { IdentityUsers } from '@tenant-iam/identity';
import { CreatedMemberResponse, CreateMemberDto, MembersService, systemActor, userActor } from '@tenant-iam/tenancy';
import type { TestApp } from '../create-test-app';
import { signUp } from '../identity';
import { recordRequestBody, recordSecret } from '../secrets';

/**
 * Makes the account `userId` a member of `tenantId` with `role`, through `MembersService` (seats,
 * the built-in set for members and clients unless `permissionSetId` is given, the activity entry);
 * returns the membership id. Acts as the system (a test fixture is nobody's action). With
 * `status: 'blocked'` the member is then blocked through the service too.
 */
export async function addMember(
  t: TestApp,
  tenantId: string,
  userId: string,
  role: 'superadmin' | 'admin' | 'member' | 'client' | 'contact',
  options: { permissionSetId?: string; status?: 'active' | 'blocked' } = {},
): Promise<string> {
  const account = await t.app.get(IdentityUsers).findById(userId);
  if (!account) throw new Error(`addMember: no account ${userId}`);
  const members = t.app.get(MembersService);
  const ctx = { tenantId, actor: systemActor('test-factory') };
  const member = await members.create(ctx, { email: account.email, role, permissionSetId: options.permissionSetId } as CreateMemberDto);
  if (options.status === 'blocked') await members.setBlocked(ctx, member.id, true);
  return member.id;
}

/**
 * Adds a member as `actorUserId` would through `POST /members`, with the whole body (a new account
 * when the email has none); returns the 201 representation, `generatedPassword` included.
 */
export async function createMember(
  t: TestApp,
  tenantId: string,
  actorUserId: string,
  body: Omit<Partial<CreateMemberDto>, 'role'> & { email: string; role: `${CreateMemberDto['role']}` },
): Promise<CreatedMemberResponse> {
  // Not over HTTP, so the test app's tap does not see the passwords: recorded for the secrets scan here.
  recordRequestBody(body, 'createMember factory');
  const created = await t.app.get(MembersService).create({ tenantId, actor: userActor(actorUserId) }, body as CreateMemberDto);
  if (created.generatedPassword) recordSecret('password', created.generatedPassword, 'createMember factory');
  return created;
}

/** A signed-up account that is a member of `tenantId` with `role`: its session, account id and membership id. */
export async function signUpMember(
  t: TestApp,
  tenantId: string,
  role: 'superadmin' | 'admin' | 'member' | 'client' | 'contact',
  options: { permissionSetId?: string; status?: 'active' | 'blocked'; email?: string } = {},
) {
  const session = await signUp(t, { email: options.email });
  const userId = (await t.app.get(IdentityUsers).findByEmail(session.email))!.id;
  const membershipId = await addMember(t, tenantId, userId, role, options);
  return { ...session, userId, membershipId };
}

/** A plan list whose one plan has room for every member a suite adds (the built-in plan has 10 seats). */
export const ROOMY_PLANS = { default: 'roomy', plans: { roomy: { seats: 1000, quotas: {} } } };
