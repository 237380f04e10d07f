// AbilityFactory.build() per call, in µs: uncached (every request pays it when no cacheKey is
// given), a cache hit (what the tenant guard pays per request once warm), and a cache miss that
// inserts (first request after a set or settings change). Raw baseline: CASL's
// createMongoAbility() on the very same rule list, so the ratio shows what the factory adds
// (flag filtering, company scoping, copying) on top of CASL's own indexing.
// Each figure is also given with one `can()` after the build, as a request does.
// Also the heap one cached ability holds. No server, no database: one process, about a minute.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createMongoAbility } from '@casl/ability';
import {
  AbilityFactory,
  CatalogSubject,
  DEFAULT_ABILITY_CACHE_SIZE,
  Grants,
  PermissionCatalog,
  PermissionRule,
  RolePreset,
} from '@tenant-iam/permissions';
import { envNumber, f2, log, machineLine, pct } from './lib/report';

const SECONDS = envNumber('BENCH_DURATION', 2, 0.2, 60);
const ROUNDS = envNumber('BENCH_ROUNDS', 2, 1, 10);

const label = (en: string) => ({ en, pl: en, uk: en });

/** A catalogue of the size a product reaches: 20 subjects, 6 actions each, one of every flag. */
function catalogue(): CatalogSubject[] {
  return Array.from({ length: 20 }, (_, s) => ({
    subject: `Subject${s}`,
    label: label(`Subject ${s}`),
    companyScoped: s % 4 === 0,
    conditionFields: ['status', 'companyId', 'ownerId'],
    actions: [
      { action: 'read', label: label('Read') },
      { action: 'create', label: label('Create') },
      { action: 'update', label: label('Update') },
      { action: 'export', label: label('Export'), setOnly: true },
      { action: 'delete', label: label('Delete'), superadminOnly: true },
      { action: 'billing', label: label('Billing'), ownerOnly: true },
    ],
  }));
}

/** A granular set of 30 rules, some with conditions, two inverted, one not grantable (dropped). */
function granularRules(): PermissionRule[] {
  const rules: PermissionRule[] = [];
  for (let s = 0; s < 10; s++) {
    rules.push({ action: 'read', subject: `Subject${s}` });
    rules.push({ action: 'update', subject: `Subject${s}`, conditions: { status: { $in: ['open', 'draft'] } } });
    rules.push({ action: 'export', subject: `Subject${s}` });
  }
  rules.push({ action: 'update', subject: 'Subject1', conditions: { status: 'locked' }, inverted: true });
  rules.push({ action: 'read', subject: 'Subject2', conditions: { ownerId: 'x' }, inverted: true });
  rules.push({ action: 'delete', subject: 'Subject3' });
  return rules;
}

const CASES: [string, Grants][] = [
  ['owner', { role: RolePreset.Owner, permissionSet: null }],
  ['admin, full set', { role: RolePreset.Admin, permissionSet: { full: true, rules: [] } }],
  ['member, granular set (33 rules)', { role: RolePreset.Member, permissionSet: { full: false, rules: granularRules() } }],
  [
    'client, full set, 3 companies',
    {
      role: RolePreset.Client,
      permissionSet: { full: true, rules: [] },
      companyIds: ['c1', 'c2', 'c3'],
      extraRules: [{ action: 'read', subject: 'Subject1' }],
    },
  ],
];

/** µs per call of `fn`, run for `SECONDS` after a warm-up of the same length. */
function measure(fn: (i: number) => unknown): number {
  let sink = 0;
  const runFor = (ms: number) => {
    const end = performance.now() + ms;
    let n = 0;
    const start = performance.now();
    while (n < 50_000_000) {
      // Check the clock every 64 calls: the timer read is not free at this scale.
      for (let k = 0; k < 64; k++, n++) if (fn(n)) sink++;
      if (performance.now() >= end) break;
    }
    return ((performance.now() - start) * 1000) / n;
  };
  runFor(SECONDS * 1000);
  const result = runFor(SECONDS * 1000);
  if (sink < 0) log('unreachable');
  return result;
}

const retained: unknown[] = [];

/** Heap held per cache entry: fill a fresh cache with 2 000 distinct keys (needs --expose-gc). */
function heapPerEntry(grants: Grants): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return 'n/a (run with --expose-gc)';
  const fresh = new AbilityFactory(PermissionCatalog.fromSubjects(catalogue()), { abilityCacheSize: 2_000 });
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 2_000; i++) fresh.build({ ...grants, cacheKey: `heap:${i}` }).can('read', 'Subject1');
  gc();
  const after = process.memoryUsage().heapUsed;
  // Keep the cache alive past the measurement, or the collector frees it first.
  retained.push(fresh);
  return `${f2((after - before) / 2_000 / 1024)} KiB`;
}

function main(): void {
  log(machineLine());
  log(`${SECONDS} s per figure after as long a warm-up, ${ROUNDS} rounds; µs per call; cache size ${DEFAULT_ABILITY_CACHE_SIZE}`);
  const catalog = PermissionCatalog.fromSubjects(catalogue());
  for (const [name, grants] of CASES) {
    // The default cache size (DEFAULT_ABILITY_CACHE_SIZE).
    const factory = new AbilityFactory(catalog);
    const rules = factory.rulesOf(grants);
    log();
    log(`${name}: ${rules.length} raw rules`);
    for (let round = 1; round <= ROUNDS; round++) {
      const raw = measure(() => createMongoAbility(rules));
      const uncached = measure(() => factory.build(grants));
      const uncachedCan = measure(() => factory.build(grants).can('update', 'Subject1'));
      factory.build({ ...grants, cacheKey: 'hot' });
      const hit = measure(() => factory.build({ ...grants, cacheKey: 'hot' }));
      const hitCan = measure(() => factory.build({ ...grants, cacheKey: 'hot' }).can('update', 'Subject1'));
      // Distinct keys, so every call misses and inserts (and, past the cache size, evicts).
      const miss = measure((i) => factory.build({ ...grants, cacheKey: `${round}:${i}` }));
      if (round === 1) log(`  heap per cached ability: ${heapPerEntry(grants)}`);
      log(
        `  round ${round}: uncached ${f2(uncached)} (+can ${f2(uncachedCan)}), cache hit ${f2(hit)} (+can ${f2(hitCan)}), ` +
          `miss+insert ${f2(miss)}; raw createMongoAbility ${f2(raw)}; uncached/raw ${pct(uncached / raw)}, hit/uncached ${pct(hit / uncached)}`,
      );
    }
  }
}

// Synchronous and bounded: every loop stops on its time or its count, so no deadline timer is
// needed (none could fire during a synchronous loop anyway).
try {
  main();
} catch (error: unknown) {
  console.error('bench:ability failed:', error instanceof Error ? error.stack : error);
  process.exitCode = 1;
}
