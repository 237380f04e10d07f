/** `@tenant-iam/permissions`: public face of the permissions lib. */
export * from './permissions.module';
export * from './permissions.options';
