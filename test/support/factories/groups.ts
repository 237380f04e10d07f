import { GroupInput, GroupsService, userActor } from '@tenant-iam/tenancy';
import type { TestApp } from '../create-test-app';

/**
 * Creates a group in `tenantId` through the service, as `actorUserId` (the factory does not check
 * that they may), with the same rules as the route (parent, depth, sibling names); returns its id.
 */
export async function createGroup(t: TestApp, tenantId: string, actorUserId: string, input: GroupInput): Promise<string> {
  const group = await t.app.get(GroupsService).create({ tenantId, actor: userActor(actorUserId) }, input);
  return group.id;
}

/** A chain of `depth` nested groups under `parentGroupId` (or at the top level); returns their ids, outermost first. */
export async function createChain(
  t: TestApp,
  tenantId: string,
  actorUserId: string,
  depth: number,
  options: { prefix?: string; parentGroupId?: string } = {},
): Promise<string[]> {
  const ids: string[] = [];
  let parent = options.parentGroupId ?? null;
  for (let level = 1; level <= depth; level++) {
    parent = await createGroup(t, tenantId, actorUserId, { name: `${options.prefix ?? 'Level'} ${level}`, parentGroupId: parent });
    ids.push(parent);
  }
  return ids;
}

/**
 * The groups of tenant `$1` that are their own ancestor, as rows `{ start }`: must always be none.
 * The walk up stops after 100 steps, which any cycle reaches.
 */
export const CYCLIC_GROUPS_SQL = `WITH RECURSIVE up (start, id, steps) AS (
    SELECT g.id, g.parent_group_id, 1 FROM groups g WHERE g.tenant_id = $1 AND g.parent_group_id IS NOT NULL
    UNION ALL
    SELECT u.start, g.parent_group_id, u.steps + 1 FROM up u JOIN groups g ON g.id = u.id
      WHERE g.parent_group_id IS NOT NULL AND u.id <> u.start AND u.steps < 100
  )
  SELECT DISTINCT start FROM up WHERE id = start`;
