// What a test app records of its own HTTP traffic: every suite talks to the app through supertest
// or the typed client, so one Fastify hook sees every password sent and every token answered,
// whatever helper (or none) the suite used.
import { notePublicValue, recordLinkTokens, recordSecret } from './record';

/** The Fastify instance method the tap needs (the app's and the tests' Fastify types differ). */
export interface TapHost {
  addHook(
    name: 'onSend',
    hook: (request: TappedRequest, reply: { getHeader(name: string): unknown }, payload: unknown) => Promise<unknown>,
  ): unknown;
}

/** The part of Fastify's request the tap reads. */
export interface TappedRequest {
  method: string;
  url: string;
  routeOptions?: { url?: string };
  body?: unknown;
  headers: Record<string, string | string[] | undefined>;
}

/** Request body fields that carry a password (`password.value` of a member's creation too). */
const PASSWORD_FIELD = /^(password|currentPassword|newPassword)$/;
const TOKEN_FIELD = /^(token|refreshToken)$/;
/** Answer fields that carry a secret, looked for in the text before any parsing. */
const ANSWER_HINTS = ['"refreshToken"', '"generatedPassword"', 'tiam_', 'token='];
const API_KEY = /tiam_[0-9A-Za-z]{43}/g;

/**
 * Adds an `onSend` hook that records the secrets of each exchange: passwords and tokens in the
 * request body, the API key header, and refresh tokens, API keys, generated passwords and link
 * tokens in the answer. Call before the app is ready. Costs one scan of the answer's text for
 * four markers; only an answer with one of them is parsed.
 */
export function installSecretTap(fastify: TapHost): void {
  fastify.addHook('onSend', async (request, _reply, payload) => {
    // The route's template, never the URL: a report shows where a secret was seen, and a path can hold one.
    const route = `${request.method} ${request.routeOptions?.url ?? '(no route)'}`;
    // The OpenAPI document's examples are not anybody's secrets.
    if (request.url.startsWith('/api/docs')) return payload;
    if (request.body && typeof request.body === 'object') recordRequestBody(request.body, `${route} body`);
    const apiKey = request.headers['x-api-key'];
    if (typeof apiKey === 'string') recordSecret('api-key', apiKey, `${route} X-Api-Key`);
    if (typeof payload === 'string') recordAnswer(payload, `${route} answer`);
    return payload;
  });
}

/** Records the passwords and tokens of a request body. */
export function recordRequestBody(body: object, source: string): void {
  const others: string[] = [];
  const passwords: string[] = [];
  walk(body, [], (path, value) => {
    const key = path[path.length - 1];
    const parent = path[path.length - 2];
    if (PASSWORD_FIELD.test(key) || (key === 'value' && parent === 'password')) passwords.push(value);
    else if (TOKEN_FIELD.test(key)) recordSecret(key === 'token' ? 'link-token' : 'refresh-token', value, source);
    else {
      others.push(value);
      notePublicValue(value);
    }
  });
  for (const password of passwords) {
    // A "password" that is also the body's email or name is no secret (a policy test sends those).
    if (others.some((other) => other.includes(password))) continue;
    recordSecret('password', password, source);
  }
}

/** Records refresh tokens, API keys, generated passwords and link tokens of an answer's text. */
export function recordAnswer(text: string, source: string): void {
  if (!ANSWER_HINTS.some((hint) => text.includes(hint))) return;
  for (const match of text.matchAll(API_KEY)) recordSecret('api-key', match[0], source);
  recordLinkTokens(text, source);
  if (!text.includes('"refreshToken"') && !text.includes('"generatedPassword"')) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return;
  }
  walk(parsed, [], (path, value) => {
    const key = path[path.length - 1];
    if (key === 'refreshToken') recordSecret('refresh-token', value, source);
    if (key === 'generatedPassword') recordSecret('password', value, source);
  });
}

/** Calls `visit` with the key path of every string in a JSON value (bounded: bodies are bounded). */
function walk(value: unknown, path: string[], visit: (path: string[], value: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, String(index)], visit));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
}
