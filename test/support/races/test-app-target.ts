import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../create-test-app';
import { RACE_ENV, RACE_PLANS, RaceTarget } from './target';

/** Test apps as a race target: listening on loopback ports, replicas of one deployment (one database). */
export interface TestAppTarget extends RaceTarget {
  apps: readonly TestApp[];
  close(): Promise<void>;
}

/**
 * Boots `replicas` test apps with the race settings, the first on a fresh database and the others
 * on the same one (as `createTestApp({ databaseUrl })` makes replicas), each listening on a free
 * 127.0.0.1 port. Each app has its own SMTP sink; `mails()` is what all of them received.
 */
export async function startTestAppTarget(replicas = 2, label = 'races'): Promise<TestAppTarget> {
  // The production limit of the auth routes per address (the test default lifts it): the racers
  // come from addresses of their own, as they do on a deployment started by main.ts.
  const options = { env: RACE_ENV, runtime: { plans: RACE_PLANS, authRateLimitPerMinute: 30 } };
  const apps: TestApp[] = [await createTestApp({ ...options, label })];
  for (let i = 1; i < replicas; i++)
    apps.push(await createTestApp({ ...options, label: `${label}-${i}`, databaseUrl: apps[0].config.databaseUrl }));
  const urls: string[] = [];
  for (const t of apps) {
    await t.app.listen(0, '127.0.0.1');
    urls.push(`http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`);
  }
  const db = apps[0].app.get(DataSource);
  return {
    apps,
    urls,
    sql: (text, params) => db.query(text, params),
    mails: () => apps.flatMap((t) => t.mail.mails),
    // The first app owns the database: the replicas close before it drops it.
    close: async () => {
      for (const t of [...apps].reverse()) await t.close();
    },
  };
}
