/**
 * Who performs an action. API keys and scheduled jobs act through the same services as people,
 * and land in the same activity log.
 */
export type Actor =
  { type: 'user'; userId: string; membershipId?: string } | { type: 'apiKey'; apiKeyId: string } | { type: 'system'; job: string };

/** The actor of a signed-in user. */
export const userActor = (userId: string, membershipId?: string): Actor => ({ type: 'user', userId, membershipId });

/** The actor of a scheduled job or sweep. */
export const systemActor = (job: string): Actor => ({ type: 'system', job });

/** The actor of a request authenticated with the organisation's API key. */
export const apiKeyActor = (apiKeyId: string): Actor => ({ type: 'apiKey', apiKeyId });
