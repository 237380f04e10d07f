import type { MailTemplates } from '@tenant-iam/notifications';
import { INVITATION_JOBS, INVITATION_MAIL_TEMPLATES, INVITATION_SWEEPS } from './invitations/invitations.mail';
import { USAGE_MAIL_TEMPLATES } from './usage/usage.mail';

/**
 * Every mail template of the tenancy lib (names prefixed `tenancy.`), registered with
 * `NotificationsModule.forFeature`. Features add theirs here.
 */
export const TENANCY_MAIL_TEMPLATES: MailTemplates = { ...INVITATION_MAIL_TEMPLATES, ...USAGE_MAIL_TEMPLATES };

/** Queue jobs the tenancy lib enqueues and handles (each has one `@JobHandler`). Features add theirs here. */
export const TENANCY_JOBS: readonly string[] = [...INVITATION_JOBS];

/** Jobs of {@link TENANCY_JOBS} run on the notifications sweep schedule. Features add theirs here. */
export const TENANCY_SWEEPS: readonly string[] = [...INVITATION_SWEEPS];
