// Two "exactly" races run across the API processes of the cluster: requests fired together,
// spread round-robin over the processes, the outcome counted in HTTP answers and in SQL.
import { INVITATION_LINK_PATH } from '@tenant-iam/tenancy';
import { extractToken, SmtpSink } from '../support/smtp-sink';
import { Answer, ClusterHttp, newOrganisation, signUp, Sql } from './support';

/** What a scenario runs against: the processes (through the balancing client), the database, the mail. */
export interface ScaleTarget {
  urls: string[];
  http: ClusterHttp;
  sql: Sql;
  sink: SmtpSink;
}

/** The problem code of an answer, after checking it is problem+json with `status`. */
function problemCode(res: Answer, status: number): string {
  expect({ status: res.status, type: res.headers.get('content-type') }).toEqual({
    status,
    type: expect.stringMatching(/^application\/problem\+json/),
  });
  return res.body.code;
}

/** How many processes answered 2xx among `answers`: a race one process alone won proves little about replicas. */
const servedBy = (answers: Answer[]) => new Set(answers.filter((a) => a.status >= 200 && a.status < 300).map((a) => a.target)).size;

/**
 * The monthly quota is exact across processes: `calls` metered calls at once (members' session
 * and the API key mixed) on a plan of `limit`: exactly `limit` pass, the rest get 429
 * QUOTA_EXCEEDED, and the counter says `limit`.
 */
export async function quotaExactlyLimit(t: ScaleTarget, limit: number, calls = 50): Promise<void> {
  const { owner, tenantId } = await newOrganisation(t.http, t.sink, 'Quota Sp. z o.o.');
  const { key } = await t.http.expect(200, 'GET', `/tenants/${tenantId}/api-key`, { token: owner.accessToken });
  const answers = await Promise.all(
    Array.from({ length: calls }, (_, i) =>
      t.http.call('GET', `/tenants/${tenantId}/search?q=kowalski`, i % 2 ? { apiKey: key } : { token: owner.accessToken }),
    ),
  );
  const passed = answers.filter((a) => a.status === 200);
  expect(passed).toHaveLength(limit);
  for (const res of answers.filter((a) => a.status !== 200)) expect(problemCode(res, 429)).toBe('QUOTA_EXCEEDED');
  // A process just restarted may lose every race to warm ones: at least two must have won calls.
  expect(servedBy(answers)).toBeGreaterThanOrEqual(2);
  const [counter] = await t.sql<{ used: number }>('SELECT used::int AS used FROM usage_counters WHERE tenant_id = $1', [tenantId]);
  expect(counter.used).toBe(limit);
}

/**
 * An invitation is accepted once across processes: `calls` accepts of one link at once, exactly
 * one 201, the rest 410 INVITATION_USED; one membership, one `invitation.accepted` entry.
 */
export async function invitationAcceptedOnce(t: ScaleTarget, calls = 30): Promise<void> {
  const { owner, tenantId } = await newOrganisation(t.http, t.sink, 'Invite Sp. z o.o.');
  const invitee = await signUp(t.http, t.sink, 'invitee');
  await t.http.expect(201, 'POST', `/tenants/${tenantId}/invitations`, { token: owner.accessToken, body: { email: invitee.email, role: 'member' } });
  const mail = await t.sink.waitFor((m) => m.to.includes(invitee.email) && m.text.includes(`/${INVITATION_LINK_PATH}?token=`), 20_000);
  const token = extractToken(mail.text, INVITATION_LINK_PATH);
  const answers = await Promise.all(
    Array.from({ length: calls }, () => t.http.call('POST', '/invitations/accept', { token: invitee.accessToken, body: { token } })),
  );
  expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
  for (const res of answers.filter((a) => a.status !== 201)) expect(problemCode(res, 410)).toBe('INVITATION_USED');
  const [row] = await t.sql<{ members: number; accepted: number }>(
    `SELECT (SELECT count(*) FROM memberships WHERE tenant_id = $1 AND user_id = $2)::int AS members,
            (SELECT count(*) FROM activity_log WHERE tenant_id = $1 AND action = 'invitation.accepted')::int AS accepted`,
    [tenantId, invitee.userId],
  );
  expect(row).toEqual({ members: 1, accepted: 1 });
}
