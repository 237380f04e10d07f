/**
 * Every action the activity log records, with the shape of its `data`. One map, so a writer cannot
 * misspell an action or forget a field, and readers know what each entry carries.
 */
export interface ActivityDataMap {
  'tenant.created': { name: string };
  'tenant.renamed': { from: string; to: string };
  'tenant.settings_changed': { changed: string[] };
  'tenant.billing_email_changed': Record<string, never>;
  'tenant.plan_changed': { from: string; to: string };
  'ownership.transferred': { fromUserId: string; toUserId: string };
  'member.added': { role: string; accountCreated: boolean };
  'member.removed': { role: string };
  'member.blocked': Record<string, never>;
  'member.unblocked': Record<string, never>;
  'member.role_changed': { from: string; to: string };
  'member.permissions_changed': { from: string | null; to: string | null };
  'member.profile_changed': { fields: string[] };
  /** The member attributes whose values changed (names only, sorted; never the values). */
  'member.attributes_changed': { names: string[] };
  'permission_set.created': { name: string };
  'permission_set.updated': { name: string };
  'permission_set.deleted': { name: string };
  'invitation.sent': { email: string; role: string };
  'invitation.resent': { email: string };
  'invitation.accepted': { email: string };
  'invitation.revoked': { email: string };
  'invitation.expired': { email: string };
  'invitation.declined': { email: string };
  'api_key.rotated': { prefix: string };
  /** `replacedSessions`: sessions this login ended (one session at a time); absent when none. */
  'user.login': { replacedSessions?: number };
  'user.password_changed': Record<string, never>;
  /** `restored`: the change was undone from the old address ("it wasn't me"). */
  'user.email_changed': { restored?: true };
  'group.created': { name: string; kind: string; parentGroupId: string | null };
  /** `changed`: the fields that changed; a move also names the parents. */
  'group.updated': { name: string; changed: string[]; fromParentGroupId?: string | null; toParentGroupId?: string | null };
  'group.deleted': { name: string };
  /** The member's groups after a `groupIds` change, as the ids added and removed. */
  'member.groups_changed': { added: string[]; removed: string[] };
  'company.created': { name: string };
  /** `fields`: what changed (`name`, `taxId`); `name` as it is now. */
  'company.updated': { name: string; fields: string[] };
  'company.deleted': { name: string };
  /** The member's companies were replaced: the ids linked and unlinked. */
  'member.companies_changed': { added: string[]; removed: string[] };
  'contact.created': { companyId: string | null; panelAccess: boolean };
  /** `fields`: the changed ones, by name (`email`, `notificationCategories`...), never their values. */
  'contact.updated': { fields: string[] };
  'contact.deleted': { companyId: string | null };
}

/** An action of the activity log. */
export type ActivityAction = keyof ActivityDataMap;

/** What an entry is about: a member, a permission set, the tenant itself... */
export interface ActivityTarget {
  type: 'tenant' | 'member' | 'permissionSet' | 'invitation' | 'apiKey' | 'user' | 'group' | 'company' | 'contact';
  id: string;
  /** The account the entry is about, when it is about a person: it shows in their own log. */
  userId?: string;
}
