import type { Response } from 'supertest';
import { Caller } from './callers';
import { fillPath, Operation } from './document';
import { Prepared, REQUESTS } from './requests';
import { TenantSnapshots } from './snapshot';
import { Expected, matches } from './table';
import type { World } from './world';

/** A request as sent, for the report. */
export interface Sent {
  method: string;
  url: string;
  body?: unknown;
}

/** What one request answered, reduced to what the table compares. */
export interface Answer {
  status: number;
  code?: string;
  /** Problems with the answer beyond its status and code (not problem+json, a leaked stack trace). */
  defects: string[];
  res: Response;
}

const LEAK = /\bat .+\.(ts|js):\d+|QueryFailedError|SELECT |INSERT |UPDATE .+ SET/;

/** The request of one cell, from the operation's fixture (or the shared targets alone). */
export async function prepare(w: World, op: Operation, caller: Caller, expected: Expected): Promise<Prepared> {
  return (await REQUESTS[op.operationId]?.({ w, caller, expected })) ?? {};
}

/** Sends a prepared request as `caller`; `override` replaces path parameters the fixture chose. */
export async function send(
  w: World,
  op: Operation,
  caller: Caller,
  prepared: Prepared,
  override: Record<string, string> = {},
): Promise<{ sent: Sent; answer: Answer }> {
  const path = fillPath(op, { ...w.targets, ...prepared.params, ...override });
  const query = prepared.query ? `?${new URLSearchParams(prepared.query).toString()}` : '';
  const sent: Sent = { method: op.method.toUpperCase(), url: path + query, body: prepared.body };
  let req = w.t.http[op.method](sent.url);
  for (const [name, value] of Object.entries(prepared.headers ?? caller.headers)) req = req.set(name, value);
  const res = prepared.body === undefined ? await req : await req.send(prepared.body as object);
  const defects: string[] = [];
  if (res.status >= 500) defects.push('a 5xx');
  if (res.status >= 400) {
    if (!String(res.headers['content-type']).startsWith('application/problem+json')) defects.push('not problem+json');
    if (LEAK.test(res.text)) defects.push('leaks a stack trace or SQL');
  }
  return { sent, answer: { status: res.status, code: res.status >= 400 ? res.body?.code : undefined, defects, res } };
}

/** `403 FORBIDDEN`, or the bare status of a success. */
export const describeAnswer = (a: Pick<Answer, 'status' | 'code'>) => (a.code ? `${a.status} ${a.code}` : `${a.status}`);

const describeSent = (s: Sent) => `${s.method} ${s.url}${s.body === undefined ? '' : ` ${JSON.stringify(s.body).slice(0, 200)}`}`;

/** One failed cell of the report. */
export interface Mismatch {
  cell: string;
  line: string;
}

/**
 * Runs every caller of `callers` on `op` in turn and returns the failed cells. A refused write
 * (anything but GET, not `allow`) is bracketed by snapshots of T: it must leave T's rows, its
 * members' accounts and every table's row count as they were.
 */
export async function runOperation(
  w: World,
  snapshots: TenantSnapshots,
  op: Operation,
  row: Record<string, Expected>,
  callers: Caller[],
): Promise<Mismatch[]> {
  const mismatches: Mismatch[] = [];
  for (const caller of callers) {
    const expected = row[caller.kind];
    const cell = `${op.operationId} × ${caller.kind}`;
    const refusedWrite = op.method !== 'get' && expected !== 'allow';
    const prepared = await prepare(w, op, caller, expected);
    const before = refusedWrite ? await snapshots.take(w.tenantId) : undefined;
    const { sent, answer } = await send(w, op, caller, prepared);
    const problems: string[] = [];
    if (!matches(expected, answer.status, answer.code)) problems.push(`expected ${expected}`);
    problems.push(...answer.defects);
    if (before) {
      const changed = TenantSnapshots.changed(before, await snapshots.take(w.tenantId));
      if (changed.length) problems.push(`changed ${changed.join(', ')}`);
    }
    if (problems.length) {
      mismatches.push({
        cell,
        line: `${cell}: ${describeSent(sent)} -> ${describeAnswer(answer)}; ${problems.join('; ')}  ${answer.res.text.slice(0, 160)}`,
      });
    }
    await prepared.after?.(answer.res);
  }
  return mismatches;
}

/** The compact report: counts first, then one line per failed cell with the request that failed. */
export function report(title: string, counts: Record<string, number>, mismatches: Mismatch[]): string {
  const head = `${title}: ${Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ')}, ${mismatches.length} mismatches`;
  return [head, ...mismatches.map((m) => `  ${m.line}`)].join('\n');
}
