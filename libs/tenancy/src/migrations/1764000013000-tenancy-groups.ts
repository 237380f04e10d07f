import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Groups: positions and user groups of a tenant, nested, and the members in them.
 *
 * - `groups`: `kind` is `position` or `group`; `parent_group_id` points at a group of the SAME
 *   tenant (composite key). A name is unique among its siblings, case aside (the root level counts
 *   as one parent). A parent with children cannot be deleted (the key's NO ACTION).
 * - `groups_tree_guard`: the tree stays a tree in the database, whoever writes. Every insert and
 *   every change of `parent_group_id` first takes the tenant's tree lock (a transaction advisory
 *   lock, the same key `GroupsRepository.lockTree` takes), then walks the ancestors of the row with
 *   a fresh snapshot: a group that reaches itself is a cycle (`groups_no_cycle`), a chain deeper
 *   than 10 levels is refused (`groups_max_depth`). The trigger runs after the row is written, so
 *   one statement moving several groups is judged on its result; two transactions moving groups
 *   at the same time are judged one after the other, the second seeing the first's commit.
 * - `membership_groups`: a membership of the tenant in a group of the same tenant (composite keys
 *   on both sides); the link goes with the membership, and a group with members cannot be deleted.
 */
export class TenancyGroups1764000013000 implements MigrationInterface {
  name = 'TenancyGroups1764000013000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE groups (
        id uuid PRIMARY KEY,
        tenant_id uuid NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (btrim(name) <> '' AND length(name) <= 100),
        kind text NOT NULL DEFAULT 'group' CHECK (kind IN ('position', 'group')),
        parent_group_id uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT groups_tenant_id_key UNIQUE (tenant_id, id),
        CONSTRAINT groups_not_own_parent_check CHECK (parent_group_id IS NULL OR parent_group_id <> id),
        CONSTRAINT groups_parent_fk FOREIGN KEY (tenant_id, parent_group_id) REFERENCES groups (tenant_id, id)
      )`);
    // The nil uuid stands for "no parent", so root groups are siblings of one another.
    await q.query(`
      CREATE UNIQUE INDEX groups_sibling_name_idx
        ON groups (tenant_id, COALESCE(parent_group_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))`);
    await q.query(`CREATE INDEX groups_parent_idx ON groups (tenant_id, parent_group_id)`);

    await q.query(`
      CREATE FUNCTION groups_tree_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        max_depth constant integer := 10;
        ancestor uuid := NEW.parent_group_id;
        depth integer := 1;
        below integer := 0;
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.parent_group_id IS NOT DISTINCT FROM NEW.parent_group_id THEN
          RETURN NULL;
        END IF;
        -- A REPEATABLE READ snapshot predates the lock below: its walk could miss a committed move.
        -- (SERIALIZABLE is safe: two racing moves are a write skew its checks abort.)
        IF current_setting('transaction_isolation') = 'repeatable read' THEN
          RAISE EXCEPTION 'groups: change the tree under READ COMMITTED or SERIALIZABLE'
            USING ERRCODE = 'feature_not_supported', CONSTRAINT = 'groups_tree_isolation', TABLE = 'groups';
        END IF;
        -- One tree change at a time per tenant; each query below then reads what the previous
        -- holder committed (READ COMMITTED takes a snapshot per statement).
        PERFORM pg_advisory_xact_lock(1735553139, hashtext(NEW.tenant_id::text));
        WHILE ancestor IS NOT NULL LOOP
          IF ancestor = NEW.id THEN
            RAISE EXCEPTION 'group % would be its own ancestor', NEW.id
              USING ERRCODE = 'check_violation', CONSTRAINT = 'groups_no_cycle', TABLE = 'groups';
          END IF;
          depth := depth + 1;
          IF depth > max_depth THEN
            RAISE EXCEPTION 'group % would be deeper than % levels', NEW.id, max_depth
              USING ERRCODE = 'check_violation', CONSTRAINT = 'groups_max_depth', TABLE = 'groups';
          END IF;
          SELECT g.parent_group_id INTO ancestor FROM groups g WHERE g.tenant_id = NEW.tenant_id AND g.id = ancestor;
        END LOOP;
        IF TG_OP = 'UPDATE' THEN
          WITH RECURSIVE sub (id, level) AS (
            SELECT g.id, 1 FROM groups g WHERE g.tenant_id = NEW.tenant_id AND g.parent_group_id = NEW.id
            UNION ALL
            SELECT g.id, s.level + 1 FROM groups g JOIN sub s ON g.tenant_id = NEW.tenant_id AND g.parent_group_id = s.id
              WHERE s.level < max_depth
          )
          SELECT COALESCE(max(level), 0) INTO below FROM sub;
          IF depth + below > max_depth THEN
            RAISE EXCEPTION 'group % would put its subgroups deeper than % levels', NEW.id, max_depth
              USING ERRCODE = 'check_violation', CONSTRAINT = 'groups_max_depth', TABLE = 'groups';
          END IF;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER groups_tree_guard AFTER INSERT OR UPDATE OF parent_group_id ON groups
        FOR EACH ROW EXECUTE FUNCTION groups_tree_guard()`);

    await q.query(`
      CREATE TABLE membership_groups (
        tenant_id uuid NOT NULL,
        membership_id uuid NOT NULL,
        group_id uuid NOT NULL,
        PRIMARY KEY (membership_id, group_id),
        CONSTRAINT membership_groups_membership_fk FOREIGN KEY (tenant_id, membership_id)
          REFERENCES memberships (tenant_id, id) ON DELETE CASCADE,
        CONSTRAINT membership_groups_group_fk FOREIGN KEY (tenant_id, group_id) REFERENCES groups (tenant_id, id)
      )`);
    // The members filter (?groupId=) and the member count of a group read by group.
    await q.query(`CREATE INDEX membership_groups_group_idx ON membership_groups (tenant_id, group_id, membership_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE membership_groups');
    await q.query('DROP TABLE groups');
    await q.query('DROP FUNCTION groups_tree_guard()');
  }
}
