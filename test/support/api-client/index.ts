import createClient, { type Client } from 'openapi-fetch';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from '../create-test-app';
import type { components, paths } from './schema';

/** The typed client of the API: paths, bodies, answers and problem codes come from `schema.d.ts`. */
export type ApiClient = Client<paths>;

/** A problem document as the contract declares it. */
export type Problem = components['schemas']['ProblemDetails'];

/**
 * Makes the test app listen on a free loopback port (once) and returns a typed `openapi-fetch`
 * client for it: the client speaks real HTTP through Node's fetch, as a generated client would.
 */
export async function apiClient(t: TestApp): Promise<ApiClient> {
  const address = t.app.getHttpServer().address();
  if (!address) await t.app.listen(0, '127.0.0.1');
  return createClient<paths>({ baseUrl: await t.app.getUrl() });
}

/** Options for an authenticated call: `{ headers: { authorization: 'Bearer ...' } }`. */
export const withBearer = (accessToken: string) => ({ headers: { authorization: `Bearer ${accessToken}` } });

/**
 * The problem codes `docs/openapi.json` declares for one operation and status: what a test
 * checks a real answer against, since the client's types only assume it.
 */
export function declaredProblemCodes(path: keyof paths, method: 'get' | 'post' | 'patch' | 'put' | 'delete', status: number): string[] {
  const document = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'docs', 'openapi.json'), 'utf8'));
  const response = document.paths[path]?.[method]?.responses?.[String(status)];
  const schema = response?.content?.['application/problem+json']?.schema;
  return schema?.allOf?.[1]?.properties?.code?.enum ?? [];
}
