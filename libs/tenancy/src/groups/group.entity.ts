import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a group stands for: a position (job title) or a user group. Both nest the same way. */
export const GROUP_KINDS = ['position', 'group'] as const;

/** A kind of group. */
export type GroupKind = (typeof GROUP_KINDS)[number];

/**
 * A position or user group of a tenant, possibly under a parent group of the same tenant. Members
 * join any number of groups (`membership_groups`); the tree never has a cycle (the database's
 * `groups_tree_guard` trigger).
 */
@Entity({ name: 'groups' })
export class GroupEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: 'group' })
  kind: GroupKind;

  @Column({ name: 'parent_group_id', type: 'uuid', nullable: true })
  parentGroupId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
