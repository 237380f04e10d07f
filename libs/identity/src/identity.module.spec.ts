import { AuthController } from './auth/auth.controller';
import { IdentityModule } from './identity.module';

const options = { accessTokenPrivateKey: 'unused: the module is only declared here' };

describe('IdentityModule', () => {
  it('is global by default, so other modules inject IdentityUsers and JwtAuthGuard without importing it', () => {
    expect(IdentityModule.forRoot(options).global).toBe(true);
    expect(IdentityModule.forRootAsync({ useFactory: () => options }).global).toBe(true);
    expect(IdentityModule.forRoot({ ...options, isGlobal: false }).global).toBe(false);
  });

  it('keeps the routes extra: controllers unless routes is false', () => {
    expect(IdentityModule.forRoot(options).controllers).toContain(AuthController);
    expect(IdentityModule.forRoot({ ...options, routes: false }).controllers).toEqual([]);
    expect(IdentityModule.forRootAsync({ useFactory: () => options, routes: false, isGlobal: true }).controllers).toEqual([]);
  });
});
