/** Metadata key of `@Can(...)`: a {@link RequiredPermission} on a route handler or controller. */
export const CAN_KEY = 'permissions:can';

/** What a route requires: one action on one subject type. */
export interface RequiredPermission {
  action: string;
  subject: string;
}
