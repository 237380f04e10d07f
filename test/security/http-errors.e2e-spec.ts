import { createTestApp, TestApp } from '../support/create-test-app';
import { expectProblem } from '../support/problem';

describe('security: every error is problem+json without internals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ label: 'errors' });
  });
  afterAll(() => t.close());

  it('malformed JSON answers 400 MALFORMED_BODY, not 500', async () => {
    const res = await t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send('{"email": "a@b.c", "password": ');
    expectProblem(res, 400, 'MALFORMED_BODY');
  });

  it('a body that is not JSON at all answers 415 or 400 as a problem', async () => {
    const res = await t.http.post('/api/v1/auth/login').set('content-type', 'text/xml').send('<login/>');
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('an oversized body answers 413', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) }));
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('an unknown route answers 404 problem', async () => {
    expectProblem(await t.http.get('/api/v1/does-not-exist'), 404, 'NOT_FOUND');
  });

  it('a JSON array or scalar body is a validation problem', async () => {
    expectProblem(await t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send('[1,2]'), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send('"x"'), 400, 'VALIDATION_FAILED');
  });

  it('wrongly typed fields are a validation problem listing each field', async () => {
    const res = await t.http.post('/api/v1/auth/login').send({ email: 42, password: { $ne: null } });
    const body = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('a non-uuid session id does not reach the database', async () => {
    expectProblem(await t.http.delete('/api/v1/me/sessions/1%27%20OR%201=1'), 401, 'UNAUTHORIZED');
  });
});
