import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { OutboxKind, OutboxStatus } from './outbox-status.enum';

/**
 * One message waiting for (or done with) delivery. Written in the caller's transaction, delivered
 * by the relay after commit. `payload` is the template data sealed with SecretBox, because it holds
 * link tokens; it is cleared once the mail is sent.
 */
@Entity({ name: 'outbox' })
@Index('IDX_outbox_status_next_attempt_at', ['status', 'nextAttemptAt'])
export class OutboxMessageEntity {
  /** uuid v7, generated in code. */
  @PrimaryColumn({ name: 'id', type: 'uuid' })
  id: string;

  @Column({ name: 'kind', type: 'varchar', length: 16 })
  kind: OutboxKind;

  @Column({ name: 'recipient', type: 'varchar', length: 320 })
  recipient: string;

  @Column({ name: 'template', type: 'varchar', length: 200 })
  template: string;

  @Column({ name: 'locale', type: 'varchar', length: 8 })
  locale: string;

  @Column({ name: 'payload', type: 'text', nullable: true })
  payload: string | null;

  @Column({ name: 'status', type: 'varchar', length: 16 })
  status: OutboxStatus;

  @Column({ name: 'attempts', type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
