import { HttpStatus, Injectable } from '@nestjs/common';
import { CodedException, CommonErrorCode } from '@tenant-iam/common';
import type { EntityManager } from 'typeorm';
import { AttributeErrorCode as E, AttributeFieldCode as F } from './attribute-error-code';
import type { MemberAttributeInput } from './member-attribute.types';
import { AttributesCheck, MemberAttributes } from './member-attributes';
import { MemberAttributesRepository } from './member-attributes.repository';

/** The text a unique value is kept under: `12` and `"12"` are one extension. */
const keyOf = (value: unknown): string => String(value);

/**
 * What the members service calls for `attributes`: validation against the declarations (422 per
 * field, before anything is written), and the unique values written in the member's transaction
 * (409 `ATTRIBUTE_TAKEN`, decided by the database).
 */
@Injectable()
export class MemberAttributeWrites {
  constructor(
    private readonly registry: MemberAttributes,
    private readonly repository: MemberAttributesRepository,
  ) {}

  /**
   * The attributes after a write of `input` over `current` (`{}` for a new member); see
   * {@link MemberAttributes.check}.
   * @throws `VALIDATION_FAILED` (422) with `attributes.<name>: <CODE>` entries
   */
  resolve(input: Record<string, MemberAttributeInput> | undefined, current: Record<string, unknown> = {}): AttributesCheck {
    const check = this.registry.check(input, current);
    if (check.errors.length) {
      throw new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, CommonErrorCode.ValidationFailed, undefined, check.errors);
    }
    return check;
  }

  /**
   * Brings the member's unique values from `before` to `after`, in the caller's transaction `m`
   * (the one writing the membership), so both commit or neither does.
   * @throws `ATTRIBUTE_TAKEN` (409) naming the field: another member holds the value
   */
  async persist(
    m: EntityManager,
    tenantId: string,
    membershipId: string,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ): Promise<void> {
    for (const name of this.registry.uniqueNames()) {
      const from = before[name];
      const to = after[name];
      if (from !== undefined && to !== undefined && keyOf(from) === keyOf(to)) continue;
      if (from !== undefined) await this.repository.release(m, tenantId, membershipId, name);
      if (to !== undefined && !(await this.repository.claim(m, tenantId, membershipId, name, keyOf(to)))) {
        throw new CodedException(HttpStatus.CONFLICT, E.AttributeTaken, { name }, [{ field: `attributes.${name}`, code: F.Taken }]);
      }
    }
  }
}
