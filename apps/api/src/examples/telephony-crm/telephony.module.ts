import { Module } from '@nestjs/common';
import { PermissionsModule } from '@tenant-iam/permissions';
import { TenancyModule } from '@tenant-iam/tenancy';
import { TELEPHONY_MEMBER_ATTRIBUTES } from './telephony.attributes';
import { TELEPHONY_CATALOG } from './telephony.catalog';
import { TelephonyController } from './telephony.controller';
import { TelephonyRepository } from './telephony.repository';
import { TelephonyService } from './telephony.service';

/**
 * Example product module: a telephony CRM. It declares its member attributes (`sipExtension`,
 * unique per organisation) with `TenancyModule.forFeature`, its subjects with
 * `PermissionsModule.forFeature`, and keeps caller-ID and SMS sender pools in its own tables
 * (`telephony.migrations.ts`). See the README beside this file.
 */
@Module({
  imports: [PermissionsModule.forFeature(TELEPHONY_CATALOG), TenancyModule.forFeature({ memberAttributes: TELEPHONY_MEMBER_ATTRIBUTES })],
  controllers: [TelephonyController],
  providers: [TelephonyRepository, TelephonyService],
})
export class TelephonyCrmModule {}
