/**
 * Options of {@link PermissionsModule}. The lib is mounted empty for now; its options arrive with the
 * issue that builds it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface PermissionsModuleOptions {}
