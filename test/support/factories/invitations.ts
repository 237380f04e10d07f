import { INVITATION_LINK_PATH } from '@tenant-iam/tenancy';
import type { TestApp } from '../create-test-app';
import { extractToken } from '../smtp-sink';
import { bearer } from '../identity';

/** The invitation mails received so far for `email`, oldest first. */
export function invitationMails(t: TestApp, email: string) {
  return t.mail.mails.filter((m) => m.to.includes(email.toLowerCase()) && m.text.includes(`/${INVITATION_LINK_PATH}?token=`));
}

/**
 * Waits until `count` invitation mails reached `email` and returns the token of the newest one's
 * link (a resend's mail is the newest).
 */
export async function invitationToken(t: TestApp, email: string, count = 1, timeoutMs = 5000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = invitationMails(t, email);
    if (mails.length >= count) return extractToken(mails[mails.length - 1].text, INVITATION_LINK_PATH);
    if (Date.now() > deadline) throw new Error(`invitationToken: ${mails.length} of ${count} invitation mails to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** `POST /tenants/:tenantId/invitations` as the holder of `accessToken`. */
export function postInvitation(t: TestApp, tenantId: string, accessToken: string, body: Record<string, unknown>) {
  return t.http.post(`/api/v1/tenants/${tenantId}/invitations`).set('Authorization', bearer(accessToken)).send(body);
}

/** Invites `email` (201 expected) and returns the invitation and the token of its mail. */
export async function invite(
  t: TestApp,
  tenantId: string,
  accessToken: string,
  body: { email: string; role: string; permissionSetId?: string; companyIds?: string[] },
): Promise<{ invitation: Record<string, any>; token: string }> {
  const before = invitationMails(t, body.email).length;
  const res = await postInvitation(t, tenantId, accessToken, body);
  if (res.status !== 201) throw new Error(`invite: ${res.status} ${res.text}`);
  return { invitation: res.body, token: await invitationToken(t, body.email, before + 1) };
}
