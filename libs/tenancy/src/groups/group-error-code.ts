/** Stable codes of the group routes (`/tenants/:tenantId/groups`). */
export enum GroupErrorCode {
  /** 404: no such group in this tenant (unknown id, not a UUID, or another tenant's group): one answer for all. */
  NotFound = 'GROUP_NOT_FOUND',
  /** 409: a sibling (same parent, or the root level) already has this name, case aside. */
  NameTaken = 'GROUP_NAME_TAKEN',
  /** 409, params `{ limit }`: the tenant already has the most groups allowed. */
  LimitReached = 'GROUP_LIMIT_REACHED',
  /** 409, params `{ groups, members }`: the group still has subgroups or members; move or remove them first. */
  NotEmpty = 'GROUP_NOT_EMPTY',
}

/** Field codes of the group routes and of `groupIds` on the members routes (422 `VALIDATION_FAILED`). */
export enum GroupFieldCode {
  /** `parentGroupId` or `groupIds`: not a group of this tenant (`groupIds`: params `{ ids }`). */
  UnknownGroup = 'UNKNOWN_GROUP',
  /** `parentGroupId`: the group would become its own ancestor (itself, or one of its subgroups). */
  GroupCycle = 'GROUP_CYCLE',
  /** `parentGroupId`, params `{ max }`: the group, or its deepest subgroup, would sit deeper than `max` levels. */
  GroupTooDeep = 'GROUP_TOO_DEEP',
}
