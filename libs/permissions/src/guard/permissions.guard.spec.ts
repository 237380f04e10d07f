import { ExecutionContext, HttpStatus } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CodedException } from '@tenant-iam/common';
import { createAppAbility } from '../ability/ability.factory';
import { AbilityResolver } from './ability-resolver';
import { Can } from './can.decorator';
import { PermissionsGuard } from './permissions.guard';

class Routes {
  @Can('read', 'Doc')
  read(): void {}

  open(): void {}
}

const contextFor = (handler: () => void): ExecutionContext =>
  ({ getHandler: () => handler, getClass: () => Routes }) as unknown as ExecutionContext;

const resolverOf = (resolve: AbilityResolver['resolve']): AbilityResolver & { calls: number } => {
  const resolver = {
    calls: 0,
    resolve: (context: ExecutionContext) => {
      resolver.calls++;
      return resolve(context);
    },
  };
  return resolver;
};

const status = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    return error instanceof CodedException ? `${error.getStatus()} ${error.code}` : String(error);
  }
};

describe('PermissionsGuard', () => {
  const reflector = new Reflector();

  it('allows what the ability allows and refuses the rest with 403 FORBIDDEN', async () => {
    const allowing = new PermissionsGuard(
      reflector,
      resolverOf(async () => createAppAbility([{ action: 'read', subject: 'Doc' }])),
    );
    expect(await status(allowing.canActivate(contextFor(Routes.prototype.read)))).toBe('allowed');
    const denying = new PermissionsGuard(
      reflector,
      resolverOf(async () => createAppAbility([{ action: 'update', subject: 'Doc' }])),
    );
    expect(await status(denying.canActivate(contextFor(Routes.prototype.read)))).toBe('403 FORBIDDEN');
  });

  it('refuses a route without @Can metadata without asking the resolver', async () => {
    const resolver = resolverOf(async () => createAppAbility([{ action: 'read', subject: 'Doc' }]));
    expect(await status(new PermissionsGuard(reflector, resolver).canActivate(contextFor(Routes.prototype.open)))).toBe('403 FORBIDDEN');
    expect(resolver.calls).toBe(0);
  });

  it("rethrows the resolver's own answers", async () => {
    const resolver = resolverOf(async () => {
      throw new CodedException(HttpStatus.NOT_FOUND, 'TENANT_NOT_FOUND');
    });
    expect(await status(new PermissionsGuard(reflector, resolver).canActivate(contextFor(Routes.prototype.read)))).toBe(
      '404 TENANT_NOT_FOUND',
    );
  });
});
