import { NotificationsInit1764000000000 } from './migrations/1764000000000-notifications-init';
import { OutboxJobs1764000004000 } from './migrations/1764000004000-outbox-jobs';

/** Migrations the host runs (never `synchronize`): `migrations: [...NOTIFICATIONS_MIGRATIONS, ...]`. */
export const NOTIFICATIONS_MIGRATIONS: Function[] = [NotificationsInit1764000000000, OutboxJobs1764000004000];
