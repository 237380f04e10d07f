import { SetMetadata } from '@nestjs/common';

/** Metadata key of {@link JobHandler}. */
export const JOB_HANDLER_METADATA = 'notifications:job-handler';

/**
 * Marks a provider method as the handler of a job name. Handlers are discovered at boot; a
 * declared job with no handler, or a job with two, stops the boot. The method receives the job's
 * data and a {@link JobInfo}; throwing makes the job retry (up to its `attempts`).
 * The provider must be a singleton (request-scoped providers are not discovered).
 *
 * @example
 * @Injectable()
 * export class ExpireInvitationsJob {
 *   @JobHandler('tenancy.expire-invitations')
 *   async run(): Promise<void> { ... }
 * }
 */
export const JobHandler = (name: string): MethodDecorator => SetMetadata(JOB_HANDLER_METADATA, name);
