import { HttpStatus, Injectable } from '@nestjs/common';
import { Clock, CodedException, CommonErrorCode, FieldError } from '@tenant-iam/common';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../common/uuid';
import type { CreateMemberDto } from '../members/dto/member.dto';
import { ContactFieldCode as F } from './contact-error-code';
import { ContactsRepository } from './contacts.repository';

const invalid = (errors: FieldError[]) =>
  new CodedException(HttpStatus.UNPROCESSABLE_ENTITY, CommonErrorCode.ValidationFailed, undefined, errors);
const unknownContact = () => invalid([{ field: 'fromContactId', code: F.UnknownContact }]);

/** A member body whose email is known: given, or taken from the contact. */
export type PrefilledMember = CreateMemberDto & { email: string };

/**
 * `POST /members` with `fromContactId`: the contact fills what the body leaves out (email, first
 * and last name, phone, and for a client its company), and the contact is linked to the member's
 * account in the member-add transaction. Only a contact with panel access becomes a member.
 */
@Injectable()
export class MemberFromContact {
  constructor(
    private readonly contacts: ContactsRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The body with the contact's values where it has none; the body as it is without `fromContactId`.
   * @throws `VALIDATION_FAILED` (422: `fromContactId: UNKNOWN_CONTACT | CONTACT_WITHOUT_PANEL_ACCESS`, `email: REQUIRED`)
   */
  async prefill(tenantId: string, dto: CreateMemberDto): Promise<PrefilledMember> {
    if (dto.fromContactId === undefined) {
      // Validation requires the email without a contact; a caller of the service past it is a bug.
      if (dto.email === undefined) throw invalid([{ field: 'email', code: F.Required }]);
      return dto as PrefilledMember;
    }
    const contact = isUuid(tenantId) && isUuid(dto.fromContactId) ? await this.contacts.findById(tenantId, dto.fromContactId) : null;
    if (!contact) throw unknownContact();
    if (!contact.panelAccess) throw invalid([{ field: 'fromContactId', code: F.ContactWithoutPanelAccess }]);
    const email = dto.email ?? contact.email;
    if (!email) throw invalid([{ field: 'email', code: F.Required }]);
    const companyIds = dto.companyIds ?? (dto.role === 'client' && contact.companyId ? [contact.companyId] : undefined);
    return {
      ...dto,
      email,
      firstName: dto.firstName ?? contact.firstName,
      lastName: dto.lastName ?? contact.lastName,
      ...((dto.phone ?? contact.phone) ? { phone: dto.phone ?? contact.phone! } : {}),
      ...(companyIds ? { companyIds } : {}),
    } as PrefilledMember;
  }

  /**
   * Links the contact to the member's account, inside the member-add transaction `m`.
   * @throws `VALIDATION_FAILED` (422: `fromContactId: UNKNOWN_CONTACT` when the contact was deleted meanwhile,
   *   `CONTACT_ALREADY_LINKED` when it is another account's): the add rolls back
   */
  async link(m: EntityManager, tenantId: string, contactId: string | undefined, userId: string): Promise<void> {
    if (contactId === undefined) return;
    const linked = await this.contacts.linkUser(tenantId, contactId, userId, this.clock.now(), m);
    if (linked === 'gone') throw unknownContact();
    if (linked === 'taken') throw invalid([{ field: 'fromContactId', code: F.ContactAlreadyLinked }]);
  }
}
