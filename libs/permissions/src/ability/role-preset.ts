/** The role presets a membership holds; each maps to a base ability (see the lib README). */
export enum RolePreset {
  Owner = 'owner',
  Superadmin = 'superadmin',
  Admin = 'admin',
  Member = 'member',
  Client = 'client',
  Contact = 'contact',
}
