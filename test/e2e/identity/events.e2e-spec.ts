import { IdentityEvent, IdentityEvents } from '@tenant-iam/identity';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { bearer, signUp } from '../../support/identity';

describe('identity: domain events for other libs', () => {
  let t: TestApp;
  const seen: { name: string; event: IdentityEvent }[] = [];
  beforeAll(async () => {
    t = await createTestApp({ label: 'events' });
    t.app.get(EventEmitter2).onAny((name, event) => seen.push({ name: String(name), event }));
  });
  afterAll(() => t.close());

  it('emits registered, email_verified, login, password_changed and logout with the user id', async () => {
    const user = await signUp(t);
    await t.http
      .post('/api/v1/me/password')
      .set('authorization', bearer(user.accessToken))
      .send({ currentPassword: user.password, password: 'Glacier-orchid-tambourine-5' })
      .expect(200);
    await t.http.post('/api/v1/auth/logout').set('authorization', bearer(user.accessToken)).expect(204);
    const mine = seen.filter((s) => s.event.email === user.email);
    expect(mine.map((s) => s.name)).toEqual([
      IdentityEvents.UserRegistered,
      IdentityEvents.EmailVerified,
      IdentityEvents.Login,
      IdentityEvents.PasswordChanged,
      IdentityEvents.Logout,
    ]);
    const userIds = new Set(mine.map((s) => s.event.userId));
    expect(userIds.size).toBe(1);
    expect(mine.find((s) => s.name === IdentityEvents.Login)!.event.sessionId).toBe(user.sessionId);
    expect(JSON.stringify(mine)).not.toContain(user.password);
  });

  it('emits refresh_token_reused when a rotated token comes back', async () => {
    const user = await signUp(t);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    expect(seen.some((s) => s.name === IdentityEvents.RefreshTokenReused && s.event.sessionId === user.sessionId)).toBe(true);
  });
});
