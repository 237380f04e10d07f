// @Can over HTTP in a tiny host: the permissions lib mounted as a host would, a catalogue from
// forFeature, and a fake AbilityResolver (the port tenancy implements) that reads the caller's
// grants from headers. Checks allowed calls, 403s, the resolver's own answers, the boot refusing
// an uncatalogued @Can or a missing resolver, and the catalogue and rule DTOs on the wire.
import { CodedException, CommonErrorCode, CommonModule } from '@tenant-iam/common';
import {
  AbilityFactory,
  AbilityResolver,
  AppAbility,
  Can,
  CatalogSubject,
  PERMISSIONS_MESSAGES,
  PermissionCatalog,
  PermissionCatalogResponse,
  PermissionRuleDto,
  PermissionsGuard,
  PermissionsModule,
  RolePreset,
} from '@tenant-iam/permissions';
import { Body, Controller, ExecutionContext, Get, HttpCode, HttpStatus, Injectable, Module, Post, Type, UseGuards } from '@nestjs/common';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Type as TransformType } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import request from 'supertest';
import { expectProblem, fieldErrors } from '../../support/problem';

const label = (en: string) => ({ en, pl: `${en} (pl)`, uk: `${en} (uk)` });
const DOCS_CATALOG: CatalogSubject[] = [
  {
    subject: 'Doc',
    label: label('Documents'),
    conditionFields: ['status'],
    actions: [
      { action: 'read', label: label('Read') },
      { action: 'share', label: label('Share'), setOnly: true },
      { action: 'purge', label: label('Purge'), superadminOnly: true },
      { action: 'bill', label: label('Bill'), ownerOnly: true },
    ],
  },
];

/** The port, faked: `x-role` and `x-set` (JSON) say who calls; `x-fail` makes it answer itself. */
@Injectable()
class HeaderAbilityResolver extends AbilityResolver {
  calls = 0;
  constructor(private readonly abilities: AbilityFactory) {
    super();
  }

  async resolve(context: ExecutionContext): Promise<AppAbility> {
    this.calls += 1;
    const headers = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers;
    if (headers['x-fail'] === '401') throw new CodedException(HttpStatus.UNAUTHORIZED, CommonErrorCode.Unauthorized);
    if (headers['x-fail'] === '404') throw new CodedException(HttpStatus.NOT_FOUND, 'TENANT_NOT_FOUND');
    const role = (headers['x-role'] ?? RolePreset.Contact) as RolePreset;
    const set = headers['x-set'] ? (JSON.parse(headers['x-set']) as { full: boolean; rules: [] }) : null;
    return this.abilities.build({ role, permissionSet: set, cacheKey: `${role}|${headers['x-set'] ?? ''}` });
  }
}

class PermissionSetBody {
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @TransformType(() => PermissionRuleDto) rules: PermissionRuleDto[];
}

@Controller('docs')
@Can('read', 'Doc')
class DocsController {
  constructor(private readonly catalog: PermissionCatalog) {}

  @Get()
  list(): { ok: true } {
    return { ok: true };
  }

  @Get('catalog')
  catalogue(): PermissionCatalogResponse {
    return this.catalog.toResponse();
  }

  @Post('share')
  @HttpCode(200)
  @Can('share', 'Doc')
  share(): { ok: true } {
    return { ok: true };
  }

  @Post('purge')
  @HttpCode(200)
  @Can('purge', 'Doc')
  purge(): { ok: true } {
    return { ok: true };
  }

  @Post('bill')
  @HttpCode(200)
  @Can('bill', 'Doc')
  bill(): { ok: true } {
    return { ok: true };
  }

  @Post('sets')
  @HttpCode(200)
  @Can('read', 'Doc')
  saveSet(@Body() body: PermissionSetBody): { ok: true } {
    const errors = this.catalog.validateRules(body.rules);
    if (errors.length) throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, CommonErrorCode.ValidationFailed, undefined, errors);
    return { ok: true };
  }
}

/** Guarded with the bare guard and no @Can: the guard must refuse, without asking the resolver. */
@Controller('bare')
@UseGuards(PermissionsGuard)
class BareController {
  @Get()
  get(): { ok: true } {
    return { ok: true };
  }
}

@Controller('typo')
class TypoController {
  @Get()
  @Can('reed', 'Doc')
  get(): { ok: true } {
    return { ok: true };
  }
}

/** A product module: its subjects, its controllers, and (standing in for tenancy) the resolver. */
function docsModule(controllers: Type[], withResolver = true): Type {
  @Module({
    imports: [PermissionsModule.forFeature(DOCS_CATALOG)],
    controllers,
    providers: withResolver ? [HeaderAbilityResolver, { provide: AbilityResolver, useExisting: HeaderAbilityResolver }] : [],
  })
  class DocsModule {}
  return DocsModule;
}

async function boot(controllers: Type[], withResolver = true): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      CommonModule.forRoot({ messages: [PERMISSIONS_MESSAGES] }),
      PermissionsModule.forRoot({}),
      docsModule(controllers, withResolver),
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false, abortOnError: false });
  try {
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}

describe('@Can over HTTP', () => {
  let app: NestFastifyApplication;
  const http = () => request(app.getHttpServer());
  const as = (role: RolePreset, set?: object) => ({ 'x-role': role, ...(set ? { 'x-set': JSON.stringify(set) } : {}) });

  beforeAll(async () => {
    app = await boot([DocsController, BareController]);
  });

  afterAll(async () => {
    await app?.close();
  });

  it.each<[string, RolePreset, object | undefined, number]>([
    ['/docs/share', RolePreset.Admin, undefined, 403],
    ['/docs/share', RolePreset.Admin, { full: true, rules: [] }, 200],
    ['/docs/share', RolePreset.Member, { full: false, rules: [{ action: 'share', subject: 'Doc' }] }, 200],
    ['/docs/purge', RolePreset.Member, { full: false, rules: [{ action: 'purge', subject: 'Doc' }] }, 403],
    ['/docs/purge', RolePreset.Superadmin, undefined, 200],
    ['/docs/bill', RolePreset.Superadmin, undefined, 403],
    ['/docs/bill', RolePreset.Owner, undefined, 200],
  ])('POST %s as %s with set %j answers %d', async (path, role, set, status) => {
    const res = await http().post(path).set(as(role, set));
    if (status === 200) expect(res.body).toEqual({ ok: true });
    else expectProblem(res, status, 'FORBIDDEN');
  });

  it('applies a controller-level @Can to handlers without their own', async () => {
    await http().get('/docs').set(as(RolePreset.Admin)).expect(200, { ok: true });
    expectProblem(await http().get('/docs').set(as(RolePreset.Member)), 403, 'FORBIDDEN');
    expectProblem(
      await http()
        .get('/docs')
        .set(as(RolePreset.Contact, { full: true, rules: [] })),
      403,
      'FORBIDDEN',
    );
  });

  it("passes the resolver's own answers through", async () => {
    expectProblem(await http().get('/docs').set({ 'x-fail': '401' }), 401, 'UNAUTHORIZED');
    expectProblem(await http().get('/docs').set({ 'x-fail': '404' }), 404, 'TENANT_NOT_FOUND');
  });

  it('refuses a guarded route without @Can, without asking the resolver', async () => {
    const resolver = app.get(HeaderAbilityResolver, { strict: false });
    const before = resolver.calls;
    expectProblem(await http().get('/bare').set(as(RolePreset.Owner)), 403, 'FORBIDDEN');
    expect(resolver.calls).toBe(before);
  });

  it('serves the catalogue response', async () => {
    const res = await http().get('/docs/catalog').set(as(RolePreset.Admin)).expect(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ subject: 'Doc', label: label('Documents'), companyScoped: false });
    expect(res.body.items[0].actions[3]).toEqual({
      action: 'bill',
      label: label('Bill'),
      ownerOnly: true,
      superadminOnly: false,
      setOnly: false,
    });
  });

  it('checks permission set rules: the DTO shape first, then the catalogue, with translated messages', async () => {
    const shape = await http()
      .post('/docs/sets')
      .set(as(RolePreset.Admin))
      .send({
        rules: [
          { action: '', subject: 'Doc' },
          { action: 'read', subject: 'Doc', inverted: 'yes', extra: 1 },
        ],
      });
    expect(fieldErrors(expectProblem(shape, 400, 'VALIDATION_FAILED'))).toEqual(
      expect.arrayContaining(['rules.0.action:IS_NOT_EMPTY', 'rules.1.inverted:IS_BOOLEAN', 'rules.1.extra:UNKNOWN_FIELD']),
    );
    const res = await http()
      .post('/docs/sets')
      .set({ ...as(RolePreset.Admin), 'accept-language': 'pl' })
      .send({
        rules: [
          { action: 'read', subject: 'Doc', conditions: { status: 'draft' } },
          { action: 'purge', subject: 'Doc' },
          { action: 'read', subject: 'Nope' },
          { action: 'read', subject: 'Doc', conditions: { owner: 'me' } },
        ],
      });
    const body = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(fieldErrors(body)).toEqual([
      'rules.1.action:NOT_GRANTABLE',
      'rules.2.subject:UNKNOWN_SUBJECT',
      'rules.3.conditions:INVALID_CONDITIONS',
    ]);
    expect(body.errors[0].message).toBe(
      PERMISSIONS_MESSAGES.pl['field.NOT_GRANTABLE'].replace('{action}', 'purge').replace('{subject}', 'Doc'),
    );
    await http()
      .post('/docs/sets')
      .set(as(RolePreset.Admin))
      .send({ rules: [{ action: 'share', subject: 'Doc', conditions: { status: { $in: ['a'] } } }] })
      .expect(200);
  });
});

describe('the boot', () => {
  it('refuses a @Can the catalogue does not hold', async () => {
    await expect(boot([DocsController, TypoController])).rejects.toThrow(
      /TypoController\.get: @Can\('reed', 'Doc'\): subject "Doc" has no action "reed"/,
    );
  });

  it('refuses @Can routes in a module that sees no AbilityResolver', async () => {
    await expect(boot([DocsController], false)).rejects.toThrow(/PermissionsGuard/);
  });

  it('refuses a subject registered twice', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [PermissionsModule.forRoot({}), PermissionsModule.forFeature(DOCS_CATALOG), PermissionsModule.forFeature(DOCS_CATALOG)],
    }).compile();
    await expect(moduleRef.init()).rejects.toThrow(/subject "Doc" is registered twice/);
    // close() re-awaits the failed init: it rejects the same way.
    await moduleRef.close().catch(() => undefined);
  });

  it('boots a host without any @Can route and without a resolver', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [PermissionsModule.forRoot({}), PermissionsModule.forFeature(DOCS_CATALOG)],
    }).compile();
    await moduleRef.init();
    expect(moduleRef.get(AbilityFactory).build({ role: RolePreset.Admin, permissionSet: null }).can('read', 'Doc')).toBe(true);
    await moduleRef.close();
  });
});
