import { generateToken, hashToken } from '@tenant-iam/common';
import { PasswordHasher } from '@tenant-iam/identity';
import { Client } from 'pg';

export const BENCH_PASSWORD = 'violet-Harbour-lantern-93';

/**
 * Inserts `count` verified, active users straight into `users` (no register + mail flow), all
 * with the same argon2id hash made by the app's own PasswordHasher (DEFAULT_ARGON2_PARAMS, so
 * login never rehashes). Returns the emails and the hash.
 */
export async function seedUsers(databaseUrl: string, count: number): Promise<{ emails: string[]; hash: string; ids: string[] }> {
  const hasher = new PasswordHasher();
  const hash = await hasher.hash(BENCH_PASSWORD);
  const emails = Array.from({ length: count }, (_, i) => `bench-user-${i}@bench.test`);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO users (id, email, email_verified_at, password_hash, status, first_name, locale, must_change_password, created_at, updated_at)
       SELECT gen_random_uuid(), e, now(), $2, 'active', 'Bench', 'en', false, now(), now() FROM unnest($1::text[]) AS e
       RETURNING id`,
      [emails, hash],
    );
    return { emails, hash, ids: rows.map((r) => r.id) };
  } finally {
    await client.end();
  }
}

/**
 * Opens `count` sessions directly in SQL, spread over `userIds`, each with one unused refresh
 * token (only its sha256 is stored, as the app does). Returns the plain tokens.
 */
export async function seedSessions(databaseUrl: string, userIds: string[], count: number, refreshTtlMs: number): Promise<string[]> {
  const tokens = Array.from({ length: count }, () => generateToken());
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `WITH input AS (
         SELECT gen_random_uuid() AS session_id, t.hash, ($2::uuid[])[1 + (t.n - 1) % cardinality($2::uuid[])] AS user_id
         FROM unnest($1::text[]) WITH ORDINALITY AS t(hash, n)
       ), s AS (
         INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at, ip, user_agent)
         SELECT session_id, user_id, now(), now(), now() + $3 * interval '1 millisecond', '127.0.0.1', 'bench' FROM input
       )
       INSERT INTO refresh_tokens (id, session_id, token_hash, created_at)
       SELECT gen_random_uuid(), session_id, hash, now() FROM input`,
      [tokens.map(hashToken), userIds, refreshTtlMs],
    );
    return tokens;
  } finally {
    await client.end();
  }
}
