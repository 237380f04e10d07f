import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityInit1764000001000 implements MigrationInterface {
  name = 'IdentityInit1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        email text NOT NULL,
        email_verified_at timestamptz,
        password_hash text,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active', 'disabled')),
        first_name text,
        last_name text,
        phone text,
        locale text NOT NULL DEFAULT 'en',
        must_change_password boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT users_email_key UNIQUE (email),
        -- Normalisation is the service's job; the check makes a bypass fail loudly.
        CONSTRAINT users_email_normalised CHECK (email = lower(btrim(email)))
      )`);
    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text,
        user_agent text,
        ip text
      )`);
    await q.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT refresh_tokens_token_hash_key UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX refresh_tokens_session_id_idx ON refresh_tokens (session_id)`);
    await q.query(`
      CREATE TABLE action_tokens (
        id uuid PRIMARY KEY,
        purpose text NOT NULL,
        token_hash text NOT NULL,
        user_id uuid REFERENCES users(id) ON DELETE CASCADE,
        subject text,
        payload jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        CONSTRAINT action_tokens_token_hash_key UNIQUE (token_hash)
      )`);
    await q.query(
      `CREATE INDEX action_tokens_user_purpose_idx ON action_tokens (user_id, purpose) WHERE used_at IS NULL AND revoked_at IS NULL`,
    );
    await q.query(`CREATE INDEX action_tokens_expires_at_idx ON action_tokens (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE action_tokens');
    await q.query('DROP TABLE refresh_tokens');
    await q.query('DROP TABLE sessions');
    await q.query('DROP TABLE users');
  }
}
