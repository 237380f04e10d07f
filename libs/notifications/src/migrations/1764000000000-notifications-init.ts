import { MigrationInterface, QueryRunner } from 'typeorm';

/** Creates the `outbox` table and its relay index. */
export class NotificationsInit1764000000000 implements MigrationInterface {
  name = 'NotificationsInit1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "outbox" (
        "id" uuid NOT NULL,
        "kind" varchar(16) NOT NULL,
        "recipient" varchar(320) NOT NULL,
        "template" varchar(200) NOT NULL,
        "locale" varchar(8) NOT NULL,
        "payload" text,
        "status" varchar(16) NOT NULL,
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" timestamptz NOT NULL,
        "locked_until" timestamptz,
        "last_error" varchar(500),
        "created_at" timestamptz NOT NULL,
        "sent_at" timestamptz,
        CONSTRAINT "PK_outbox" PRIMARY KEY ("id"),
        CONSTRAINT "CHK_outbox_kind" CHECK ("kind" IN ('mail')),
        CONSTRAINT "CHK_outbox_status" CHECK ("status" IN ('pending', 'sending', 'sent', 'failed')),
        CONSTRAINT "CHK_outbox_attempts" CHECK ("attempts" >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_outbox_status_next_attempt_at" ON "outbox" ("status", "next_attempt_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "IDX_outbox_status_next_attempt_at"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "outbox"`);
  }
}
