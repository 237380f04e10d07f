import { Injectable } from '@nestjs/common';
import { createMongoAbility, MongoAbility, RawRuleOf } from '@casl/ability';
import type { PermissionRule } from '../catalog/catalog.types';
import { RolePreset } from './role-preset';

export type AppAbility = MongoAbility<[string, string | Record<string, unknown>]>;
export interface Grants {
  role: RolePreset;
  permissionSet: { full: boolean; rules: PermissionRule[] } | null;
  extraRules?: PermissionRule[];
  companyIds?: string[];
  cacheKey?: string;
}
// LOCAL STAND-IN (members worktree only, never committed)
const SUPER = ['Member:create', 'Member:update', 'Member:block', 'Member:delete', 'Tenant:update', 'PermissionSet:manage', 'ApiKey:rotate'];
const OWNER = ['Tenant:billing', 'Tenant:transferOwnership'];
@Injectable()
export class AbilityFactory {
  build(g: Grants): AppAbility {
    const rules: RawRuleOf<AppAbility>[] = [];
    const deny = (keys: string[]) => keys.forEach((k) => { const [subject, action] = k.split(':'); rules.push({ action, subject, inverted: true }); });
    if (g.role === 'contact') return createMongoAbility([]);
    if (g.role === 'owner') rules.push({ action: 'manage', subject: 'all' });
    else if (g.role === 'superadmin') { rules.push({ action: 'manage', subject: 'all' }); deny(OWNER); }
    else if (g.role === 'admin') { rules.push({ action: 'manage', subject: 'all' }); deny([...OWNER, ...SUPER]); }
    else if (g.permissionSet?.full) { rules.push({ action: 'manage', subject: 'all' }); deny([...OWNER, ...SUPER]); }
    else { for (const r of g.permissionSet?.rules ?? []) rules.push(r as never); deny([...OWNER, ...SUPER]); }
    for (const r of g.extraRules ?? []) rules.unshift(r as never);
    return createMongoAbility(rules);
  }
}
