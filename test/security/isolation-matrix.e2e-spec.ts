import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../support/create-test-app';
import { ROOMY_PLANS } from '../support/factories/members';
import { Caller, CALLER_KINDS } from '../support/matrix/callers';
import { liveOperations, Operation } from '../support/matrix/document';
import { FOREIGN_REFERENCES } from '../support/matrix/foreign-bodies';
import { Answer, describeAnswer, Mismatch, prepare, report, runOperation, send } from '../support/matrix/run';
import { TenantSnapshots } from '../support/matrix/snapshot';
import { MATRIX } from '../support/matrix/table';
import { buildWorld, MATRIX_OPERATOR_EMAIL, MATRIX_ROTATION_GRACE, Targets, World } from '../support/matrix/world';

/** Path parameters that name no object of a tenant, and why the other-tenant check leaves them out. */
const NOT_TENANT_OBJECTS: Record<string, string> = {
  tenantId: 'the tenant itself: the other-tenant columns of the matrix cover it',
  token: 'a link token: whoever holds the link may preview it, whatever their tenant',
  orderId: 'the demo orders are one list shared by every tenant',
};

// Every operation of the live OpenAPI document, tried by every kind of caller, against one table
// of expectations (test/support/matrix/table.ts): a route added later fails here until its row is
// written. Refused writes are checked to change nothing; ids of another tenant must answer exactly
// like ids that exist nowhere.
describe('security: the isolation matrix', () => {
  let t: TestApp;
  let w: World;
  let operations: Operation[];
  let snapshots: TenantSnapshots;

  beforeAll(async () => {
    t = await createTestApp({
      label: 'isolation-matrix',
      runtime: { plans: ROOMY_PLANS },
      env: {
        PLATFORM_ADMINS: MATRIX_OPERATOR_EMAIL,
        API_KEY_ROTATION_GRACE: MATRIX_ROTATION_GRACE,
        // Every cell that ends a session logs in again first: well past the per-address default.
        LOGIN_MAX_ATTEMPTS_PER_IP: '100000',
      },
    });
    w = await buildWorld(t);
    operations = await liveOperations(t);
    snapshots = new TenantSnapshots(w.db);
  }, 120_000);
  afterAll(() => t?.close());

  it('the table has one row per operation of the live document, no other, each naming every caller kind', () => {
    const live = operations.map((op) => op.operationId);
    expect(live.filter((id) => typeof id !== 'string')).toEqual([]);
    expect({ missingRows: live.filter((id) => !MATRIX[id]), staleRows: Object.keys(MATRIX).filter((id) => !live.includes(id)) }).toEqual({
      missingRows: [],
      staleRows: [],
    });
    for (const [id, row] of Object.entries(MATRIX))
      expect({ id, kinds: Object.keys(row).sort() }).toEqual({ id, kinds: [...CALLER_KINDS].sort() });
    // Nobody outside T's active panel members gets through a route of T, whatever a row says.
    const outsiders = ['otherTenantOwner', 'removed', 'operator', 'blocked', 'contact', 'otherTenantApiKey', 'rotatedApiKey'] as const;
    const tenantRoutes = operations.filter((o) => o.pathParams.includes('tenantId') && !o.path.startsWith('/api/v1/admin/'));
    expect(tenantRoutes.length).toBeGreaterThan(50);
    expect(
      tenantRoutes.flatMap((o) =>
        outsiders.filter((kind) => MATRIX[o.operationId]?.[kind] === 'allow').map((kind) => `${o.operationId} × ${kind}`),
      ),
    ).toEqual([]);
    // The table and the document agree on who may knock: rows open to anonymous callers are the
    // operations the document lets be called without credentials; rows where keys are looked up
    // (a rotated-out one is invalid there) declare the key scheme.
    for (const op of operations.filter((o) => MATRIX[o.operationId])) {
      const row = MATRIX[op.operationId];
      expect({ id: op.operationId, anonymous: op.anonymous }).toEqual({ id: op.operationId, anonymous: !row.anonymous.startsWith('401 ') });
      expect({ id: op.operationId, keys: op.schemes.includes('apiKey') }).toEqual({
        id: op.operationId,
        keys: row.rotatedApiKey === '401 API_KEY_INVALID',
      });
    }
  });

  it('every operation × every caller answers as the table says, and a refused write changes nothing', async () => {
    const started = Date.now();
    const callers = CALLER_KINDS.map((kind) => w.callers[kind]);
    const mismatches: Mismatch[] = [];
    let cells = 0;
    const covered = operations.filter((op) => MATRIX[op.operationId]);
    for (const op of covered) {
      mismatches.push(...(await runOperation(w, snapshots, op, MATRIX[op.operationId], callers)));
      cells += callers.length;
    }
    const summary = report(
      'isolation matrix',
      { operations: covered.length, cells, seconds: Math.round((Date.now() - started) / 1000) },
      mismatches,
    );
    if (mismatches.length) throw new Error(summary);
  }, 300_000);

  /**
   * Calls every operation with a path parameter naming an object as `caller`, once with `ids[param]`
   * and once with a random UUID: the two answers must be the same, neither a 2xx, and T's and U's
   * snapshots unchanged. A parameter without an id (and not in NOT_TENANT_OBJECTS) fails unless `only` leaves it out.
   */
  async function likeUnknownIds(title: string, caller: Caller, ids: Targets, only?: string[]): Promise<void> {
    const mismatches: Mismatch[] = [];
    let sent = 0;
    for (const op of operations) {
      for (const param of op.pathParams.filter((p) => !(p in NOT_TENANT_OBJECTS) && (!only || only.includes(p)))) {
        const cell = `${op.operationId} {${param}} × ${caller.kind}`;
        const id = ids[param];
        if (!id) {
          mismatches.push({ cell, line: `${cell}: no object for {${param}}: add one to the world (or to NOT_TENANT_OBJECTS, with why)` });
          continue;
        }
        const pair = [await prepare(w, op, caller, 'allow'), await prepare(w, op, caller, 'allow')];
        const before = [await snapshots.take(w.tenantId), await snapshots.take(w.otherTenantId)];
        const hidden = await send(w, op, caller, pair[0], { [param]: id });
        const unknown = await send(w, op, caller, pair[1], { [param]: randomUUID() });
        sent += 2;
        const changed = [
          ...TenantSnapshots.changed(before[0], await snapshots.take(w.tenantId)).map((n) => `T ${n}`),
          ...TenantSnapshots.changed(before[1], await snapshots.take(w.otherTenantId)).map((n) => `U ${n}`),
        ];
        const problems = [
          ...(hidden.answer.status < 300 ? ['a 2xx'] : []),
          ...(describeAnswer(hidden.answer) !== describeAnswer(unknown.answer) ? [`a random id: ${describeAnswer(unknown.answer)}`] : []),
          ...hidden.answer.defects,
          ...(changed.length ? [`changed ${changed.join(', ')}`] : []),
        ];
        if (problems.length) {
          mismatches.push({
            cell,
            line: `${cell}: ${hidden.sent.method} ${hidden.sent.url} -> ${describeAnswer(hidden.answer)}; ${problems.join('; ')}`,
          });
        }
      }
    }
    if (mismatches.length) throw new Error(report(title, { requests: sent }, mismatches));
    expect(sent).toBeGreaterThan(0);
  }

  it("another tenant's ids answer exactly like ids that exist nowhere, never 2xx, and change nothing", async () => {
    await likeUnknownIds("another tenant's ids", w.callers.owner, w.foreign);
  }, 120_000);

  it("a client's view of its own tenant: company B's objects and the staff answer like ids that exist nowhere", async () => {
    await likeUnknownIds('objects hidden from the client', w.callers.client, w.hiddenFromClient, Object.keys(w.hiddenFromClient));
  }, 120_000);

  it("another tenant's ids in bodies and queries answer like ids that exist nowhere, and change nothing", async () => {
    const owner = w.callers.owner;
    const ids: Targets = { ...w.foreign, otherOwnerUserId: w.callers.otherTenantOwner.account!.userId };
    const mismatches: Mismatch[] = [];
    const fieldCodes = (a: Answer) =>
      ((a.res.body?.errors ?? []) as { field: string; code: string }[]).map((e) => `${e.field}:${e.code}`).sort();
    for (const ref of FOREIGN_REFERENCES) {
      const cell = `${ref.operationId} ${ref.field}`;
      const op = operations.find((o) => o.operationId === ref.operationId);
      if (!op || !ids[ref.kind]) {
        mismatches.push({ cell, line: `${cell}: ${op ? `no object of U for ${ref.kind}` : 'no such operation in the document'}` });
        continue;
      }
      const build = async (id: string) => ({ ...(await prepare(w, op, owner, 'allow')), ...ref.request(w, id) });
      const pair = [await build(ids[ref.kind]), await build(randomUUID())];
      const before = [await snapshots.take(w.tenantId), await snapshots.take(w.otherTenantId)];
      const foreign = await send(w, op, owner, pair[0]);
      const unknown = await send(w, op, owner, pair[1]);
      const changed = [
        ...TenantSnapshots.changed(before[0], await snapshots.take(w.tenantId)).map((n) => `T ${n}`),
        ...TenantSnapshots.changed(before[1], await snapshots.take(w.otherTenantId)).map((n) => `U ${n}`),
      ];
      const found = (a: Answer) => (Array.isArray(a.res.body?.items) ? a.res.body.items.length : 0);
      const problems = [
        ...(foreign.answer.status < 300 && op.method !== 'get' ? ['a 2xx'] : []),
        ...(found(foreign.answer) ? [`lists ${found(foreign.answer)} of U's rows`] : []),
        ...(describeAnswer(foreign.answer) !== describeAnswer(unknown.answer) ? [`a random id: ${describeAnswer(unknown.answer)}`] : []),
        ...(fieldCodes(foreign.answer).join() !== fieldCodes(unknown.answer).join()
          ? [`field errors ${fieldCodes(foreign.answer).join()} vs ${fieldCodes(unknown.answer).join()}`]
          : []),
        ...foreign.answer.defects,
        ...(changed.length ? [`changed ${changed.join(', ')}`] : []),
      ];
      if (problems.length) {
        const body = foreign.sent.body === undefined ? '' : ` ${JSON.stringify(foreign.sent.body)}`;
        mismatches.push({
          cell,
          line: `${cell}: ${foreign.sent.method} ${foreign.sent.url}${body} -> ${describeAnswer(foreign.answer)}; ${problems.join('; ')}`,
        });
      }
    }
    if (mismatches.length) throw new Error(report("another tenant's ids in bodies", { references: FOREIGN_REFERENCES.length }, mismatches));
  }, 120_000);
});
