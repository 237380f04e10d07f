import { Agent, request } from 'node:http';

/** One HTTP answer of the mix: status (0: no answer) and the parsed body when JSON. */
export interface MixAnswer {
  status: number;
  body: any;
}

const agent = new Agent({ keepAlive: true, maxSockets: 512 });

/** A keep-alive `node:http` call (lighter than fetch, so the load generator takes less of the 2 cores). */
export function call(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: unknown,
): Promise<MixAnswer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve) => {
    const req = request(
      `${baseUrl}/api/v1${path}`,
      {
        method,
        agent,
        timeout: 30_000,
        headers:
          payload === undefined
            ? headers
            : { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = null;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            parsed = text;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
        res.on('error', () => resolve({ status: 0, body: null }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, body: null }));
    req.end(payload);
  });
}

/** Latencies and outcomes of one route in one phase. */
export class RouteStats {
  readonly latencies: number[] = [];
  ok = 0;
  failed = 0;
  readonly codes: Record<string, number> = {};

  record(status: number, ms: number): void {
    this.codes[status] = (this.codes[status] ?? 0) + 1;
    if (status >= 200 && status < 300) {
      this.ok += 1;
      this.latencies.push(ms);
    } else {
      this.failed += 1;
    }
  }

  /** The `q` quantile (0..1) of the 2xx latencies, ms (nearest rank); 0 without any. */
  quantile(q: number): number {
    if (!this.latencies.length) return 0;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  }
}

/** A deterministic pseudo-random sequence (LCG), so two runs draw the same mix of actions. */
export function sequence(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Picks a key of `weights` with probability proportional to its weight. */
export function pick<K extends string>(weights: Record<K, number>, random: () => number): K {
  const entries = Object.entries(weights) as Array<[K, number]>;
  let x = random() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [key, weight] of entries) {
    x -= weight;
    if (x < 0) return key;
  }
  return entries[entries.length - 1][0];
}
