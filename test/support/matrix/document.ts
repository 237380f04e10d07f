import type { TestApp } from '../create-test-app';

/** One operation of the live OpenAPI document. */
export interface Operation {
  operationId: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As the document writes it, e.g. `/api/v1/tenants/{tenantId}/members/{memberId}`. */
  path: string;
  /** Names of the path parameters, in the order they appear. */
  pathParams: string[];
  /** Security schemes of the operation: `[]` for a public one. */
  schemes: string[];
  /** Whether the document lets it be called without credentials (no security, or an empty requirement among them). */
  anonymous: boolean;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Every operation of `GET /api/docs-json`, the document the app serves (not the committed snapshot). */
export async function liveOperations(t: TestApp): Promise<Operation[]> {
  const res = await t.http.get('/api/docs-json').expect(200);
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(res.body.paths as Record<string, Record<string, any>>)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      operations.push({
        operationId: op.operationId,
        method,
        path,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
        schemes: [...new Set(((op.security ?? []) as Record<string, unknown>[]).flatMap((s) => Object.keys(s)))].sort(),
        anonymous: !op.security?.length || (op.security as Record<string, unknown>[]).some((s) => Object.keys(s).length === 0),
      });
    }
  }
  return operations;
}

/** The operation's path with its parameters filled in (URL-encoded). */
export function fillPath(op: Operation, params: Record<string, string>): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`matrix: no value for {${name}} of ${op.operationId}: add a target for it (world.ts)`);
    return encodeURIComponent(value);
  });
}
