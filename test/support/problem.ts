import type { Response } from 'supertest';

/**
 * Asserts an RFC 9457 answer: status, `application/problem+json`, the stable `code`, and that no
 * stack trace or SQL leaked. Returns the body for further checks.
 */
export function expectProblem(res: Response, status: number, code: string): Record<string, any> {
  const req = (res as unknown as { req?: { method?: string; path?: string } }).req;
  const context = `${req?.method} ${req?.path} -> ${res.status} ${res.text}`;
  expect({ status: res.status, context }).toEqual({ status, context });
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, code });
  expect(typeof res.body.title).toBe('string');
  expect(typeof res.body.detail).toBe('string');
  expect(res.text).not.toMatch(/\bat .+\.(ts|js):\d+|QueryFailedError|SELECT |INSERT |UPDATE .+ SET/);
  return res.body;
}

/** The field codes of a problem's `errors[]`, as `field:code` strings. */
export function fieldErrors(body: Record<string, any>): string[] {
  return (body.errors ?? []).map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
}
