import { rm } from 'node:fs/promises';
import type { EmbeddedDatabase } from '../src/embedded-database';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __HOST_APP__?: { database: EmbeddedDatabase; dir: string } }).__HOST_APP__;
  if (!state) return;
  await state.database.stop();
  await rm(state.dir, { recursive: true, force: true });
}
