import { DynamicModule, Module, Provider, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { COMMON_MESSAGES } from './errors/common.messages';
import { ProblemDetailsFilter } from './errors/problem-details.filter';
import { validationExceptionFactory } from './errors/validation-exception.factory';
import { MessageCatalog, Messages } from './i18n/messages';
import { Clock, SystemClock } from './time/clock';

/** Options of {@link CommonModule.forRoot}. Every field is optional. */
export interface CommonModuleOptions {
  /**
   * Message tables of the mounted libs, e.g. `[IDENTITY_MESSAGES]`, merged after
   * `COMMON_MESSAGES` (a later table overrides an earlier key). Default: none.
   */
  messages?: readonly Messages[];
  /** The clock every lib reads "now" from. Default: a {@link SystemClock}. */
  clock?: Clock;
}

/**
 * The three things every host of the tenant-iam libs provides once, in one import: a global
 * {@link Clock}, {@link ProblemDetailsFilter} as `APP_FILTER` over `COMMON_MESSAGES` plus the given
 * tables, and as `APP_PIPE` the `ValidationPipe` the libs' DTOs are written for (`whitelist`,
 * `forbidNonWhitelisted`, `transform`, errors as one 400 `VALIDATION_FAILED` problem through
 * {@link validationExceptionFactory}). Tests still swap the clock with
 * `overrideProvider(Clock).useValue(new ManualClock())`.
 *
 * Hosts that already have their own clock, filter or pipe wire these pieces by hand instead.
 *
 * @example
 * imports: [CommonModule.forRoot({ messages: [IDENTITY_MESSAGES] }), IdentityModule.forRoot({ ... })]
 */
@Module({})
export class CommonModule {
  /** Mounts the clock (global), the problem+json filter and the validation pipe. */
  static forRoot(options: CommonModuleOptions = {}): DynamicModule {
    const providers: Provider[] = [
      { provide: Clock, useValue: options.clock ?? new SystemClock() },
      { provide: APP_FILTER, useValue: new ProblemDetailsFilter(new MessageCatalog(COMMON_MESSAGES, ...(options.messages ?? []))) },
      {
        provide: APP_PIPE,
        useValue: new ValidationPipe({
          whitelist: true,
          forbidNonWhitelisted: true,
          transform: true,
          exceptionFactory: validationExceptionFactory,
        }),
      },
    ];
    return { module: CommonModule, global: true, providers, exports: [Clock] };
  }
}
