import type { ActivityTarget } from '../activity/activity.map';
import type { InvitationEntity } from './invitation.entity';

/** An invitation's entries are about it, and show in its inviter's own log too. */
export const invitationTarget = (inv: Pick<InvitationEntity, 'id' | 'invitedBy'>): ActivityTarget => ({
  type: 'invitation',
  id: inv.id,
  ...(inv.invitedBy ? { userId: inv.invitedBy } : {}),
});
