import { OutboxMessageEntity } from './outbox/outbox-message.entity';

/** Entities the host registers with its TypeORM DataSource: `entities: [...NOTIFICATIONS_ENTITIES, ...]`. */
export const NOTIFICATIONS_ENTITIES: Function[] = [OutboxMessageEntity];
