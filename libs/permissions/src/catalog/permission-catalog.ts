import { Injectable } from '@nestjs/common';
import type { FieldError } from '@tenant-iam/common';
import type { CatalogSubject, PermissionRule } from './catalog.types';

/** Every subject and action registered with `PermissionsModule.forFeature`. STUB. */
@Injectable()
export class PermissionCatalog {
  list(): CatalogSubject[] {
    throw new Error('not implemented');
  }

  /** One entry per broken rule: `rules.<i>.subject: UNKNOWN_SUBJECT`, `rules.<i>.action: UNKNOWN_ACTION | NOT_GRANTABLE`, `rules.<i>.conditions: INVALID_CONDITIONS`. */
  validateRules(_rules: PermissionRule[]): FieldError[] {
    throw new Error('not implemented');
  }
}
