import { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets the outbox carry jobs (`kind = 'job'`) as well as mails. */
export class OutboxJobs1764000004000 implements MigrationInterface {
  name = 'OutboxJobs1764000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "CHK_outbox_kind"`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD CONSTRAINT "CHK_outbox_kind" CHECK ("kind" IN ('mail', 'job'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Jobs cannot be expressed in the older schema: those not yet run are lost with this revert.
    await queryRunner.query(`DELETE FROM "outbox" WHERE "kind" = 'job'`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "CHK_outbox_kind"`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD CONSTRAINT "CHK_outbox_kind" CHECK ("kind" IN ('mail'))`);
  }
}
