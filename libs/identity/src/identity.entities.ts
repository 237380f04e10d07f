import { SessionEntity, RefreshTokenEntity } from './sessions/session.entity';
import { ActionTokenEntity } from './tokens/action-token.entity';
import { UserEntity } from './users/user.entity';

/** Every TypeORM entity of the identity lib; register them with the host's data source. */
export const IDENTITY_ENTITIES = [UserEntity, SessionEntity, RefreshTokenEntity, ActionTokenEntity];
