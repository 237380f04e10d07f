/** Stable codes of the client-company routes (`/tenants/:tenantId/companies`). */
export enum CompanyErrorCode {
  /**
   * 404: no such company in this tenant, one the caller may not read (a client's other
   * companies), another tenant's, or an id that is not a UUID: one answer for all.
   */
  NotFound = 'COMPANY_NOT_FOUND',
  /** 409: another company of the tenant has this name, case aside (the unique index decides). */
  NameTaken = 'COMPANY_NAME_TAKEN',
  /** 409, params `{ members }`: members are linked to the company; unlink them first. */
  InUse = 'COMPANY_IN_USE',
}
