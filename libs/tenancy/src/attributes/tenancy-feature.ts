import { DynamicModule, Module } from '@nestjs/common';
import type { MemberAttributeDefinition } from './member-attribute.types';
import { MemberAttributesFeature } from './member-attributes.feature';

/** What a product module adds to tenancy with `TenancyModule.forFeature`. */
export interface TenancyFeatureOptions {
  /** Typed attributes members of every tenant may hold (names are global: a name declared twice stops the boot). */
  memberAttributes?: MemberAttributeDefinition[];
}

/** Holds the providers of one `TenancyModule.forFeature` call; never imported directly. */
@Module({})
export class TenancyFeatureModule {}

let featureCount = 0;

/** The module of one `TenancyModule.forFeature(options)` call. */
export function tenancyFeature(options: TenancyFeatureOptions): DynamicModule {
  // A distinct token per call: Nest deduplicates dynamic modules whose metadata hash alike, and two
  // modules declaring the same attribute must collide loudly rather than be merged silently.
  featureCount += 1;
  return {
    module: TenancyFeatureModule,
    providers: [{ provide: `TenancyFeature#${featureCount}`, useValue: new MemberAttributesFeature(options.memberAttributes ?? []) }],
  };
}
