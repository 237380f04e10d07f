import { createTestApp, TestApp } from '../../support/create-test-app';
import { FakePwnedServer, startFakePwnedServer } from '../../support/fake-pwned-server';
import { tokenFromMail, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

const register = (t: TestApp, password: string) => t.http.post('/api/v1/auth/register').send({ email: uniqueEmail(), password });

describe('identity: password policy from configuration (seed 003, marketplace)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      label: 'policy003',
      env: {
        PASSWORD_POLICY: JSON.stringify({ minLength: 6, allowedCharacters: 'latin-digits-symbols', minStrength: 0, rejectBreached: false }),
      },
    });
  });
  afterAll(() => t.close());

  it('accepts six Latin letters, digits and symbols', async () => {
    await register(t, 'abc12!').expect(202);
  });

  it('refuses Cyrillic letters and a five-character password, one entry per rule', async () => {
    const body = expectProblem(await register(t, 'пар12'), 422, 'PASSWORD_POLICY');
    expect(fieldErrors(body).sort()).toEqual(['password:PASSWORD_CHARACTERS_NOT_ALLOWED', 'password:PASSWORD_TOO_SHORT']);
    expect(body.errors.find((e: { code: string }) => e.code === 'PASSWORD_TOO_SHORT').params).toEqual({ min: 6 });
  });
});

describe('identity: password policy with the breached check (seed 004, telephony CRM)', () => {
  let pwned: FakePwnedServer;
  let open: TestApp;
  let closed: TestApp;
  const policy = JSON.stringify({
    minLength: 8,
    requireLower: true,
    requireUpper: true,
    requireDigit: true,
    requireSymbol: true,
    rejectBreached: true,
  });

  beforeAll(async () => {
    pwned = await startFakePwnedServer(['Summer2024!x', 'P@ssw0rd']);
    open = await createTestApp({ label: 'policy004o', env: { PASSWORD_POLICY: policy, PWNED_PASSWORDS_URL: pwned.url } });
    closed = await createTestApp({
      label: 'policy004c',
      env: { PASSWORD_POLICY: policy, PWNED_PASSWORDS_URL: pwned.url, PWNED_PASSWORDS_FAILURE: 'closed' },
    });
  });
  afterAll(async () => {
    await open.close();
    await closed.close();
    await pwned.close();
  });
  beforeEach(() => pwned.setMode('ok'));

  it('refuses a password found in the breach corpus; only 5 hex characters leave the process', async () => {
    const before = pwned.requests.length;
    const body = expectProblem(await register(open, 'Summer2024!x'), 422, 'PASSWORD_POLICY');
    expect(fieldErrors(body)).toContain('password:PASSWORD_BREACHED');
    const sent = pwned.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0].path).toMatch(/^\/range\/[0-9A-F]{5}$/);
    expect(sent[0].headers['add-padding']).toBe('true');
  });

  it('requires every character class', async () => {
    const body = expectProblem(await register(open, 'lowercase-only-words'), 422, 'PASSWORD_POLICY');
    expect(fieldErrors(body)).toEqual(expect.arrayContaining(['password:PASSWORD_NEEDS_UPPER', 'password:PASSWORD_NEEDS_DIGIT']));
  });

  it('accepts a strong password that is not in the corpus', async () => {
    await register(open, 'Tundra-Velvet-42-Quill!').expect(202);
  });

  it('fail-open: an outage of the range API lets a good password through', async () => {
    pwned.setMode('error');
    await register(open, 'Harbor-Nimbus-73-Fjord!').expect(202);
  });

  it('fail-closed: an outage refuses with 503 PASSWORD_CHECK_UNAVAILABLE and creates nothing', async () => {
    pwned.setMode('error');
    const email = uniqueEmail('closed');
    expectProblem(
      await closed.http.post('/api/v1/auth/register').send({ email, password: 'Harbor-Nimbus-73-Fjord!' }),
      503,
      'PASSWORD_CHECK_UNAVAILABLE',
    );
    pwned.setMode('ok');
    await closed.http.post('/api/v1/auth/register').send({ email, password: 'Harbor-Nimbus-73-Fjord!' }).expect(202);
    await tokenFromMail(closed, email, 'verify-email');
  });
});
