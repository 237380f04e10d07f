import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxStatus } from './outbox-status.enum';

/** A row as the relay sees it after claiming. */
export type OutboxRow = Pick<
  OutboxMessageEntity,
  'id' | 'kind' | 'recipient' | 'template' | 'locale' | 'payload' | 'status' | 'attempts' | 'nextAttemptAt'
>;

/**
 * One claim of a row: its id and the attempt the claim counted. Every mark matches both, so a relay
 * whose lease ran out cannot mark the row another relay has claimed since (that claim counted the
 * next attempt): only the current claim's mark lands.
 */
export type OutboxClaim = Pick<OutboxRow, 'id' | 'attempts'>;

/** Outbox numbers for the health check. */
export interface OutboxStats {
  /** Pending rows whose time has come. */
  due: number;
  failed: number;
}

/** The only code that touches the `outbox` table. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts through the caller's manager, so the row commits or rolls back with its transaction.
   * One plain statement (no RETURNING, no query builder): every mail of every request pays it.
   */
  async insert(row: OutboxMessageEntity, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `INSERT INTO "outbox" ("id", "kind", "recipient", "template", "locale", "payload", "status", "attempts",
                             "next_attempt_at", "locked_until", "last_error", "created_at", "sent_at")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        row.id,
        row.kind,
        row.recipient,
        row.template,
        row.locale,
        row.payload,
        row.status,
        row.attempts,
        row.nextAttemptAt,
        row.lockedUntil,
        row.lastError,
        row.createdAt,
        row.sentAt,
      ],
    );
  }

  /** The status of each listed row that exists (ids that are not uuids match nothing). */
  async statusOf(ids: readonly string[]): Promise<{ id: string; status: OutboxStatus }[]> {
    if (ids.length === 0) return [];
    return this.dataSource.query(`SELECT "id", "status" FROM "outbox" WHERE "id"::text = ANY($1::text[])`, [ids]);
  }

  /**
   * Claims up to `batch` due rows for this relay: pending rows whose time has come and `sending`
   * rows whose lease ran out (their relay died). `FOR UPDATE SKIP LOCKED` lets concurrent relays
   * (threads, processes, replicas) each take different rows; the lease keeps a claimed row from
   * being claimed again until it expires. The attempt is counted here, at claim time, so a mail
   * that crashes its relay still runs out of attempts.
   */
  async claimDue(now: Date, leaseMs: number, batch: number): Promise<OutboxRow[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE "outbox"
          SET "status" = 'sending', "locked_until" = $2, "attempts" = "attempts" + 1
        WHERE "id" IN (
          SELECT "id" FROM "outbox"
           WHERE ("status" = 'pending' AND "next_attempt_at" <= $1)
              OR ("status" = 'sending' AND "locked_until" < $1)
           ORDER BY "next_attempt_at", "id"
           LIMIT $3
           FOR UPDATE SKIP LOCKED)
        RETURNING "id", "kind", "recipient", "template", "locale", "payload", "status", "attempts", "next_attempt_at"`,
      [now, new Date(now.getTime() + leaseMs), batch],
    )) as [Array<Record<string, any>>, number];
    return (
      rows
        .map((r) => ({
          id: r.id,
          kind: r.kind,
          recipient: r.recipient,
          template: r.template,
          locale: r.locale,
          payload: r.payload,
          status: r.status,
          attempts: Number(r.attempts),
          nextAttemptAt: new Date(r.next_attempt_at),
        }))
        // Oldest first; ties (rows written at one instant) in id order, which uuid v7 makes the order of writing.
        .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    );
  }

  /** Marks a claimed row sent and drops its payload (the link tokens must not stay at rest). */
  async markSent(claim: OutboxClaim, now: Date): Promise<void> {
    await this.dataSource
      .getRepository(OutboxMessageEntity)
      .update(
        { id: claim.id, status: OutboxStatus.Sending, attempts: claim.attempts },
        { status: OutboxStatus.Sent, sentAt: now, payload: null, lockedUntil: null, lastError: null },
      );
  }

  /** {@link markSent} for several claimed rows in one statement. */
  async markSentMany(claims: readonly OutboxClaim[], now: Date): Promise<void> {
    if (claims.length === 0) return;
    await this.dataSource.query(
      `UPDATE "outbox" AS o
          SET "status" = 'sent', "sent_at" = $3, "payload" = NULL, "locked_until" = NULL, "last_error" = NULL
         FROM unnest($1::uuid[], $2::int[]) AS c("id", "attempts")
        WHERE o."id" = c."id" AND o."attempts" = c."attempts" AND o."status" = 'sending'`,
      [claims.map((c) => c.id), claims.map((c) => c.attempts), now],
    );
  }

  /** Puts a claimed row back to pending until `nextAttemptAt`. */
  async markRetry(claim: OutboxClaim, nextAttemptAt: Date, error: string): Promise<void> {
    await this.dataSource
      .getRepository(OutboxMessageEntity)
      .update(
        { id: claim.id, status: OutboxStatus.Sending, attempts: claim.attempts },
        { status: OutboxStatus.Pending, nextAttemptAt, lockedUntil: null, lastError: error },
      );
  }

  /**
   * Gives up on a claimed row. The sealed payload is kept so an operator can re-queue it after
   * fixing the cause (the tokens inside expire on their own).
   */
  async markFailed(claim: OutboxClaim, error: string): Promise<void> {
    await this.dataSource
      .getRepository(OutboxMessageEntity)
      .update(
        { id: claim.id, status: OutboxStatus.Sending, attempts: claim.attempts },
        { status: OutboxStatus.Failed, lockedUntil: null, lastError: error },
      );
  }

  /**
   * Deletes up to `batch` sent rows sent before `cutoff`, in one short statement, skipping rows
   * another transaction holds. A sent row's `next_attempt_at` is at or before its `sent_at`, so the
   * extra bound on it lets the (status, next_attempt_at) index find the candidates.
   * @returns how many rows were deleted.
   */
  async deleteSentBefore(cutoff: Date, batch: number): Promise<number> {
    const [, deleted] = (await this.dataSource.query(
      `DELETE FROM "outbox"
        WHERE "id" IN (
          SELECT "id" FROM "outbox"
           WHERE "status" = 'sent' AND "next_attempt_at" < $1 AND "sent_at" < $1
           ORDER BY "next_attempt_at"
           LIMIT $2
           FOR UPDATE SKIP LOCKED)`,
      [cutoff, batch],
    )) as [unknown, number];
    return Number(deleted ?? 0);
  }

  async stats(now: Date): Promise<OutboxStats> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE "status" = 'pending' AND "next_attempt_at" <= $1) AS "due",
              count(*) FILTER (WHERE "status" = 'failed') AS "failed"
         FROM "outbox" WHERE "status" IN ('pending', 'failed')`,
      [now],
    )) as Array<{ due: string; failed: string }>;
    return { due: Number(row?.due ?? 0), failed: Number(row?.failed ?? 0) };
  }
}
