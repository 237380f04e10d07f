import type { AppAbility } from '../ability/ability.factory';
export interface SqlCondition { sql: string; params: unknown[] }
// LOCAL STAND-IN (members worktree only, never committed): equality conditions only.
export function accessibleSql(ability: AppAbility, action: string, subject: string, columns: Record<string, string>, firstParam: number): SqlCondition {
  const rules = ability.rulesFor(action, subject);
  const params: unknown[] = [];
  const allow: string[] = [];
  const deny: string[] = [];
  for (const r of rules) {
    const conds = (r.conditions ?? {}) as Record<string, unknown>;
    const parts = Object.entries(conds).map(([k, v]) => { params.push(v); return `${columns[k]} = $${firstParam + params.length - 1}`; });
    const sql = parts.length ? parts.join(' AND ') : 'TRUE';
    (r.inverted ? deny : allow).push(sql);
  }
  if (!allow.length) return { sql: 'FALSE', params: [] };
  const sql = `(${allow.join(' OR ')})` + (deny.length ? ` AND NOT (${deny.join(' OR ')})` : '');
  return { sql, params };
}
