import { Body, Controller, Get, HttpStatus, Injectable, Module, Post } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { IsEmail } from 'class-validator';
import { CommonModule } from './common.module';
import { CodedException } from './errors/coded.exception';
import { Clock, ManualClock, SystemClock } from './time/clock';

const FEATURE_MESSAGES = {
  en: { SEAT_LIMIT_REACHED: 'The limit of {limit} seats is reached.' },
  pl: { SEAT_LIMIT_REACHED: 'Osiągnięto limit {limit} miejsc.' },
  uk: { SEAT_LIMIT_REACHED: 'Досягнуто ліміту {limit} місць.' },
};

class InviteDto {
  @IsEmail()
  email: string;
}

/** A provider in another module: it must see the global clock without importing anything. */
@Injectable()
class Stamp {
  constructor(readonly clock: Clock) {}
}

@Controller()
class ProbeController {
  constructor(private readonly stamp: Stamp) {}

  @Get('now')
  now() {
    return { now: this.stamp.clock.now().toISOString() };
  }

  @Post('invite')
  invite(@Body() dto: InviteDto) {
    return { email: dto.email, isDto: dto instanceof InviteDto };
  }

  @Get('full')
  full() {
    throw new CodedException(HttpStatus.CONFLICT, 'SEAT_LIMIT_REACHED', { limit: 3 });
  }
}

@Module({ controllers: [ProbeController], providers: [Stamp] })
class FeatureModule {}

async function boot(options: Parameters<typeof CommonModule.forRoot>[0]): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [CommonModule.forRoot(options), FeatureModule] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

describe('CommonModule.forRoot', () => {
  let app: NestFastifyApplication;
  const clock = new ManualClock(new Date('2026-12-01T08:00:00.000Z'));

  beforeAll(async () => {
    app = await boot({ messages: [FEATURE_MESSAGES], clock });
  });

  afterAll(() => app.close());

  it('provides the given clock to every module', async () => {
    const res = await app.inject({ method: 'GET', url: '/now' });
    expect(res.json()).toEqual({ now: '2026-12-01T08:00:00.000Z' });
  });

  it('validates and transforms bodies, answering a bad one with a VALIDATION_FAILED problem', async () => {
    const ok = await app.inject({ method: 'POST', url: '/invite', payload: { email: 'a@example.test' } });
    expect(ok.json()).toEqual({ email: 'a@example.test', isDto: true });

    const bad = await app.inject({ method: 'POST', url: '/invite', payload: { email: 'nope', role: 'owner' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: expect.arrayContaining([
        expect.objectContaining({ field: 'email', code: 'IS_EMAIL' }),
        expect.objectContaining({ field: 'role', code: 'UNKNOWN_FIELD' }),
      ]),
    });
  });

  it("renders coded exceptions with the host's message tables, in the caller's language", async () => {
    const res = await app.inject({ method: 'GET', url: '/full', headers: { 'accept-language': 'pl' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'SEAT_LIMIT_REACHED', title: 'Osiągnięto limit 3 miejsc.', instance: '/full' });
  });

  it('defaults to the system clock and the common messages', async () => {
    const plain = await boot({});
    try {
      expect(plain.get(Clock)).toBeInstanceOf(SystemClock);
      const res = await plain.inject({ method: 'GET', url: '/missing' });
      expect(res.json()).toMatchObject({ status: 404, code: 'NOT_FOUND', title: 'Not found.' });
    } finally {
      await plain.close();
    }
  });
});
