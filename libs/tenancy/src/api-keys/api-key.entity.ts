import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An organisation's API key: live while `expiresAt` is null, then usable until `expiresAt` (the
 * rotation grace). The key itself is stored only as its sha256 and sealed (AES-256-GCM).
 */
@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId: string;

  /** Hex sha256 of the key: what a request's `X-Api-Key` is looked up by. */
  @Column({ name: 'key_hash', type: 'text' })
  keyHash: string;

  /** The recognisable start of the key (`tiam_` and a few characters), safe to show and log. */
  @Column({ type: 'text' })
  prefix: string;

  /** The key sealed with the tenancy secret, so members allowed to read it see it. */
  @Column({ name: 'sealed_key', type: 'text' })
  sealedKey: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set on a key that replaced an earlier one: when that rotation happened. */
  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;

  /** Null while live; after a rotation, the end of the grace period. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** Refreshed at most once a minute per key and process. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
