import type { TestApp } from './create-test-app';
import { extractToken } from './smtp-sink';

let counter = 0;

/** A unique address for this test run. */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}.${Date.now().toString(36)}.${counter}@example.test`;
}

/** A password the default policy accepts. */
export const GOOD_PASSWORD = 'violet-Harbour-lantern-93';

/** Waits for the newest mail to `to` whose subject matches and returns the token of its link. */
export async function tokenFromMail(t: TestApp, to: string, path: string): Promise<string> {
  const mail = await t.mail.waitFor((m) => m.to.includes(to) && m.text.includes(`/${path}?token=`));
  return extractToken(mail.text, path);
}

/** Registers, verifies and logs in a user; returns the email, password and session tokens. */
export async function signUp(t: TestApp, options: { email?: string; password?: string; firstName?: string; locale?: string } = {}) {
  const email = options.email ?? uniqueEmail();
  const password = options.password ?? GOOD_PASSWORD;
  const body: Record<string, string> = { email, password, firstName: options.firstName ?? 'Anna', lastName: 'Nowak' };
  if (options.locale) body.locale = options.locale;
  await t.http.post('/api/v1/auth/register').send(body).expect(202);
  const token = await tokenFromMail(t, email, 'verify-email');
  await t.http.post('/api/v1/auth/verify-email').send({ token }).expect(200);
  const login = await t.http.post('/api/v1/auth/login').send({ email, password }).expect(200);
  return { email, password, ...(login.body as { accessToken: string; refreshToken: string; sessionId: string }) };
}

/** `Authorization` header value for an access token. */
export const bearer = (token: string) => `Bearer ${token}`;
