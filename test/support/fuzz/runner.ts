// One property per operation of the live document: for any request fast-check builds (valid
// inputs and hostile ones, see mutations.ts), the answer keeps the contract (invariants.ts).
// Seeded, bounded in runs and time, shrinking; a failure prints the request as it was sent.
import fc from 'fast-check';
import { Operation } from './contract';
import { HttpAnswer, RawRequest, sendRaw } from './http';
import { ContractChecker } from './invariants';
import { Body, encodeText, hostileBody, hostileHeaders, hostileQuery, hostileSegment, serialiseBody, validQuery } from './mutations';
import { SchemaContext, valueOf } from './schema-arbitrary';
import { FreshKind, FuzzWorld, Session } from './world';

/**
 * When an operation runs, so that none makes the rest of the run meaningless: reads first, then
 * writes, then operations that remove or end their target (each on a fresh one), then those that
 * end the caller's own session (as a spare account, a new session when needed), ownership last.
 */
export const PHASES = ['read', 'write', 'destructive', 'own-session', 'ownership'] as const;
export type Phase = (typeof PHASES)[number];

/** Last path segments of operations that change their target for good (besides DELETE). */
const DESTRUCTIVE_VERBS = new Set(['block', 'unblock', 'rotate', 'cancel', 'resend']);
/** Path ids a destructive operation gets a fresh row for, by the kind the name points at. */
const FRESH_KINDS: FreshKind[] = ['company', 'contact', 'group', 'permissionSet', 'member', 'invitation'];

/** The phase of an operation, from its method and path only: a route added later is placed too. */
export function phaseOf(operation: Operation): Phase {
  const last = operation.path.split('/').pop()!;
  if (last === 'transfer-ownership') return 'ownership';
  // The caller's own account and session (`/me/...`, `/auth/logout`, `/auth/email/confirm`).
  if (!operation.isPublic && operation.method !== 'GET' && /^\/api\/v1\/(me|auth)\b/.test(operation.path)) return 'own-session';
  if (operation.method === 'DELETE' || (operation.method === 'POST' && DESTRUCTIVE_VERBS.has(last))) return 'destructive';
  return operation.method === 'GET' ? 'read' : 'write';
}

type ParamCase = { ref: number } | { raw: string };
type AuthCase = 'caller' | 'none' | 'lower-scheme' | 'tampered' | 'garbage' | 'basic' | 'empty' | 'api-key';

/** One generated request, before real ids and tokens are filled in. Printable, shrinkable. */
export interface RequestCase {
  params: Record<string, ParamCase>;
  query: string;
  auth: AuthCase;
  headers: Record<string, string>;
  body: Body;
}

/** Valid first, hostile second: shrinking crosses over towards the valid alternative. */
function mostlyValid<T>(valid: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>, validWeight = 3): fc.Arbitrary<T> {
  return fc.oneof({ withCrossShrink: true }, { arbitrary: valid, weight: validWeight }, { arbitrary: hostile, weight: 1 });
}

/** Bodies sent to an operation that takes none. */
const strayBody = fc.constantFrom<Body>(
  { kind: 'json', value: {} },
  { kind: 'json', value: { a: 1 } },
  { kind: 'text', text: '', contentType: 'application/json' },
  { kind: 'text', text: 'x', contentType: 'text/plain' },
);

/** The arbitrary of requests to `operation`. */
export function requestCases(operation: Operation, ctx: SchemaContext): fc.Arbitrary<RequestCase> {
  const params: Record<string, fc.Arbitrary<ParamCase>> = {};
  for (const p of operation.parameters.filter((p) => p.in === 'path')) {
    // The first id of a pool is the seeded tenant's (the tenant pool also holds a stranger's).
    params[p.name] = mostlyValid<ParamCase>(
      fc.oneof({ arbitrary: fc.constant(0), weight: 2 }, { arbitrary: fc.nat(), weight: 1 }).map((ref) => ({ ref })),
      hostileSegment.map((raw) => ({ raw })),
      6,
    );
  }
  return fc.record({
    params: fc.record(params),
    query: mostlyValid(validQuery(operation.parameters, ctx), hostileQuery(operation.parameters, ctx)),
    auth: mostlyValid(
      fc.constant<AuthCase>('caller'),
      fc.constantFrom<AuthCase>('none', 'lower-scheme', 'tampered', 'garbage', 'basic', 'empty', 'api-key'),
      6,
    ),
    headers: mostlyValid<Record<string, string>>(fc.constant({}), hostileHeaders),
    body: operation.body
      ? mostlyValid(
          valueOf(operation.body.schema, ctx).map((value) => ({ kind: 'json', value }) as Body),
          hostileBody(operation.body.schema, ctx),
          2,
        )
      : mostlyValid(fc.constant<Body>({ kind: 'none' }), strayBody, 8),
  });
}

/** What a run needs besides the case: the world, the caller's session and per-name overrides of the pools. */
interface RunActor {
  session: Session;
  overrides: Record<string, string[]>;
}

/** The request as sent, ids and tokens filled in; fresh rows are made here for destructive operations. */
async function resolve(world: FuzzWorld, operation: Operation, phase: Phase, actor: RunActor, c: RequestCase): Promise<RawRequest> {
  let path = operation.path;
  for (const p of operation.parameters.filter((p) => p.in === 'path')) {
    const value = c.params[p.name];
    let segment: string;
    if ('raw' in value) segment = value.raw;
    else {
      const kind = p.name.replace(/Ids?$/, '') as FreshKind;
      const pool = actor.overrides[p.name] ?? (world.dictionary(p.name, p.schema) as string[]);
      if (phase === 'destructive' && FRESH_KINDS.includes(kind)) segment = await world.fresh(kind);
      else
        segment = encodeText(
          pool.length ? String(pool[value.ref % pool.length]) : `00000000-0000-4000-8000-${String(value.ref).padStart(12, '0').slice(-12)}`,
        );
    }
    path = path.replace(`{${p.name}}`, segment);
  }
  const token = actor.session.accessToken;
  const apiKey = [...(world.strings.get('x-api-key') ?? [])][0];
  const authorization: Record<AuthCase, string | undefined> = {
    caller: `Bearer ${token}`,
    none: undefined,
    'lower-scheme': `bearer ${token}`,
    tampered: `Bearer ${token.slice(0, -4)}${token.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`,
    garbage: 'Bearer not.a.jwt',
    basic: 'Basic dXNlcjpwYXNz',
    empty: 'Bearer ',
    'api-key': undefined,
  };
  const headers: Record<string, string> = { ...c.headers };
  if (authorization[c.auth] !== undefined) headers.authorization = authorization[c.auth]!;
  if (c.auth === 'api-key' && typeof apiKey === 'string') headers['x-api-key'] = apiKey;
  const { payload, contentType } = serialiseBody(c.body);
  return { method: operation.method, path: c.query ? `${path}?${c.query}` : path, headers, payload, contentType };
}

const SHOWN_BODY = 600;
/** Bytes of request line and headers the fuzz stays under (Node's limit is 16 KiB). */
const MAX_HEAD = 15_000;

/** A request as someone replays it by hand: method, path, headers, body (escaped, cut when long). */
export function formatRequest(req: RawRequest, token?: string): string {
  const lines = [`${req.method} ${req.path.length > 400 ? `${req.path.slice(0, 400)}... (${req.path.length} characters)` : req.path}`];
  const headers = { ...req.headers, ...(req.contentType != null ? { 'content-type': req.contentType } : {}) };
  for (const [name, value] of Object.entries(headers)) {
    const shown = token ? value.replace(token, '<the caller access token>') : value;
    lines.push(`${name}: ${shown.length > 200 ? `${shown.slice(0, 200)}... (${shown.length} characters)` : shown}`);
  }
  if (req.payload) {
    const text = req.payload.toString('utf8');
    const printable = Buffer.from(text, 'utf8').equals(req.payload)
      ? JSON.stringify(text.slice(0, SHOWN_BODY))
      : `hex ${req.payload.toString('hex').slice(0, SHOWN_BODY)}`;
    lines.push(
      `body (${req.payload.length} bytes, as a JS string literal${text.length > SHOWN_BODY ? `, first ${SHOWN_BODY} characters` : ''}): ${printable}`,
    );
  }
  return lines.join('\n    ');
}

/** The outcome of fuzzing one operation. */
export interface OperationReport {
  operationId: string;
  phase: Phase;
  runs: number;
  ms: number;
  /** Statuses answered, with counts: to see that the fuzz got past validation. */
  statuses: Record<number, number>;
  failure?: string;
}

/** Settings of a fuzz run (see the spec: FUZZ_RUNS, FUZZ_SEED, FUZZ_OP, FUZZ_PATH). */
export interface FuzzSettings {
  runs: number;
  seed: number;
  path?: string;
  /** Per operation, generation and shrinking stop after this long. */
  timeLimitMs: number;
}

/** The generated case, cut short: a body nested 5,000 deep would overflow fast-check's printer. */
function printable(value: unknown): string {
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 1_500 ? `${text.slice(0, 1_500)}... (${text.length} characters)` : text;
  } catch {
    return '(too deep to print)';
  }
}

/** A stable 32-bit number for an operation id: each operation has its own seed, so one can be replayed alone. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Fuzzes one operation; never throws for a broken contract, it reports it. */
export async function fuzzOperation(
  world: FuzzWorld,
  checker: ContractChecker,
  ctx: SchemaContext,
  operation: Operation,
  settings: FuzzSettings,
): Promise<OperationReport> {
  const phase = phaseOf(operation);
  const seed = (settings.seed ^ hash(operation.operationId)) | 0;
  const statuses: Record<number, number> = {};
  let spare: Session | undefined;
  let renew = true;
  const started = Date.now();
  const property = fc.asyncProperty(requestCases(operation, ctx), async (c) => {
    // Operations that end the caller's session act as a spare account, with a new session once
    // the last one may be gone; the owner's session must live until the last phase.
    if (phase === 'own-session' && (renew || !spare)) spare = await world.spareSession();
    const session = phase === 'own-session' ? spare! : world.owner;
    const actor: RunActor = { session, overrides: phase === 'own-session' ? { id: [session.sessionId] } : {} };
    const req = await resolve(world, operation, phase, actor, c);
    // Past 16 KiB of request line and headers Node's HTTP parser answers 431 before the app sees
    // anything: such heads are the subject of their own test, not of the contract of a route.
    fc.pre(req.path.length + Object.entries(req.headers).reduce((size, [k, v]) => size + k.length + v.length + 4, 0) < MAX_HEAD);
    let answer: HttpAnswer;
    try {
      answer = await sendRaw(world.baseUrl, req);
    } catch (error) {
      throw new Error(`no answer (${(error as Error).message})\n  request:\n    ${formatRequest(req, session.accessToken)}`);
    }
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    renew = answer.status < 300 || answer.status === 401 || answer.status === 429;
    world.harvest(answer);
    if (process.env.FUZZ_DEBUG)
      process.stdout.write(
        `${answer.status} ${formatRequest(req, session.accessToken).split('\n')[0].slice(0, 200)} ${answer.text.slice(0, 200)}\n`,
      );
    const broken = checker.violations(operation, answer);
    if (broken.length) {
      throw new Error(
        [
          broken.join('\n  '),
          `request:\n    ${formatRequest(req, session.accessToken)}`,
          `answer: ${answer.status} ${answer.headers['content-type'] ?? '(no content-type)'} ${answer.text.slice(0, 800)}`,
        ].join('\n  '),
      );
    }
  });
  const details = await fc.check(property, {
    numRuns: settings.runs,
    seed,
    path: settings.path,
    interruptAfterTimeLimit: settings.timeLimitMs,
    markInterruptAsFailure: false,
  });
  const report: OperationReport = { operationId: operation.operationId, phase, runs: details.numRuns, ms: Date.now() - started, statuses };
  if (details.failed) {
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    report.failure = [
      `${operation.operationId} (${operation.method} ${operation.path}) broke the contract after ${details.numRuns} runs and ${details.numShrinks} shrinks:`,
      `  ${error}`,
      `  replay: FUZZ_SEED=${settings.seed} FUZZ_OP=${operation.operationId} FUZZ_PATH="${details.counterexamplePath}" npx jest test/security/contract-fuzz.e2e-spec.ts`,
      `  (operation seed ${seed}; generated case ${printable(details.counterexample?.[0])})`,
    ].join('\n');
  }
  return report;
}
