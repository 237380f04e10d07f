// ROLE=api serves HTTP and writes the outbox; a worker (ROLE=all or worker) on the same database
// delivers. Work a request hands to a worker must survive that split: a forgot-password request
// answered by an HTTP-only process is carried out by the worker.
//
// Its own suite: passport keeps strategies in a process-wide registry, so the two apps here must
// not share a Jest worker's module registry with another suite's app.
import { Outbox } from '@tenant-iam/notifications';
import { createTestApp, TestApp } from '../../support/create-test-app';
import { signUp, tokenFromMail } from '../../support/identity';

describe('identity with ROLE=api and a separate worker', () => {
  let worker: TestApp;
  let api: TestApp;

  beforeAll(async () => {
    worker = await createTestApp({ label: 'split-roles' });
    api = await createTestApp({ env: { ROLE: 'api' }, databaseUrl: worker.config.databaseUrl });
    // One deployment, one time: the api's outbox rows are due on the worker's clock.
    api.clock.set(worker.clock.now());
  });
  afterAll(async () => {
    await api?.close();
    await worker?.close();
  });

  it('a forgot-password answered by the HTTP-only process is carried out by the worker', async () => {
    const user = await signUp(worker);
    await api.http.post('/api/v1/auth/password/forgot').send({ email: user.email }).expect(202);
    // The HTTP-only process ran no job: a poll (or any flush) of the worker picks the row up.
    worker.app.get(Outbox).flush();
    await tokenFromMail(worker, user.email, 'reset-password');
    expect(api.mail.mails).toHaveLength(0);
  });
});
