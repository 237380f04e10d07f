import { uniqueEmail } from '../identity';
import type { Prepared } from './requests';
import type { World } from './world';

/** An id a request body or query names, besides the path: one of U's objects, or a random UUID in its place. */
export interface ForeignReference {
  operationId: string;
  /** What the id names, as the report says it (`companyIds`, `?groupId`). */
  field: string;
  /** The key of `World.foreign` the id comes from, or `otherOwnerUserId`. */
  kind: string;
  /** The request as T's owner, with `id` in the field. */
  request(w: World, id: string): Prepared;
}

const link = { mode: 'link' } as const;

/**
 * Ids in bodies and queries that could name another tenant's rows: each must be answered as an id
 * that exists nowhere is (the same status, code and field errors; a list finds nothing).
 */
export const FOREIGN_REFERENCES: ForeignReference[] = [
  {
    operationId: 'createMember',
    field: 'companyIds',
    kind: 'companyId',
    request: (_, id) => ({ body: { email: uniqueEmail('fb'), role: 'client', companyIds: [id], password: link } }),
  },
  {
    operationId: 'createMember',
    field: 'permissionSetId',
    kind: 'permissionSetId',
    request: (_, id) => ({ body: { email: uniqueEmail('fb'), role: 'member', permissionSetId: id, password: link } }),
  },
  {
    operationId: 'createMember',
    field: 'groupIds',
    kind: 'groupId',
    request: (_, id) => ({ body: { email: uniqueEmail('fb'), role: 'member', groupIds: [id], password: link } }),
  },
  {
    operationId: 'createMember',
    field: 'fromContactId',
    kind: 'contactId',
    request: (_, id) => ({ body: { role: 'member', fromContactId: id, password: link } }),
  },
  { operationId: 'updateMember', field: 'companyIds', kind: 'companyId', request: (_, id) => ({ body: { companyIds: [id] } }) },
  {
    operationId: 'updateMember',
    field: 'permissionSetId',
    kind: 'permissionSetId',
    request: (_, id) => ({ body: { permissionSetId: id } }),
  },
  { operationId: 'updateMember', field: 'groupIds', kind: 'groupId', request: (_, id) => ({ body: { groupIds: [id] } }) },
  {
    operationId: 'createContact',
    field: 'companyId',
    kind: 'companyId',
    request: (_, id) => ({
      body: { firstName: 'Obcy', lastName: 'Kontakt', panelAccess: false, notificationCategories: [], companyId: id },
    }),
  },
  { operationId: 'updateContact', field: 'companyId', kind: 'companyId', request: (_, id) => ({ body: { companyId: id } }) },
  {
    operationId: 'createGroup',
    field: 'parentGroupId',
    kind: 'groupId',
    request: (w, id) => ({ body: { name: `Child ${w.next()}`, parentGroupId: id } }),
  },
  { operationId: 'updateGroup', field: 'parentGroupId', kind: 'groupId', request: (_, id) => ({ body: { parentGroupId: id } }) },
  {
    operationId: 'createInvitation',
    field: 'companyIds',
    kind: 'companyId',
    request: (_, id) => ({ body: { email: uniqueEmail('fb'), role: 'client', companyIds: [id] } }),
  },
  {
    operationId: 'createInvitation',
    field: 'permissionSetId',
    kind: 'permissionSetId',
    request: (_, id) => ({ body: { email: uniqueEmail('fb'), role: 'member', permissionSetId: id } }),
  },
  { operationId: 'transferTenantOwnership', field: 'userId', kind: 'otherOwnerUserId', request: (_, id) => ({ body: { userId: id } }) },
  { operationId: 'setDemoNumberPoolMembers', field: 'memberIds', kind: 'memberId', request: (_, id) => ({ body: { memberIds: [id] } }) },
  {
    operationId: 'chooseMyDemoCallerId',
    field: 'poolId',
    kind: 'poolId',
    request: (_, id) => ({ body: { poolId: id, value: '+48221234567' } }),
  },
  { operationId: 'declineInvitation', field: 'id', kind: 'invitationId', request: (_, id) => ({ body: { id } }) },
  { operationId: 'listMembers', field: '?companyId', kind: 'companyId', request: (_, id) => ({ query: { companyId: id } }) },
  { operationId: 'listMembers', field: '?groupId', kind: 'groupId', request: (_, id) => ({ query: { groupId: id } }) },
  { operationId: 'listContacts', field: '?companyId', kind: 'companyId', request: (_, id) => ({ query: { companyId: id } }) },
];
