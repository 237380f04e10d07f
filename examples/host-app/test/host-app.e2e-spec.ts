import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve, sep } from 'node:path';
import { realpathSync } from 'node:fs';
import request from 'supertest';
import { AppModule } from '../src/app.module';

const HOST_MODULES = resolve(__dirname, '..', 'node_modules') + sep;
const PASSWORD = 'violet-Harbour-lantern-93';

/** Waits for the mail to `to` in the mailbox folder and returns the token of its `/path?token=` link. */
async function tokenFromMailbox(to: string, path: string): Promise<string> {
  const dir = process.env.MAILBOX_DIR!;
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const mail = JSON.parse(await readFile(join(dir, name), 'utf8')) as { to: string; text: string };
      const match = mail.to.includes(to) ? new RegExp(`/${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text) : null;
      if (match) return match[1];
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`no ${path} mail to ${to} in ${dir}`);
}

describe('host app', () => {
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  beforeAll(async () => {
    app = await NestFactory.create(AppModule, { logger: ['error', 'warn'] });
    await app.init();
    http = request(app.getHttpServer());
  });

  afterAll(() => app?.close());

  it('runs the packed libs from its own node_modules, on its own single copy of @nestjs/*', () => {
    for (const name of [
      '@tenant-iam/common',
      '@tenant-iam/identity',
      '@tenant-iam/notifications',
      '@tenant-iam/permissions',
      '@tenant-iam/tenancy',
    ]) {
      // A real folder inside this app, not a link back to the workspace's sources.
      expect(realpathSync(require.resolve(name))).toMatch(new RegExp(`^${HOST_MODULES.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    const fromIdentity = createRequire(require.resolve('@tenant-iam/identity'));
    for (const name of ['@nestjs/common', '@nestjs/core', '@nestjs/typeorm', 'typeorm']) {
      expect(fromIdentity.resolve(name)).toBe(require.resolve(name));
      expect(require.resolve(name).startsWith(HOST_MODULES)).toBe(true);
    }
  });

  it('register -> verify (token from the mailbox) -> login -> its own guarded route', async () => {
    const email = `ada.${Date.now().toString(36)}@host-app.test`;
    await http.post('/auth/register').send({ email, password: PASSWORD, firstName: 'Ada' }).expect(202);

    const token = await tokenFromMailbox(email, 'verify-email');
    await http.post('/auth/verify-email').send({ token }).expect(200);

    const login = await http.post('/auth/login').send({ email, password: PASSWORD }).expect(200);
    const accessToken = login.body.accessToken as string;
    const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8')) as { sub: string };

    const hello = await http.get('/hello').set('Authorization', `Bearer ${accessToken}`).expect(200);
    expect(hello.body).toEqual({ userId: claims.sub });

    // An organisation of its own, and the product route inside it.
    const tenant = await http.post('/tenants').set('Authorization', `Bearer ${accessToken}`).send({ name: 'Ada & Co' }).expect(201);
    const projects = await http.get(`/tenants/${tenant.body.id}/projects`).set('Authorization', `Bearer ${accessToken}`).expect(200);
    expect(projects.body).toEqual({ tenantId: tenant.body.id, role: 'owner', items: [] });
    const catalogue = await http.get(`/tenants/${tenant.body.id}/permissions/catalog`).set('Authorization', `Bearer ${accessToken}`);
    if (catalogue.status === 200) expect(JSON.stringify(catalogue.body)).toContain('Project');
  });

  it('answers a tenant it cannot see with 404, whether it exists or not', async () => {
    const signIn = async (name: string) => {
      const email = `${name}.${Date.now().toString(36)}@host-app.test`;
      await http.post('/auth/register').send({ email, password: PASSWORD }).expect(202);
      await http
        .post('/auth/verify-email')
        .send({ token: await tokenFromMailbox(email, 'verify-email') })
        .expect(200);
      return (await http.post('/auth/login').send({ email, password: PASSWORD }).expect(200)).body.accessToken as string;
    };
    const owner = await signIn('owner');
    const stranger = await signIn('stranger');
    const tenant = await http.post('/tenants').set('Authorization', `Bearer ${owner}`).send({ name: 'Private' }).expect(201);
    const foreign = await http.get(`/tenants/${tenant.body.id}/projects`).set('Authorization', `Bearer ${stranger}`).expect(404);
    const unknown = await http
      .get('/tenants/00000000-0000-4000-8000-000000000000/projects')
      .set('Authorization', `Bearer ${stranger}`)
      .expect(404);
    expect(foreign.body.code).toBe('TENANT_NOT_FOUND');
    expect({ ...foreign.body, instance: undefined }).toEqual({ ...unknown.body, instance: undefined });
  });

  it('answers its guarded route with a 401 problem without a token, or with a bad one', async () => {
    for (const authorization of [undefined, 'Bearer not-a-jwt']) {
      const req = http.get('/hello');
      const res = await (authorization ? req.set('Authorization', authorization) : req).expect(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 401, code: 'UNAUTHORIZED', instance: '/hello' });
    }
  });

  it('renders the libs errors as problems too (validation, wrong password)', async () => {
    const invalid = await http.post('/auth/login').send({ email: 'x@host-app.test' }).expect(400);
    expect(invalid.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: expect.arrayContaining([expect.objectContaining({ field: 'password', code: 'IS_NOT_EMPTY' })]),
    });

    const wrong = await http.post('/auth/login').send({ email: 'nobody@host-app.test', password: PASSWORD }).expect(401);
    expect(wrong.body).toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });
});
