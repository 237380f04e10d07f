// Load generator, run in a child process (see load.ts) so autocannon's own work does not share
// the event loop of the server under test. Receives one LoadSpec over IPC, answers LoadRunResult[].
import autocannon from 'autocannon';
import type { LoadPhase, LoadRunResult, LoadSpec } from './load';

async function run(spec: LoadSpec): Promise<LoadRunResult[]> {
  const results: LoadRunResult[] = [];
  for (const phase of spec.runs) {
    const cpu0 = process.cpuUsage();
    const queue: string[] = [...(phase.tokens ?? [])];
    const reserve: string[] = [...(phase.reserve ?? [])];
    let reserveUsed = 0;
    let userIndex = 0;
    const users = spec.users ?? [];
    if (spec.kind === 'get') {
      results.push(await runGet(spec, phase));
      continue;
    }
    const request: autocannon.Request =
      spec.kind === 'login'
        ? {
            method: 'POST',
            path: spec.path,
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => {
              const email = users[userIndex++ % users.length];
              return { ...req, body: JSON.stringify({ email, password: spec.password }) };
            },
          }
        : {
            method: 'POST',
            path: spec.path,
            headers: { 'content-type': 'application/json' },
            // Refresh tokens are single use: each 2xx answer puts its new token in a shared queue,
            // and every request takes one. A connection has one request in flight (no pipelining)
            // and its own answer's token is queued before its next request is built, so the queue
            // never runs dry while answers are 2xx; after a failure the reserve (fresh sessions) is used.
            setupRequest: (req) => {
              let token = queue.shift();
              if (token === undefined) {
                token = reserve.shift() ?? 'exhausted';
                reserveUsed++;
              }
              return { ...req, body: JSON.stringify({ refreshToken: token }) };
            },
            onResponse: (status, body) => {
              if (status >= 200 && status < 300) {
                const next = (JSON.parse(body) as { refreshToken?: string }).refreshToken;
                if (next) queue.push(next);
              }
            },
          };
    const result = await autocannon({
      url: spec.url,
      connections: spec.connections,
      pipelining: 1,
      duration: phase.durationSec,
      timeout: 30,
      requests: [request],
    });
    results.push(toResult(phase.label, result, process.cpuUsage(cpu0), reserveUsed));
  }
  return results;
}

/**
 * An authenticated GET: connection i sends `bearer[i % length]` on every request, so each
 * connection is one session (the per-request session check reads a different row per connection).
 * The request is static per connection: its bytes are built once, at no per-request cost here.
 */
async function runGet(spec: LoadSpec, phase: LoadPhase): Promise<LoadRunResult> {
  const bearer = phase.bearer ?? [];
  if (!bearer.length && !phase.apiKey) throw new Error('kind "get" needs phase.bearer tokens or phase.apiKey');
  const cpu0 = process.cpuUsage();
  let clientIndex = 0;
  const result = await autocannon({
    url: spec.url,
    connections: spec.connections,
    pipelining: 1,
    duration: phase.durationSec,
    timeout: 30,
    requests: [{ method: 'GET', path: spec.path }],
    // Called once per connection, in its constructor: give it its own request (own headers).
    setupClient: (client) => {
      const headers: Record<string, string> = phase.apiKey
        ? { 'x-api-key': phase.apiKey }
        : { authorization: `Bearer ${bearer[clientIndex++ % bearer.length]}` };
      client.setRequests([{ method: 'GET', path: spec.path, headers }]);
    },
  });
  return toResult(phase.label, result, process.cpuUsage(cpu0), 0);
}

function toResult(label: string, result: autocannon.Result, cpu: NodeJS.CpuUsage, reserveUsed: number): LoadRunResult {
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = (stat as { count: number }).count;
  return {
    label,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSec: result.duration,
    rps: result['2xx'] / result.duration,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, mean: result.latency.average, max: result.latency.max },
    statusCodes,
    reserveUsed,
    loadCpuMs: (cpu.user + cpu.system) / 1000,
    loadProcessCpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
  };
}

process.once('message', (spec: LoadSpec) => {
  run(spec).then(
    (results) => process.send!({ results }, () => process.exit(0)),
    (error: unknown) => process.send!({ error: String(error instanceof Error ? error.stack : error) }, () => process.exit(1)),
  );
});
