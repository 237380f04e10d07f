import { Operation, OpenApiDocument, problemsOnEveryOperation, readOperations } from '../support/fuzz/contract';
import { sendRaw } from '../support/fuzz/http';
import { ContractChecker } from '../support/fuzz/invariants';
import { fuzzOperation, OperationReport, PHASES, phaseOf } from '../support/fuzz/runner';
import { createFuzzWorld, FuzzWorld } from '../support/fuzz/world';

// Every operation of the document the app serves (GET /api/docs-json), fuzzed as the owner of a
// seeded tenant with fast-check: valid bodies from the schemas and hostile ones (see
// test/support/fuzz/mutations.ts). Zero 5xx; every error a problem+json whose code the operation
// documents; every success a body its schema accepts. A route added later is fuzzed with the rest.
//
//   FUZZ_RUNS  runs per operation (default 80)      FUZZ_SEED  base seed (default 20261201)
//   FUZZ_OP    only these operationIds (comma-separated), e.g. to replay one failure with
//   FUZZ_PATH  the counterexample path a failure printed
const settings = {
  runs: Number(process.env.FUZZ_RUNS ?? 80),
  seed: Number(process.env.FUZZ_SEED ?? 20261201),
  path: process.env.FUZZ_PATH || undefined,
  timeLimitMs: Number(process.env.FUZZ_OP_TIME_LIMIT_MS ?? 20_000),
};
const only = new Set((process.env.FUZZ_OP ?? '').split(',').filter(Boolean));
const PHASE_TIMEOUT_MS = 15 * 60_000;

describe('security: contract fuzz of every operation of the live OpenAPI document', () => {
  let world: FuzzWorld;
  let document: OpenApiDocument;
  let operations: Operation[];
  let checker: ContractChecker;
  const reports: OperationReport[] = [];

  beforeAll(async () => {
    world = await createFuzzWorld();
    const served = await sendRaw(world.baseUrl, { method: 'GET', path: '/api/docs-json', headers: {} });
    document = served.json as OpenApiDocument;
    operations = readOperations(document);
    checker = new ContractChecker(document, problemsOnEveryOperation(operations));
  }, 120_000);
  afterAll(async () => {
    if (process.env.FUZZ_VERBOSE) {
      for (const r of reports)
        process.stdout.write(
          `${r.phase.padEnd(12)} ${r.operationId.padEnd(28)} ${String(r.runs).padStart(4)} runs ${String(r.ms).padStart(6)} ms ${JSON.stringify(r.statuses)}\n`,
        );
    }
    await world?.close();
  });

  it('reads the operations of the live document, each with an operationId and its error codes', () => {
    expect(operations.length).toBeGreaterThan(50);
    for (const operation of operations) expect(operation.operationId).toMatch(/^[a-z][A-Za-z0-9]+$/);
    // What the document lists on every operation (the HTTP layer's answers, see apps/api/src/openapi.ts):
    // the only codes the fuzz accepts beyond an operation's own.
    expect(problemsOnEveryOperation(operations)).toEqual(
      new Map([
        [400, new Set(['VALIDATION_FAILED'])],
        [500, new Set(['INTERNAL'])],
      ]),
    );
  });

  it('reports what breaks the contract: a 5xx, an undocumented code, a body its schema refuses, a bare JSON error', () => {
    const answer = (status: number, body: unknown, type = 'application/problem+json') => ({
      status,
      headers: { 'content-type': type },
      text: JSON.stringify(body),
      json: body,
      ms: 1,
    });
    const problem = (status: number, code: string) => ({ type: 'urn:problem:x', title: 't', detail: 'd', status, code });
    const getCompany = operations.find((o) => o.operationId === 'getCompany')!;
    expect(checker.violations(getCompany, answer(404, problem(404, 'COMPANY_NOT_FOUND')))).toEqual([]);
    expect(checker.violations(getCompany, answer(500, problem(500, 'INTERNAL')))).toEqual([expect.stringContaining('a 500')]);
    expect(checker.violations(getCompany, answer(404, problem(404, 'GROUP_NOT_FOUND')))).toEqual([
      expect.stringContaining('GROUP_NOT_FOUND'),
    ]);
    expect(checker.violations(getCompany, answer(409, problem(409, 'CONFLICT')))).toEqual([expect.stringContaining('documents no 409')]);
    expect(checker.violations(getCompany, answer(400, { error: 'Bad Request' }, 'application/json'))).toEqual([
      expect.stringContaining('not application/problem+json'),
    ]);
    expect(checker.violations(getCompany, answer(200, { id: 'x', name: 1 }, 'application/json'))).toEqual([
      expect.stringContaining('does not match its schema'),
    ]);
  });

  // What the fuzz found, kept as fixed cases: each answered outside the contract before its fix.
  const owner = () => ({ authorization: `Bearer ${world.owner.accessToken}` });
  const operation = (id: string) => operations.find((o) => o.operationId === id)!;
  it.each([
    ['a percent-encoding that is not UTF-8', '%zz', 'BAD_REQUEST'],
    ["a lone surrogate's bytes", '%ED%A0%80', 'BAD_REQUEST'],
    ['an id longer than the router takes', 'x'.repeat(2_000), 'BAD_REQUEST'],
    ['a NUL', '%00', 'VALIDATION_FAILED'],
  ])('a path id with %s is a documented 400 problem', async (_name, segment, code) => {
    const answer = await sendRaw(world.baseUrl, { method: 'GET', path: `/api/v1/tenants/${segment}/companies`, headers: owner() });
    expect({ status: answer.status, code: (answer.json as { code?: string })?.code }).toEqual({ status: 400, code });
    expect(checker.violations(operation('listCompanies'), answer)).toEqual([]);
    // Answered before routing, where no hook runs: the security headers are set by hand.
    expect(answer.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
  });

  it('a JSON body that is not UTF-8 is a documented 400 MALFORMED_BODY', async () => {
    const payload = Buffer.from('{"name":"Caf\xe9"}', 'latin1');
    const answer = await sendRaw(world.baseUrl, {
      method: 'POST',
      path: `/api/v1/tenants/${world.tenantId}/companies`,
      headers: owner(),
      payload,
      contentType: 'application/json',
    });
    expect({ status: answer.status, code: (answer.json as { code?: string })?.code }).toEqual({ status: 400, code: 'MALFORMED_BODY' });
    expect(checker.violations(operation('createCompany'), answer)).toEqual([]);
  });

  it.each([
    ['GET', '/api/v1/me?x=%00', undefined, 'getMyProfile', 400],
    ['POST', '/api/v1/auth/logout', 'application/json', 'logout', 400],
    ['POST', '/api/v1/auth/logout', 'text/xml', 'logout', 415],
  ])('the HTTP layer answers %s %s (content-type %s) as %s documents it', async (method, path, contentType, id, status) => {
    const answer = await sendRaw(world.baseUrl, {
      method,
      path,
      headers: owner(),
      payload: contentType ? Buffer.from('<x/>') : undefined,
      contentType,
    });
    expect(answer.status).toBe(status);
    expect(checker.violations(operation(id), answer)).toEqual([]);
  });

  it.each(['firstName', 'lastName', 'phone', 'locale'])('PATCH /me with %s: null is a documented 400, not a 500', async (field) => {
    const payload = Buffer.from(JSON.stringify({ [field]: null }));
    const answer = await sendRaw(world.baseUrl, {
      method: 'PATCH',
      path: '/api/v1/me',
      headers: owner(),
      payload,
      contentType: 'application/json',
    });
    expect({ status: answer.status, code: (answer.json as { code?: string })?.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(checker.violations(operation('updateMyProfile'), answer)).toEqual([]);
  });

  it.each([17_000, 70_000])('a request head of %i bytes (over Node 16 KiB) is a 431 problem, not Fastify JSON', async (size) => {
    const answer = await sendRaw(world.baseUrl, {
      method: 'GET',
      path: '/api/v1/me',
      headers: { ...owner(), 'x-padding': 'x'.repeat(size) },
    });
    expect({ status: answer.status, type: answer.headers['content-type'], code: (answer.json as { code?: string })?.code }).toEqual({
      status: 431,
      type: 'application/problem+json; charset=utf-8',
      code: 'REQUEST_HEADERS_TOO_LARGE',
    });
  });

  for (const phase of PHASES) {
    it(
      `keeps the contract on every ${phase} operation`,
      async () => {
        const failures: string[] = [];
        for (const operation of operations.filter((o) => phaseOf(o) === phase && (!only.size || only.has(o.operationId)))) {
          world.harvest();
          const report = await fuzzOperation(world, checker, { document, dictionary: world.dictionary }, operation, settings);
          reports.push(report);
          if (report.failure) failures.push(report.failure);
        }
        if (failures.length) throw new Error(`${failures.length} operation(s) broke the contract:\n\n${failures.join('\n\n')}`);
      },
      PHASE_TIMEOUT_MS,
    );
  }

  it('fuzzed every operation, and most of them past validation to a success', () => {
    const fuzzed = new Set(reports.map((r) => r.operationId));
    const expected = operations.filter((o) => !only.size || only.has(o.operationId)).map((o) => o.operationId);
    expect(expected.filter((id) => !fuzzed.has(id))).toEqual([]);
    // A fuzz that never gets past the validation pipe tests only the validation pipe.
    const succeeded = reports.filter((r) => Object.keys(r.statuses).some((s) => Number(s) < 300));
    if (!only.size) expect(succeeded.length / reports.length).toBeGreaterThan(0.75);
  });
});
