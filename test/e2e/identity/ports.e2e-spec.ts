// Ports are plugged through the module options: a host builds its implementation in the
// `forRootAsync` factory (injecting whatever it needs) and hands the instance in. This suite mounts
// identity and notifications the way a host would, plugs a stricter password policy and a mail
// transport of its own, and checks that the libs use them instead of their defaults.
import { Clock, ManualClock } from '@tenant-iam/common';
import { DEFAULT_PASSWORD_POLICY, PasswordPolicy, PasswordPolicyResolver } from '@tenant-iam/identity';
import { MailMessage, MailTransport } from '@tenant-iam/notifications';
import { Global, Injectable, Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { IdentityHost, startIdentityHost } from '../../support/identity-host';
import { GOOD_PASSWORD, uniqueEmail } from '../../support/identity';
import { expectProblem, fieldErrors } from '../../support/problem';

/** A host's policy: 30 characters for addresses at strict.test, the account-wide policy elsewhere. */
@Injectable()
class StrictDomainPolicy extends PasswordPolicyResolver {
  readonly asked: (string | null)[] = [];
  async forUser(userId: string | null): Promise<PasswordPolicy> {
    this.asked.push(userId);
    return { ...DEFAULT_PASSWORD_POLICY, minLength: 30 };
  }
}

/** A host's mail transport: keeps what it is given. */
class CapturingTransport extends MailTransport {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}

@Global()
@Module({
  providers: [StrictDomainPolicy, { provide: Clock, useValue: new ManualClock(new Date()) }],
  exports: [StrictDomainPolicy, Clock],
})
class HostModule {}

describe('ports plugged by a host', () => {
  let host: IdentityHost;
  let app: NestFastifyApplication;
  const transport = new CapturingTransport();

  beforeAll(async () => {
    host = await startIdentityHost({
      label: 'ports',
      host: HostModule,
      notifications: { mailTransport: transport },
      inject: [StrictDomainPolicy],
      identity: (policy: StrictDomainPolicy) => ({ passwordPolicyResolver: policy }),
    });
    app = host.app;
  });

  afterAll(() => host?.close());

  it('applies the plugged password policy instead of the account-wide one', async () => {
    const res = await request(app.getHttpServer())
      .post('/auth/register')
      .send({ email: uniqueEmail('ports'), password: GOOD_PASSWORD });
    const body = expectProblem(res, 422, 'PASSWORD_POLICY');
    expect(fieldErrors(body)).toContain('password:PASSWORD_TOO_SHORT');
    expect(app.get(StrictDomainPolicy).asked).toContain(null);
  });

  it('delivers mail through the plugged transport', async () => {
    const email = uniqueEmail('ports');
    await request(app.getHttpServer())
      .post('/auth/register')
      .send({ email, password: `${GOOD_PASSWORD}-long-enough-now` })
      .expect(202);
    const deadline = Date.now() + 10_000;
    while (!transport.sent.some((m) => m.to === email) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const mail = transport.sent.find((m) => m.to === email);
    expect(mail?.from).toBe('host@host.test');
    expect(mail?.text).toMatch(/http:\/\/host\.test\/verify-email\?token=/);
  });
});
