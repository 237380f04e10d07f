import { ManualClock } from '@tenant-iam/common';
import { chmod, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileMailTransport } from './file-mail.transport';

describe('FileMailTransport', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'file-mail-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const message = (id: string) => ({
    id,
    to: 'ann@example.test',
    from: 'no-reply@localhost',
    subject: 'Reset',
    text: 't',
    html: '<p>t</p>',
  });

  it('writes mails readable by the owner only (file 0600, folder 0700), even into an existing open folder', async () => {
    const created = join(root, 'new');
    await new FileMailTransport(created, new ManualClock()).send(message('01900000-0000-7000-8000-000000000001'));
    expect((await stat(created)).mode & 0o777).toBe(0o700);
    const [name] = await readdir(created);
    expect((await stat(join(created, name))).mode & 0o777).toBe(0o600);

    const existing = join(root, 'existing');
    await mkdir(existing);
    await chmod(existing, 0o755);
    await new FileMailTransport(existing, new ManualClock()).send(message('01900000-0000-7000-8000-000000000002'));
    expect((await stat(existing)).mode & 0o777).toBe(0o700);
  });
});
