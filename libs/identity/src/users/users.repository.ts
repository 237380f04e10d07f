import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { hydrate } from '../common/hydrate';
import { prepared, PreparedStatement, runPrepared } from '../common/prepared';
import { UserEntity, UserStatus } from './user.entity';

/** The only code that reads or writes `users`. */
@Injectable()
export class UsersRepository {
  private byColumn?: Record<'id' | 'email', PreparedStatement>;

  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  findById(id: string, m?: EntityManager): Promise<UserEntity | null> {
    return this.findOneWhere('id', id, m);
  }

  findByEmail(email: string, m?: EntityManager): Promise<UserEntity | null> {
    return this.findOneWhere('email', email, m);
  }

  // Login reads a user on every attempt: a prepared statement skips TypeORM's query building
  // (~0.3 ms of event-loop time and ~40 KB of garbage per call) and PostgreSQL's planning.
  private async findOneWhere(column: 'id' | 'email', value: string, m?: EntityManager): Promise<UserEntity | null> {
    const manager = this.manager(m);
    this.byColumn ??= this.statements();
    const rows = await runPrepared<Record<string, unknown>>(manager, this.byColumn[column], [value]);
    return rows[0] ? hydrate(manager, UserEntity, rows[0]) : null;
  }

  private statements(): Record<'id' | 'email', PreparedStatement> {
    const columns = this.dataSource
      .getMetadata(UserEntity)
      .columns.map((c) => `"${c.databaseName}"`)
      .join(', ');
    return {
      id: prepared('user_by_id', `SELECT ${columns} FROM users WHERE id = $1`),
      email: prepared('user_by_email', `SELECT ${columns} FROM users WHERE email = $1`),
    };
  }

  /** Inserts unless the email exists; `null` when it did (the unique index decides, not a read). */
  async insertIfAbsent(user: UserEntity, m?: EntityManager): Promise<UserEntity | null> {
    const manager = this.manager(m);
    const result = await manager.createQueryBuilder().insert().into(UserEntity).values(user).orIgnore().returning('*').execute();
    const row = (result.raw as Record<string, unknown>[])[0];
    return row ? hydrate(manager, UserEntity, row) : null;
  }

  async update(id: string, patch: Partial<UserEntity>, now: Date, m?: EntityManager): Promise<void> {
    await this.manager(m).update(UserEntity, { id }, { ...patch, updatedAt: now });
  }

  /** Marks the email verified; a pending account becomes active, a disabled one stays disabled. */
  async markEmailVerified(id: string, now: Date, m?: EntityManager): Promise<void> {
    await this.manager(m).query(
      `UPDATE users SET email_verified_at = COALESCE(email_verified_at, $2),
         status = CASE WHEN status = $3 THEN $4 ELSE status END, updated_at = $2
       WHERE id = $1`,
      [id, now, UserStatus.Pending, UserStatus.Active],
    );
  }
}
