/** Codes of the contacts routes; the field codes go into a problem's `errors[]`. */
export enum ContactErrorCode {
  /** 404: no such contact in this tenant, one the caller may not read, or an id that is not a UUID. */
  ContactNotFound = 'CONTACT_NOT_FOUND',
  /** 409, params `{ limit }`: the tenant holds as many contacts as it may. */
  ContactLimitReached = 'CONTACT_LIMIT_REACHED',
}

/** Field codes of the contacts routes and of `POST /members` with `fromContactId` (422 `VALIDATION_FAILED`). */
export enum ContactFieldCode {
  /** `companyId`: not a company of this tenant, or one the caller may not put contacts in. */
  UnknownCompany = 'UNKNOWN_COMPANY',
  /** `fromContactId`: not a contact of this tenant. */
  UnknownContact = 'UNKNOWN_CONTACT',
  /** `fromContactId`: an authorised contact (`panelAccess: false`) never becomes a member. */
  ContactWithoutPanelAccess = 'CONTACT_WITHOUT_PANEL_ACCESS',
  /** `fromContactId`: the contact already became another account's member; one contact, one person. */
  ContactAlreadyLinked = 'CONTACT_ALREADY_LINKED',
  /** `email`: neither the body nor the contact has an address. */
  Required = 'REQUIRED',
}
