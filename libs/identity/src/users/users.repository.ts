import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { hydrate } from '../common/hydrate';
import { UserEntity, UserStatus } from './user.entity';

/** The only code that reads or writes `users`. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(m?: EntityManager): EntityManager {
    return m ?? this.dataSource.manager;
  }

  findById(id: string, m?: EntityManager): Promise<UserEntity | null> {
    return this.manager(m).findOneBy(UserEntity, { id });
  }

  findByEmail(email: string, m?: EntityManager): Promise<UserEntity | null> {
    return this.manager(m).findOneBy(UserEntity, { email });
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
