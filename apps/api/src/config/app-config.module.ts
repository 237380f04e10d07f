import { Clock, SystemClock } from '@tenant-iam/common';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './environment';

/** Injection token of the validated {@link AppConfig}. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Makes the validated configuration and the clock injectable everywhere. Tests override `Clock`
 * with a `ManualClock`.
 */
@Global()
@Module({})
export class AppConfigModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useClass: SystemClock },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
