// Generated from docs/openapi.json by `npm run openapi:snapshot`. Do not edit.
export interface paths {
  '/.well-known/jwks.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public keys (JWK Set) that verify access tokens (ES256, by kid) */
    get: operations['getJwks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every organisation with its plan and seats, newest first (platform operators)
     * @description A caller who is not a platform operator gets 404 `NOT_FOUND`.
     */
    get: operations['adminListTenants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/tenants/{tenantId}/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Move an organisation to another plan (platform operators)
     * @description The new seat limit applies from the next add: a downgrade below the current count removes nobody but refuses new members. A caller who is not a platform operator gets 404 `NOT_FOUND`.
     */
    put: operations['adminChangeTenantPlan'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/email/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** "It wasn't me": cancel an email change from the link sent to the old address */
    post: operations['cancelEmailChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/email/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Confirm an email change from the link sent to the new address
     * @description Works without a session; a bearer token, when sent, must be valid.
     */
    post: operations['confirmEmailChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange email and password for an access JWT and a refresh token
     * @description `INVALID_CREDENTIALS` for an unknown email and a wrong password alike; `EMAIL_NOT_VERIFIED` and `ACCOUNT_DISABLED` only after a correct password; `TOO_MANY_LOGIN_ATTEMPTS` with `Retry-After`. When one session at a time applies to the account, the login ends its other sessions (they answer `SESSION_REPLACED`).
     */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke the current session */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/forgot': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mail a password reset link (valid PASSWORD_RESET_TTL, single use). Always 202. */
    post: operations['forgotPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password from a reset or set-password link; revokes every session */
    post: operations['resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate the refresh token; a reused one revokes the whole session
     * @description `SESSION_REPLACED` when a newer login ended the session (one session at a time); `SESSION_EXPIRED` at the absolute lifetime or the most refreshes a session may make.
     */
    post: operations['refreshSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign up; a verification link is mailed. Same answer whether or not the email exists. */
    post: operations['register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Use the verification link; the account becomes active */
    post: operations['verifyEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dev/mailbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mails written to the local mailbox folder, newest first (embedded mode only) */
    get: operations['listDevMailbox'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an invitation link offers: organisation, inviter, email, role, expiry, whether the email has an account */
    get: operations['previewInvitation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join the organisation with the signed-in account (its email must be the invited one); the link works once */
    post: operations['acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline an invitation: by its link token, or by its id from GET /me/invitations (exactly one)
     * @description Signed in; the account's email must be the invited one. The seat it held frees.
     */
    post: operations['declineInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create the account of the invited email and join the organisation, in one step
     * @description The address counts as verified (the link only went to it); the organisation's password and profile policies apply. An address with an account answers 409 `EMAIL_TAKEN`: sign in and accept. Then log in as usual.
     */
    post: operations['registerFromInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's own profile */
    get: operations['getMyProfile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change name, phone or locale
     * @description A phone that is not a valid international number: 422 `VALIDATION_FAILED` with `phone:PHONE_INVALID` in `errors[]`.
     */
    patch: operations['updateMyProfile'];
    trace?: never;
  };
  '/api/v1/me/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start an email change: confirmation link to the new address, notice with a cancel link to the old */
    post: operations['changeMyEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The caller's pending invitations, by their account's email
     * @description Empty for an address its owner has not confirmed yet. Accept with the link of the mail; decline by id.
     */
    get: operations['listMyInvitations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the password; every other session is revoked */
    post: operations['changeMyPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's active sessions */
    get: operations['listMySessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke one of the caller's sessions */
    delete: operations['revokeMySession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Organisations the caller belongs to
     * @description With the role, the membership status (blocked ones included) and the linked client companies: the "switch account / switch company" list. A bad `limit` or `cursor` answers 400 `VALIDATION_FAILED` naming the field.
     */
    get: operations['listMyTenants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create an organisation; the caller becomes its owner */
    post: operations['createTenant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation: settings, plan, seats and the caller's role
     * @description The billing email is shown to the owner only.
     */
    get: operations['getTenant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the name, the billing email (owner only) or settings (key by key)
     * @description Owner and superadmins. `billingEmail` needs the owner (else 403 `FORBIDDEN`); `null` clears it, and it never changes anyone's login email. Each settings key sent replaces that setting, `null` resets it, keys not sent stay; a password policy may only be stricter than the account-wide one. Refused settings: 422 `INVALID_SETTINGS` with `settings.<key>...` field errors.
     */
    patch: operations['updateTenant'];
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation's activity log, newest first
     * @description What members did in the organisation and their account events (`user.login`, `user.password_changed`, `user.email_changed`), each written in the transaction of the action: an action that rolled back left no entry. A bad `limit` or `cursor` answers 400 `VALIDATION_FAILED` naming the field.
     */
    get: operations['listTenantActivity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/api-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation's API key
     * @description The one key external systems (a CRM) call the machine routes with, as `X-Api-Key`; their calls draw on the same monthly pool as the members. The owner and superadmins read it; admins and members when their permission group grants `read ApiKey`; clients never.
     */
    get: operations['getTenantApiKey'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/api-key/rotate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Replace the API key (superadmins and the owner)
     * @description Answers the new key. The old one keeps working for the rotation grace (`API_KEY_ROTATION_GRACE`, default 24 h), then answers 401 `API_KEY_INVALID`. Logged as `api_key.rotated`.
     */
    post: operations['rotateTenantApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/cash-register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Configure the cash register (superadmins and the owner only; demo, nothing is kept) */
    put: operations['configureDemoCashRegister'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/companies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Client companies the caller may see, by name
     * @description Filtered by the caller's `read Company` rules: a client sees its own companies only.
     */
    get: operations['listCompanies'];
    put?: never;
    /**
     * Create a client company
     * @description Names are unique in the organisation, case aside (409 `COMPANY_NAME_TAKEN`). Clients create none (403).
     */
    post: operations['createCompany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/companies/{companyId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One client company, if the caller may see it */
    get: operations['getCompany'];
    put?: never;
    post?: never;
    /**
     * Delete a client company no member is linked to
     * @description A company members are linked to answers 409 `COMPANY_IN_USE` with `{ members }`: unlink them first (`PATCH /members/:memberId {companyIds}`).
     */
    delete: operations['deleteCompany'];
    options?: never;
    head?: never;
    /**
     * Change a client company's name or tax id
     * @description `taxId: null` clears it.
     */
    patch: operations['updateCompany'];
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Contacts the caller may see
     * @description By creation order; filtered by the caller's `read Contact` rules (a client: its own companies' contacts).
     */
    get: operations['listContacts'];
    put?: never;
    /**
     * Add a contact person or an authorised contact
     * @description A contact is not a member and takes no seat. Field errors: 422 `VALIDATION_FAILED` with `companyId: UNKNOWN_COMPANY` (not a company of this organisation, or not one of the caller's), `phone: PHONE_INVALID`.
     */
    post: operations['createContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One contact, if the caller may see it */
    get: operations['getContact'];
    put?: never;
    post?: never;
    /**
     * Delete a contact
     * @description A member made from it stays a member.
     */
    delete: operations['deleteContact'];
    options?: never;
    head?: never;
    /**
     * Change a contact
     * @description Each field given changes; `null` clears `email`, `phone`, `position` or `companyId`.
     */
    patch: operations['updateContact'];
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation's positions and user groups, by name
     * @description A flat page; `parentGroupId` of each group builds the tree.
     */
    get: operations['listGroups'];
    put?: never;
    /**
     * Create a position or user group
     * @description At the top level or under `parentGroupId`, at most 10 levels deep. Field errors: 422 `VALIDATION_FAILED` with `parentGroupId: UNKNOWN_GROUP | GROUP_TOO_DEEP`.
     */
    post: operations['createGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/groups/{groupId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One group */
    get: operations['getGroup'];
    put?: never;
    post?: never;
    /**
     * Delete a group without subgroups or members
     * @description A group with subgroups or members answers 409 `GROUP_NOT_EMPTY` with `{ groups, members }`.
     */
    delete: operations['deleteGroup'];
    options?: never;
    head?: never;
    /**
     * Rename a group, change its kind, or move it with its subgroups
     * @description `parentGroupId: null` moves it to the top level. A group never goes under itself or one of its subgroups (422 `parentGroupId: GROUP_CYCLE`), also when two moves race: the second is judged on the tree the first left.
     */
    patch: operations['updateGroup'];
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation's invitations, with the delivery status of each one's last mail
     * @description By id (creation order). With `read Invitation` every invitation; with only `create Invitation` the ones the caller sent. A pending invitation past its expiry shows `expired`.
     */
    get: operations['listInvitations'];
    put?: never;
    /**
     * Invite a person by email; the mail carries a single-use link valid INVITATION_TTL (7 days)
     * @description A pending invitation holds a seat (409 `SEAT_LIMIT_REACHED` when none is left). A second invitation of an address with a pending one answers 409 `INVITATION_PENDING` (resend that one). Below superadmin an inviter gives at most their own rights: their role or lower, their own permission set, and (members and clients) their own companies, else 403 `INVITATION_EXCEEDS_RIGHTS`.
     */
    post: operations['createInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke a pending invitation: its link stops working and its seat frees
     * @description With `revoke Invitation`, or the inviter their own. An accepted, revoked or declined one answers 409 `INVITATION_NOT_PENDING`.
     */
    delete: operations['revokeInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/invitations/{invitationId}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send the invitation again: a new link (the old one stops working) and a new lifetime
     * @description The same invitation, its history kept. Pending and expired invitations; an expired one takes a seat again and, as a new grant, is bounded by the caller's current rights like a new invitation (403 `INVITATION_EXCEEDS_RIGHTS`); an address that became a member meanwhile answers 409 `EMAIL_TAKEN`. The inviter may resend their own; others need `read` and `create Invitation`.
     */
    post: operations['resendInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/member-attributes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The attributes a member may hold, as product modules declared them
     * @description Names, types, labels and constraints of what `attributes` of `POST`/`PATCH /members` accepts; any other name is refused.
     */
    get: operations['listMemberAttributes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Members of the organisation the caller may see
     * @description By membership id (creation order), the owner included; filtered by the caller's `read Member` rules. The caller's own row has no `permissionSetId`.
     */
    get: operations['listMembers'];
    put?: never;
    /**
     * Add a member: link the account of the email, or create one
     * @description An existing account is linked with its password and profile untouched. A new one follows the organisation's profile and password policies; `password.mode` decides how it gets a password (default `link`: a set-password link is mailed). A seat is taken: 409 `SEAT_LIMIT_REACHED` when the plan has none left; a pending invitation of the address is revoked in the same transaction and its seat used instead (one person, one seat). Field errors: 422 `VALIDATION_FAILED` with `permissionSetId: UNKNOWN_PERMISSION_SET | NOT_APPLICABLE`, `companyIds: UNKNOWN_COMPANY`.
     */
    post: operations['createMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/members/{memberId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One member, if the caller may see it */
    get: operations['getMember'];
    put?: never;
    post?: never;
    /** Remove a member from the organisation (the account stays); the seat frees */
    delete: operations['removeMember'];
    options?: never;
    head?: never;
    /**
     * Change a member's role, permission set, profile or attributes
     * @description Never one's own membership nor the owner's; never to `owner` (only a transfer). Profile fields only for an account this organisation created (else 409 `PROFILE_NOT_MANAGED`). Members and clients always hold a set (the built-in one when none is given); superadmins and contacts none.
     */
    patch: operations['updateMember'];
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/members/{memberId}/activity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A member's activity in this organisation
     * @description Entries by or about the member's account, newest first.
     */
    get: operations['listMemberActivity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/members/{memberId}/block': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Block a member in this organisation
     * @description Effective from the member's next request (403 `MEMBERSHIP_BLOCKED`). Blocking a blocked member changes nothing.
     */
    post: operations['blockMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/members/{memberId}/unblock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Unblock a member
     * @description Unblocking an active member changes nothing.
     */
    post: operations['unblockMember'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Orders the caller may read (demo data)
     * @description A client sees only its companies' orders; a permission group's conditions apply per order.
     */
    get: operations['listDemoOrders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/orders/{orderId}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an order (superadmins and the owner only; demo, nothing is kept) */
    post: operations['cancelDemoOrder'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/permission-sets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation's permission groups, by name */
    get: operations['listPermissionSets'];
    put?: never;
    /**
     * Create a permission group
     * @description Full access, or rules over the permission catalogue. A broken rule answers 422 `PERMISSION_RULES_INVALID` with one field error per rule (`rules.2.action: UNKNOWN_ACTION`, `NOT_GRANTABLE` for owner- and superadmin-only actions).
     */
    post: operations['createPermissionSet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/permission-sets/{permissionSetId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One permission group */
    get: operations['getPermissionSet'];
    put?: never;
    post?: never;
    /**
     * Delete a permission group nobody holds
     * @description A group members hold answers 409 `PERMISSION_SET_IN_USE` with `{ members }`.
     */
    delete: operations['deletePermissionSet'];
    options?: never;
    head?: never;
    /**
     * Change a permission group
     * @description Members holding it get the new rights on their next request. The built-in group answers 409 `PERMISSION_SET_BUILTIN`.
     */
    patch: operations['updatePermissionSet'];
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/permissions/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every subject and action a permission group may name
     * @description Tenancy's subjects and those of the product modules, with labels in en, pl and uk and the flags (`ownerOnly`, `superadminOnly`: no group grants them; `setOnly`: only a group grants them). Every member with panel access may read it.
     */
    get: operations['getPermissionCatalog'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the insolvency list (demo data; metered on `search`)
     * @description Callable by members with a session and by external systems with the organisation's API key (`X-Api-Key`). Every call that passes the access check and the validation of `q` consumes one `search` from the organisation's monthly pool; past the plan's limit it answers 429 `QUOTA_EXCEEDED` with `Retry-After`.
     */
    get: operations['searchDemoInsolvencies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/telephony/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The caller's extension, the pools assigned to them and their picks */
    get: operations['getMyDemoTelephony'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/telephony/me/caller-id': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Pick the caller ID for calls, from a pool assigned to the caller */
    put: operations['chooseMyDemoCallerId'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/telephony/me/sms-sender': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Pick the SMS sender ID, from a pool assigned to the caller */
    put: operations['chooseMyDemoSmsSender'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/telephony/members/{memberId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A member's telephony card: extension, pools, picks and their one permission group */
    get: operations['getDemoTelephonyUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/telephony/members/{memberId}/sip-extension': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Give a member a SIP extension, fixed or the range's next free one
     * @description The extension is the member attribute `sipExtension` (unique in the organisation): 409 `ATTRIBUTE_TAKEN` when another member holds it, 422 `attributes.sipExtension: ATTRIBUTE_PATTERN` for anything but 2 to 6 digits.
     */
    post: operations['assignDemoSipExtension'];
    /** Take a member's extension away (it becomes free) */
    delete: operations['releaseDemoSipExtension'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/telephony/pools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The pools, with their numbers and members */
    get: operations['listDemoNumberPools'];
    put?: never;
    /** Create a caller-ID or SMS sender pool */
    post: operations['createDemoNumberPool'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/telephony/pools/{poolId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Assign the pool to exactly these members */
    put: operations['setDemoNumberPoolMembers'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/telephony/sip-range': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The extensions `mode: "pool"` assigns from */
    get: operations['getDemoSipRange'];
    /** Set the extension range (at most 10 000 extensions) */
    put: operations['setDemoSipRange'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/transfer-ownership': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Hand the organisation to another member; the owner becomes a superadmin
     * @description Owner only. The target must be an active member with panel access (not a contact).
     */
    post: operations['transferTenantOwnership'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenants/{tenantId}/usage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The organisation's monthly pool: per metric, the limit, what was used and the month
     * @description Every member and the API key consume the same counters. `limit` is the plan's (a plan change applies to the running month); null when the plan sets none. The owner (and the billing email) is mailed at 80 % and 100 % of a limit. Callable with the API key too.
     */
    get: operations['getTenantUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers */
    get: operations['checkLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database and the queue answer */
    get: operations['checkReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AcceptedInvitationResponse: {
      /**
       * Format: uuid
       * @description The new membership
       */
      memberId: string;
      /** @enum {string} */
      role: 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
      /** Format: uuid */
      tenantId: string;
      /** Format: uuid */
      userId: string;
    };
    ActivityActorResponse: {
      /** @description User id, API key id or job name */
      id?: string | null;
      /** @enum {string} */
      type: 'user' | 'apiKey' | 'system';
    };
    ActivityEntryResponse: {
      /** @example member.blocked */
      action: string;
      actor: components['schemas']['ActivityActorResponse'];
      /** Format: date-time */
      at: string;
      data: {
        [key: string]: unknown;
      };
      /** Format: uuid */
      id: string;
      target?: components['schemas']['ActivityTargetResponse'] | null;
    };
    ActivityListResponse: {
      items: components['schemas']['ActivityEntryResponse'][];
      /** @description Pass as `cursor` for the next page; `null` on the last page */
      nextCursor: string | null;
    };
    ActivityTargetResponse: {
      id: string;
      type: string;
    };
    AdminTenantListResponse: {
      items: components['schemas']['AdminTenantResponse'][];
      /** @description Pass as `cursor` for the next page; `null` on the last page */
      nextCursor: string | null;
    };
    AdminTenantResponse: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      ownerUserId: string;
      /** @description Plan name from the plans file */
      plan: string;
      seats: components['schemas']['SeatsResponse'];
    };
    ApiKeyResponse: {
      /** Format: date-time */
      createdAt: string;
      /**
       * @description Send it as `X-Api-Key`
       * @example tiam_3kTq9Zb0Yc2mN8xW4vR7pL1sH6dF5gJ0aE9uQ2iO7yT
       */
      key: string;
      /**
       * @description The start of the key, to tell keys apart
       * @example tiam_3kTq9Zb0
       */
      prefix: string;
      /**
       * Format: date-time
       * @description When this key replaced the previous one
       */
      rotatedAt?: string;
    };
    AssignedPoolResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'callerId' | 'smsSender';
      name: string;
      values: string[];
    };
    AssignSipExtensionDto: {
      /**
       * @description `static`: the `value` given; `pool`: the first free extension of the range
       * @enum {string}
       */
      mode: 'static' | 'pool';
      /** @description With `static` only; checked as the `sipExtension` attribute */
      value?: string;
    };
    CashRegisterDto: {
      /**
       * @description ISO 4217 code
       * @example PLN
       */
      currency: string;
      /** @example Thank you! */
      receiptFooter?: string;
    };
    CashRegisterResponse: {
      /** @example PLN */
      currency: string;
      receiptFooter: string | null;
    };
    CatalogActionResponse: {
      /** @example read */
      action: string;
      label: components['schemas']['LabelsResponse'];
      /** @description Only the owner holds it; no permission set can grant it */
      ownerOnly: boolean;
      /** @description Not part of the admin preset: a permission set must grant it */
      setOnly: boolean;
      /** @description Only the owner and superadmins hold it; no permission set can grant it */
      superadminOnly: boolean;
    };
    CatalogSubjectResponse: {
      actions: components['schemas']['CatalogActionResponse'][];
      /** @description A client's rules on this subject are limited to the client's own companies */
      companyScoped: boolean;
      /**
       * @description Fields a rule's `conditions` may name
       * @example [
       *       "role",
       *       "status"
       *     ]
       */
      conditionFields: string[];
      label: components['schemas']['LabelsResponse'];
      /** @description Staff data of the whole tenant: never granted to a client, whatever its set says */
      staffOnly: boolean;
      /** @example Member */
      subject: string;
    };
    ChangeEmailDto: {
      currentPassword: string;
      /**
       * Format: email
       * @example anna@new.example.com
       */
      email: string;
    };
    ChangePasswordDto: {
      currentPassword: string;
      /** @description The new password */
      password: string;
    };
    ChangePlanDto: {
      /**
       * @description A plan name from the plans file
       * @example pro
       */
      plan: string;
    };
    ChooseNumberDto: {
      /** Format: uuid */
      poolId: string;
      value: string;
    };
    ChosenNumberResponse: {
      /** Format: uuid */
      poolId: string;
      value: string;
    };
    CompanyListResponse: {
      items: components['schemas']['CompanyResponse'][];
      /** @description Pass as `cursor` for the next page; `null` on the last page */
      nextCursor: string | null;
    };
    CompanyResponse: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @description Members linked to the company */
      membersCount: number;
      name: string;
      taxId: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    ContactListResponse: {
      items: components['schemas']['ContactResponse'][];
      /** @description Pass as `cursor` for the next page; `null` on the last page */
      nextCursor: string | null;
    };
    ContactResponse: {
      /**
       * Format: uuid
       * @description The client company; null: the tenant's own contact
       */
      companyId: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: email */
      email: string | null;
      firstName: string;
      /** Format: uuid */
      id: string;
      lastName: string;
      notificationCategories: components['schemas']['NotificationCategory'][];
      /** @description `false`: an authorised contact (mail only, never a user) */
      panelAccess: boolean;
      /** @description E.164 */
      phone: string | null;
      position: string | null;
      /** Format: date-time */
      updatedAt: string;
      /**
       * Format: uuid
       * @description The account a member was made for from this contact
       */
      userId: string | null;
    };
    CreateCompanyDto: {
      /**
       * @description Unique in the organisation, case aside; trimmed
       * @example Alpha sp. z o.o.
       */
      name: string;
      /**
       * @description Tax or registration number as written; trimmed, not checked against a register
       * @example PL5213870274
       */
      taxId?: string | null;
    };
    CreateContactDto: {
      /**
       * Format: uuid
       * @description A client company of this tenant; absent: the tenant's own contact
       */
      companyId?: string;
      /**
       * Format: email
       * @description Stored trimmed and lower-cased
       */
      email?: string;
      /** @example Anna */
      firstName: string;
      /** @example Kowalska */
      lastName: string;
      /** @description Mail categories the contact receives (each once). Only contacts with an email receive mail; an authorised contact (`panelAccess: false`) is reached by mail only. */
      notificationCategories: ('general' | 'services' | 'domains' | 'payments' | 'support')[];
      /** @description `true`: a contact person who may become a panel user (`POST /members` with `fromContactId`). `false`: an authorised contact, who never logs in and only receives mail. */
      panelAccess: boolean;
      /** @description Stored in E.164; national numbers are read in the tenant profile policy's phoneCountry */
      phone?: string;
      /** @example Accountant */
      position?: string;
    };
    CreatedMemberResponse: {
      attributes: {
        [key: string]: unknown;
      };
      companyIds: string[];
      /** Format: date-time */
      createdAt: string;
      /** Format: email */
      email: string;
      firstName: string | null;
      /** @description With `password.mode: "generate"` only, shown this once: never stored or mailed */
      generatedPassword?: string;
      /** @description Positions and user groups */
      groupIds: string[];
      /**
       * Format: uuid
       * @description The membership id
       */
      id: string;
      lastName: string | null;
      /**
       * Format: uuid
       * @description Left out of the caller's own row: nobody reads their own permissions
       */
      permissionSetId?: string | null;
      /** @description E.164 */
      phone: string | null;
      role: components['schemas']['MembershipRole'];
      status: components['schemas']['MembershipStatus'];
      /** Format: uuid */
      userId: string;
    };
    CreateGroupDto: {
      /**
       * @description A position (job title) or a user group
       * @default group
       * @enum {string}
       */
      kind: 'position' | 'group';
      /**
       * @description Unique among its siblings, case aside; trimmed
       * @example Sales
       */
      name: string;
      /**
       * Format: uuid
       * @description A group of this organisation; absent or `null`: a top-level group
       */
      parentGroupId?: string | null;
    };
    CreateInvitationDto: {
      /** @description Client companies of this tenant; a member or client inviting: only among their own (default: all of their own) */
      companyIds?: string[];
      /**
       * Format: email
       * @description Any spelling: stored normalised (trimmed, lower case)
       */
      email: string;
      /**
       * Format: uuid
       * @description A set of this tenant for members, clients and admins. Default: the built-in set for members and clients invited by the owner or a superadmin; the inviter's own set otherwise (and only that one may be given)
       */
      permissionSetId?: string;
      /**
       * @description At most the inviter's own role, unless the inviter is the owner or a superadmin
       * @enum {string}
       */
      role: 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
    };
    CreateMemberDto: {
      /** @description Values of the attributes product modules declare (`GET /member-attributes`): an unknown name or an invalid value is a 422 per field (`attributes.<name>`), a unique value another member holds a 409 `ATTRIBUTE_TAKEN`. At most 50 keys, scalar values, 8 KiB as JSON */
      attributes?: {
        [key: string]: (string | null) | number | boolean;
      };
      /** @description Client companies of this tenant */
      companyIds?: string[];
      /**
       * Format: email
       * @description An existing account is linked (its password and profile untouched); otherwise one is created. Required unless `fromContactId` names a contact with an email
       */
      email?: string;
      /** @description For a new account; checked against the tenant profile policy */
      firstName?: string;
      /**
       * Format: uuid
       * @description A contact of this organisation with panel access: its email, names and phone (and, for a client, its company) fill what the body leaves out; the contact is linked to the account. 422 `fromContactId: UNKNOWN_CONTACT | CONTACT_WITHOUT_PANEL_ACCESS`, `email: REQUIRED` (neither the body nor the contact has one)
       */
      fromContactId?: string;
      /** @description Positions and user groups of this tenant */
      groupIds?: string[];
      lastName?: string;
      /** @description Default `{ "mode": "link" }`; ignored for an existing account */
      password?: components['schemas']['MemberPasswordDto'];
      /**
       * Format: uuid
       * @description A set of this tenant; default for members and clients: the built-in "Full access". Superadmins and contacts hold none
       */
      permissionSetId?: string;
      /** @description Stored in E.164; national numbers are read in the tenant policy's phoneCountry */
      phone?: string;
      /** @enum {string} */
      role: 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
      /** @description Mail the new member their login details, never a password: with `set`, a notice naming the login email (the administrator hands the password over); with `generate`, a set-password link (the generated password works until it is used) */
      sendCredentials?: boolean;
    };
    CreatePermissionSetDto: {
      /**
       * @description Every action a set may grant; `rules` must then be absent or empty
       * @default false
       */
      full: boolean;
      /**
       * @description Unique in the organisation, case aside; trimmed
       * @example Sales
       */
      name: string;
      /** @description CASL raw rules over the catalogue */
      rules?: components['schemas']['PermissionRuleDto'][];
    };
    CreatePoolDto: {
      /** @enum {string} */
      kind: 'callerId' | 'smsSender';
      name: string;
      /**
       * @example [
       *       "+48221234567"
       *     ]
       */
      values: string[];
    };
    CreateTenantDto: {
      /**
       * Format: email
       * @description Where invoices go; separate from the owner's login email
       */
      billingEmail?: string;
      /** @example Acme Sp. z o.o. */
      name: string;
    };
    DeclineInvitationDto: {
      /**
       * Format: uuid
       * @description An id from `GET /me/invitations`
       */
      id?: string;
      token?: string;
    };
    EmailChangeCancelledResponse: {
      /**
       * Format: email
       * @description The login email after the cancellation
       */
      email: string;
      /** @description True when an already confirmed change was rolled back */
      restored: boolean;
    };
    ForgotPasswordDto: {
      /**
       * Format: email
       * @example anna.nowak@example.com
       */
      email: string;
    };
    /** @enum {string} */
    GroupKind: 'position' | 'group';
    GroupListResponse: {
      items: components['schemas']['GroupResponse'][];
      /** @description Pass as `cursor` for the next page; `null` on the last page */
      nextCursor: string | null;
    };
    GroupResponse: {
      /** @description Direct subgroups */
      childrenCount: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      kind: components['schemas']['GroupKind'];
      /** @description Members in the group itself (not in its subgroups) */
      membersCount: number;
      name: string;
      /**
       * Format: uuid
       * @description `null` for a top-level group
       */
      parentGroupId: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    InsolvencyEntryResponse: {
      /** Format: date */
      announcedAt: string;
      caseNumber: string;
      court: string;
      debtorName: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'bankruptcy' | 'restructuring' | 'closed';
      /** @description The debtor's tax number */
      taxId: string;
    };
    InsolvencySearchResponse: {
      items: components['schemas']['InsolvencyEntryResponse'][];
    };
    InvitationListResponse: {
      items: components['schemas']['InvitationResponse'][];
      /** @description Pass as `cursor` for the next page; `null` on the last page */
      nextCursor: string | null;
    };
    InvitationPreviewResponse: {
      /** @description The address has an account: sign in and accept; otherwise register through the invitation */
      accountExists: boolean;
      /** Format: email */
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /** @description The inviter's name, when the account has one */
      inviterName: string | null;
      /** @enum {string} */
      role: 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
      tenantName: string;
    };
    InvitationResponse: {
      /** Format: date-time */
      acceptedAt: string | null;
      companyIds: string[];
      /** Format: date-time */
      createdAt: string;
      /** Format: email */
      email: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description The account that sent it
       */
      invitedBy: string | null;
      /**
       * @description Delivery of the last mail sent for it
       * @enum {string}
       */
      mailStatus: 'queued' | 'sent' | 'failed' | 'unknown';
      /** Format: uuid */
      permissionSetId: string | null;
      /** @enum {string} */
      role: 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
      /** @description Mails sent: 1 plus the resends */
      sentCount: number;
      /**
       * @description A pending invitation past its expiry shows `expired`, swept or not
       * @enum {string}
       */
      status: 'pending' | 'accepted' | 'revoked' | 'expired' | 'declined';
    };
    InvitationTokenDto: {
      /** @description The token of the link in the invitation mail */
      token: string;
    };
    LabelsResponse: {
      /** @example View users */
      en: string;
      /** @example Podgląd użytkowników */
      pl: string;
      /** @example Перегляд користувачів */
      uk: string;
    };
    LoginDto: {
      /** @example anna.nowak@example.com */
      email: string;
      password: string;
    };
    MailboxEntryResponse: {
      /** @description HTML body */
      html: string;
      /**
       * Format: uuid
       * @description Outbox id of the mail (uuid v7)
       */
      id: string;
      /** Format: date-time */
      sentAt: string;
      /** @example Confirm your email address */
      subject: string;
      /** @description Plain-text body */
      text: string;
      /** @example ann@example.com */
      to: string;
    };
    MailboxListResponse: {
      items: components['schemas']['MailboxEntryResponse'][];
    };
    MemberAttributeLabelResponse: {
      en: string;
      pl: string;
      uk: string;
    };
    MemberAttributeListResponse: {
      items: components['schemas']['MemberAttributeResponse'][];
    };
    MemberAttributeResponse: {
      enum?: (string | number)[];
      integer?: boolean;
      label: components['schemas']['MemberAttributeLabelResponse'];
      max?: number;
      maxLength?: number;
      min?: number;
      /** @example sipExtension */
      name: string;
      /** @description Texts: a regular expression the whole value matches */
      pattern?: string;
      /** @enum {string} */
      type: 'string' | 'number' | 'boolean';
      /** @description At most one member of the organisation holds a given value */
      unique: boolean;
    };
    MemberListResponse: {
      items: components['schemas']['MemberResponse'][];
      /** @description Pass as `cursor` for the next page; `null` on the last page */
      nextCursor: string | null;
    };
    MemberPasswordDto: {
      /**
       * @description `set`: the administrator chooses it (`value`), the account can log in at once. `generate`: a random one, returned once as `generatedPassword` and never stored or mailed. `link`: no password; a set-password link is mailed.
       * @enum {string}
       */
      mode: 'set' | 'generate' | 'link';
      /** @description With `mode: "set"` only; checked against the password policy */
      value?: string;
    };
    MemberResponse: {
      attributes: {
        [key: string]: unknown;
      };
      companyIds: string[];
      /** Format: date-time */
      createdAt: string;
      /** Format: email */
      email: string;
      firstName: string | null;
      /** @description Positions and user groups */
      groupIds: string[];
      /**
       * Format: uuid
       * @description The membership id
       */
      id: string;
      lastName: string | null;
      /**
       * Format: uuid
       * @description Left out of the caller's own row: nobody reads their own permissions
       */
      permissionSetId?: string | null;
      /** @description E.164 */
      phone: string | null;
      role: components['schemas']['MembershipRole'];
      status: components['schemas']['MembershipStatus'];
      /** Format: uuid */
      userId: string;
    };
    /** @enum {string} */
    MembershipRole: 'owner' | 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
    /**
     * @description `blocked`: access to this organisation is blocked
     * @enum {string}
     */
    MembershipStatus: 'active' | 'blocked';
    MyInvitationListResponse: {
      items: components['schemas']['MyInvitationResponse'][];
      /** @description Pass as `cursor` for the next page; `null` on the last page */
      nextCursor: string | null;
    };
    MyInvitationResponse: {
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      id: string;
      inviterName: string | null;
      /** @enum {string} */
      role: 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
      /** Format: uuid */
      tenantId: string;
      tenantName: string;
    };
    MyTelephonyResponse: {
      callerId: components['schemas']['ChosenNumberResponse'] | null;
      /** Format: uuid */
      memberId: string;
      pools: components['schemas']['AssignedPoolResponse'][];
      sipExtension: string | null;
      smsSender: components['schemas']['ChosenNumberResponse'] | null;
    };
    MyTenantCompanyResponse: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    MyTenantListResponse: {
      items: components['schemas']['MyTenantResponse'][];
      /** @description Pass as `cursor` for the next page; `null` on the last page */
      nextCursor: string | null;
    };
    MyTenantResponse: {
      /** @description Client companies linked to the membership, by name */
      companies: components['schemas']['MyTenantCompanyResponse'][];
      name: string;
      role: components['schemas']['MembershipRole'];
      /** @description `blocked`: access to this organisation is blocked */
      status: components['schemas']['MembershipStatus'];
      /** Format: uuid */
      tenantId: string;
    };
    /** @enum {string} */
    NotificationCategory: 'general' | 'services' | 'domains' | 'payments' | 'support';
    OrderListResponse: {
      items: components['schemas']['OrderResponse'][];
    };
    OrderResponse: {
      /**
       * Format: uuid
       * @description The client company the order belongs to
       */
      companyId: string;
      /** @example PLN */
      currency: string;
      /** Format: uuid */
      id: string;
      /** @example MP-1001 */
      number: string;
      /** @enum {string} */
      status: 'open' | 'paid' | 'cancelled';
      /** @description In minor units */
      total: number;
    };
    PasswordChangedResponse: {
      /** @example true */
      passwordChanged: boolean;
    };
    PermissionCatalogResponse: {
      items: components['schemas']['CatalogSubjectResponse'][];
    };
    PermissionGroupResponse: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    PermissionRuleDto: {
      /** @example read */
      action: string;
      /**
       * @description Only the subject's `conditionFields`; plain equality, `$eq`, `$ne`, `$in`, `$nin` on strings, numbers, booleans or null
       * @example {
       *       "status": "active",
       *       "role": {
       *         "$in": [
       *           "member",
       *           "client"
       *         ]
       *       }
       *     }
       */
      conditions?: {
        [key: string]: unknown;
      };
      /** @description A "cannot" rule: takes precedence over the rules that allow */
      inverted?: boolean;
      /** @example Member */
      subject: string;
    };
    PermissionRuleResponse: {
      /** @example read */
      action: string;
      /**
       * @example {
       *       "status": "open"
       *     }
       */
      conditions?: {
        [key: string]: unknown;
      };
      /** @description A "cannot" rule */
      inverted?: boolean;
      /** @example Order */
      subject: string;
    };
    PermissionSetListResponse: {
      items: components['schemas']['PermissionSetResponse'][];
      /** @description Pass as `cursor` for the next page; `null` on the last page */
      nextCursor: string | null;
    };
    PermissionSetResponse: {
      /** @description The "Full access" set every organisation has; it cannot be changed or deleted */
      builtin: boolean;
      /** Format: date-time */
      createdAt: string;
      /** @description Grants every action a set may grant; `rules` is then empty */
      full: boolean;
      /** Format: uuid */
      id: string;
      /** @description Members holding the set */
      membersCount: number;
      name: string;
      rules: components['schemas']['PermissionRuleResponse'][];
      /** Format: date-time */
      updatedAt: string;
    };
    PoolListResponse: {
      items: components['schemas']['PoolResponse'][];
    };
    PoolMembersDto: {
      memberIds: string[];
    };
    PoolResponse: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'callerId' | 'smsSender';
      /** @description The members the pool is assigned to */
      memberIds: string[];
      name: string;
      values: string[];
    };
    ProblemDetails: {
      /**
       * @description Stable machine code; each response lists the codes it can carry
       * @example VALIDATION_FAILED
       */
      code: string;
      /**
       * @description Message in the caller's language
       * @example The request is not valid.
       */
      detail: string;
      /** @description One entry per broken field rule (validation and policy problems) */
      errors?: components['schemas']['ProblemFieldError'][];
      /**
       * @description Path of the request, without the query
       * @example /api/v1/auth/register
       */
      instance?: string;
      /**
       * @description The HTTP status, repeated
       * @example 400
       */
      status: number;
      /**
       * @description Short message in the caller's language
       * @example The request is not valid.
       */
      title: string;
      /**
       * @description URN derived from `code`
       * @example urn:problem:validation-failed
       */
      type: string;
    };
    ProblemFieldError: {
      /**
       * @description Stable machine code of the broken rule
       * @example PASSWORD_TOO_SHORT
       */
      code: string;
      /**
       * @description Dotted path of the input field
       * @example password
       */
      field: string;
      /**
       * @description The rule's message in the caller's language (`Accept-Language`)
       * @example Use at least 10 characters.
       */
      message: string;
      /**
       * @description Values of the rule, e.g. `{ "min": 10 }`
       * @example {
       *       "min": 10
       *     }
       */
      params?: {
        [key: string]: unknown;
      };
    };
    ProfileResponse: {
      /** Format: date-time */
      createdAt: string;
      /** Format: email */
      email: string;
      /** Format: date-time */
      emailVerifiedAt: string | null;
      firstName: string | null;
      /** Format: uuid */
      id: string;
      lastName: string | null;
      /** @enum {string} */
      locale: 'en' | 'pl' | 'uk';
      mustChangePassword: boolean;
      /** @description E.164 */
      phone: string | null;
      /** @enum {string} */
      status: 'pending' | 'active' | 'disabled';
    };
    RefreshDto: {
      /** @description The refresh token from login or the previous refresh */
      refreshToken: string;
    };
    RegisterDto: {
      /**
       * Format: email
       * @description Trimmed and lower-cased before use
       * @example anna.nowak@example.com
       */
      email: string;
      /** @example Anna */
      firstName?: string;
      /** @example Nowak */
      lastName?: string;
      /**
       * @description Language of mails; default from Accept-Language
       * @enum {string}
       */
      locale?: 'en' | 'pl' | 'uk';
      /**
       * @description Checked against the password policy
       * @example correct horse battery staple
       */
      password: string;
    };
    RegisterFromInvitationDto: {
      /** @description Checked against the organisation's profile policy */
      firstName: string;
      lastName: string;
      /** @description Checked against the account-wide and the organisation's policy */
      password: string;
      /** @description When the organisation's profile policy asks for one; stored in E.164 */
      phone?: string;
      /** @description The token of the link in the invitation mail */
      token: string;
    };
    ResetPasswordDto: {
      /** @description The new password */
      password: string;
      /** @description The `token` query parameter of the link */
      token: string;
    };
    SeatsResponse: {
      /** @description The plan's seat limit */
      limit: number;
      /** @description Memberships today; may exceed `limit` after a downgrade (nobody is removed, new adds are refused) */
      used: number;
    };
    SessionListResponse: {
      items: components['schemas']['SessionResponse'][];
    };
    SessionResponse: {
      /** Format: date-time */
      createdAt: string;
      /** @description The session this request is made with */
      current: boolean;
      /** Format: date-time */
      expiresAt: string;
      /** Format: uuid */
      id: string;
      ip: string | null;
      /** Format: date-time */
      lastSeenAt: string;
      userAgent: string | null;
    };
    SipExtensionResponse: {
      /** Format: uuid */
      memberId: string;
      /** @example 101 */
      sipExtension: string | null;
    };
    SipRangeDto: {
      /** @example 100 */
      first: number;
      /** @example 199 */
      last: number;
    };
    SipRangeResponse: {
      first: number | null;
      last: number | null;
    };
    TelephonyUserResponse: {
      callerId: components['schemas']['ChosenNumberResponse'] | null;
      /** Format: email */
      email: string;
      firstName: string | null;
      lastName: string | null;
      /** Format: uuid */
      memberId: string;
      /** @description Exactly one for members and clients; none for the owner and superadmins. Left out of the caller's own card */
      permissionGroup?: components['schemas']['PermissionGroupResponse'] | null;
      pools: components['schemas']['AssignedPoolResponse'][];
      role: string;
      sipExtension: string | null;
      smsSender: components['schemas']['ChosenNumberResponse'] | null;
    };
    TenantDetailResponse: {
      /**
       * Format: email
       * @description Shown to the owner only
       */
      billingEmail?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      ownerUserId: string;
      /** @description Plan name from the plans file */
      plan: string;
      /**
       * @description The caller's role; null for an actor that is not a member (an API key)
       * @enum {string|null}
       */
      role: 'owner' | 'superadmin' | 'admin' | 'member' | 'client' | 'contact' | null;
      seats: components['schemas']['SeatsResponse'];
      settings: components['schemas']['TenantSettingsResponse'];
    };
    TenantResponse: {
      /**
       * Format: email
       * @description Shown to the owner only
       */
      billingEmail?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: uuid */
      ownerUserId: string;
      /** @description Plan name from the plans file */
      plan: string;
      settings: components['schemas']['TenantSettingsResponse'];
    };
    TenantSettingsResponse: {
      /** @description Members (not only admins) may invite people */
      membersCanInvite: boolean;
      /**
       * @description Override of the account-wide password policy, only stricter; `{}`: the account's as it is
       * @example {
       *       "minLength": 16
       *     }
       */
      passwordPolicy: {
        [key: string]: unknown;
      };
      /** @description nameScript, nameMinLength, requirePhone, phoneCountry, phonePrefixes, uniquePhone */
      profilePolicy: {
        [key: string]: unknown;
      };
      /** @description A member has one session at a time: a login ends the others (SESSION_REPLACED) */
      singleSession: boolean;
    };
    TokenDto: {
      /** @description The `token` query parameter of the link */
      token: string;
    };
    TokenPairResponse: {
      /** @description Access JWT (ES256, `kid` in the header; keys at `/.well-known/jwks.json`), send as `Authorization: Bearer` */
      accessToken: string;
      /**
       * @description Access token lifetime in seconds
       * @example 600
       */
      expiresIn: number;
      /** @description Opaque refresh token; single use, rotated by /auth/refresh */
      refreshToken: string;
      /** Format: uuid */
      sessionId: string;
      /** @example Bearer */
      tokenType: string;
    };
    TransferOwnershipDto: {
      /**
       * Format: uuid
       * @description The account id of an active member with panel access
       */
      userId: string;
    };
    UpdateCompanyDto: {
      /** @example Alpha sp. z o.o. */
      name?: string;
      taxId?: string | null;
    };
    UpdateContactDto: {
      /**
       * Format: uuid
       * @description `null`: the tenant's own contact
       */
      companyId?: string | null;
      /** Format: email */
      email?: string | null;
      firstName?: string;
      lastName?: string;
      /** @description Replaces the list */
      notificationCategories?: ('general' | 'services' | 'domains' | 'payments' | 'support')[];
      panelAccess?: boolean;
      phone?: string | null;
      position?: string | null;
    };
    UpdateGroupDto: {
      /** @enum {string} */
      kind?: 'position' | 'group';
      /** @example Sales */
      name?: string;
      /**
       * Format: uuid
       * @description Moves the group (with its subgroups). Never under itself or one of its subgroups: 422 `parentGroupId: GROUP_CYCLE`
       */
      parentGroupId?: string | null;
    };
    UpdateMemberDto: {
      /** @description Merged key by key into the stored attributes: a value sets the key, `null` removes it, keys not sent stay */
      attributes?: {
        [key: string]: (string | null) | number | boolean;
      };
      /** @description Client companies of this tenant: replaces the set (`[]` or `null` unlinks every one) */
      companyIds?: string[] | null;
      /** @description Only for an account this tenant created */
      firstName?: string | null;
      /** @description Replaces the member's positions and user groups (`[]`: none) */
      groupIds?: string[];
      lastName?: string | null;
      /**
       * Format: uuid
       * @description `null` only for admins; members and clients always hold one
       */
      permissionSetId?: string | null;
      phone?: string | null;
      /**
       * @description Never `owner`: only a transfer makes owners
       * @enum {string}
       */
      role?: 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
    };
    UpdatePermissionSetDto: {
      /** @description `true` clears the rules; `false` keeps the stored rules unless `rules` is given */
      full?: boolean;
      /** @example Sales */
      name?: string;
      /** @description Replaces the rules; for a set that is (or stays) full, 422 `rules: RULES_WITH_FULL_ACCESS` */
      rules?: components['schemas']['PermissionRuleDto'][];
    };
    UpdateProfileDto: {
      /** @example Anna */
      firstName?: string;
      /** @example Nowak */
      lastName?: string;
      /** @enum {string} */
      locale?: 'en' | 'pl' | 'uk';
      /**
       * @description International format; stored as E.164; empty clears it
       * @example +48 601 234 567
       */
      phone?: string;
    };
    UpdateTenantDto: {
      /**
       * Format: email
       * @description Owner only. `null` clears it. Never the owner's login email, and changing either leaves the other alone
       */
      billingEmail?: string | null;
      /** @example Acme Sp. z o.o. */
      name?: string;
      /**
       * @description Key by key: each key sent replaces that setting whole, `null` resets it to its default, keys not sent stay. Keys: `membersCanInvite`, `singleSession`, `passwordPolicy` (only stricter than the account-wide policy), `profilePolicy`. Refused settings: 422 `INVALID_SETTINGS` with `settings.<key>...` field errors
       * @example {
       *       "singleSession": true,
       *       "passwordPolicy": {
       *         "minLength": 16
       *       }
       *     }
       */
      settings?: {
        [key: string]: unknown;
      };
    };
    UsageItemResponse: {
      /**
       * @description The plan's monthly limit; null when the plan sets none
       * @example 1000
       */
      limit: number | null;
      /** @example search */
      metric: string;
      /**
       * @description The calendar month (UTC) the counter belongs to
       * @example 2026-12
       */
      period: string;
      /**
       * Format: date-time
       * @description When the pool starts again: the 1st of next month, 00:00 UTC
       */
      resetsAt: string;
      /**
       * @description Consumed this month by every member and the API key together
       * @example 412
       */
      used: number;
    };
    UsageListResponse: {
      items: components['schemas']['UsageItemResponse'][];
    };
    VerifyEmailResponse: {
      /** Format: email */
      email: string;
      /** @example true */
      emailVerified: boolean;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getJwks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description `{ keys: [{ kty, crv, x, y, kid, alg, use }] }` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  adminListTenants: {
    parameters: {
      query?: {
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Page size */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminTenantListResponse'];
        };
      };
      /** @description Bad Request: `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Not Found: `NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  adminChangeTenantPlan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePlanDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminTenantResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Not Found: `NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `UNKNOWN_PLAN` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNKNOWN_PLAN';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  cancelEmailChange: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailChangeCancelledResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `TOKEN_INVALID`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'TOKEN_INVALID' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Conflict: `EMAIL_TAKEN` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'EMAIL_TAKEN';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Gone: `TOKEN_EXPIRED`, `TOKEN_USED` */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOKEN_EXPIRED' | 'TOKEN_USED';
            /** @enum {integer} */
            status: 410;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_REQUESTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_REQUESTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  confirmEmailChange: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProfileResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `TOKEN_INVALID`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'TOKEN_INVALID' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Conflict: `EMAIL_TAKEN` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'EMAIL_TAKEN';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Gone: `TOKEN_EXPIRED`, `TOKEN_USED` */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOKEN_EXPIRED' | 'TOKEN_USED';
            /** @enum {integer} */
            status: 410;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_REQUESTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_REQUESTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `INVALID_CREDENTIALS` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVALID_CREDENTIALS';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `ACCOUNT_DISABLED`, `EMAIL_NOT_VERIFIED` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCOUNT_DISABLED' | 'EMAIL_NOT_VERIFIED';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_LOGIN_ATTEMPTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_LOGIN_ATTEMPTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
      /** @description Service Unavailable: `SERVICE_UNAVAILABLE` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'SERVICE_UNAVAILABLE';
            /** @enum {integer} */
            status: 503;
          };
        };
      };
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session is revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  forgotPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ForgotPasswordDto'];
      };
    };
    responses: {
      /** @description Accepted, whether or not the email has an account */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_REQUESTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_REQUESTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ResetPasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordChangedResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `TOKEN_INVALID`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'TOKEN_INVALID' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Gone: `TOKEN_EXPIRED`, `TOKEN_USED` */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOKEN_EXPIRED' | 'TOKEN_USED';
            /** @enum {integer} */
            status: 410;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `PASSWORD_POLICY` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PASSWORD_POLICY';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_REQUESTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_REQUESTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
      /** @description Service Unavailable: `PASSWORD_CHECK_UNAVAILABLE`, `SERVICE_UNAVAILABLE` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PASSWORD_CHECK_UNAVAILABLE' | 'SERVICE_UNAVAILABLE';
            /** @enum {integer} */
            status: 503;
          };
        };
      };
    };
  };
  refreshSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `REFRESH_TOKEN_INVALID`, `REFRESH_TOKEN_REUSED`, `SESSION_EXPIRED`, `SESSION_REPLACED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'REFRESH_TOKEN_INVALID' | 'REFRESH_TOKEN_REUSED' | 'SESSION_EXPIRED' | 'SESSION_REPLACED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  register: {
    parameters: {
      query?: never;
      header?: {
        /** @description Language of the mails when `locale` is not given: en, pl, uk */
        'accept-language'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterDto'];
      };
    };
    responses: {
      /** @description Accepted; check the mailbox */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `PASSWORD_POLICY` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PASSWORD_POLICY';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_REQUESTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_REQUESTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
      /** @description Service Unavailable: `PASSWORD_CHECK_UNAVAILABLE`, `SERVICE_UNAVAILABLE` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PASSWORD_CHECK_UNAVAILABLE' | 'SERVICE_UNAVAILABLE';
            /** @enum {integer} */
            status: 503;
          };
        };
      };
    };
  };
  verifyEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerifyEmailResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `TOKEN_INVALID`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'TOKEN_INVALID' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Gone: `TOKEN_EXPIRED`, `TOKEN_USED` */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOKEN_EXPIRED' | 'TOKEN_USED';
            /** @enum {integer} */
            status: 410;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_REQUESTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_REQUESTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listDevMailbox: {
    parameters: {
      query?: {
        /** @description How many mails, newest first */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailboxListResponse'];
        };
      };
      /** @description Bad Request: `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  previewInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The token of the link in the invitation mail */
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationPreviewResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Not Found: `INVITATION_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Gone: `INVITATION_DECLINED`, `INVITATION_EXPIRED`, `INVITATION_REVOKED`, `INVITATION_USED` */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_DECLINED' | 'INVITATION_EXPIRED' | 'INVITATION_REVOKED' | 'INVITATION_USED';
            /** @enum {integer} */
            status: 410;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_REQUESTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_REQUESTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationTokenDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedInvitationResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `INVITATION_EMAIL_MISMATCH` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_EMAIL_MISMATCH';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `INVITATION_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `ALREADY_MEMBER`, `INVITATION_PERMISSION_SET_GONE`, `SEAT_LIMIT_REACHED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ALREADY_MEMBER' | 'INVITATION_PERMISSION_SET_GONE' | 'SEAT_LIMIT_REACHED';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Gone: `INVITATION_DECLINED`, `INVITATION_EXPIRED`, `INVITATION_REVOKED`, `INVITATION_USED` */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_DECLINED' | 'INVITATION_EXPIRED' | 'INVITATION_REVOKED' | 'INVITATION_USED';
            /** @enum {integer} */
            status: 410;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_REQUESTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_REQUESTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  declineInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclineInvitationDto'];
      };
    };
    responses: {
      /** @description Declined */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `INVITATION_EMAIL_MISMATCH` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_EMAIL_MISMATCH';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `INVITATION_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Gone: `INVITATION_DECLINED`, `INVITATION_EXPIRED`, `INVITATION_REVOKED`, `INVITATION_USED` */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_DECLINED' | 'INVITATION_EXPIRED' | 'INVITATION_REVOKED' | 'INVITATION_USED';
            /** @enum {integer} */
            status: 410;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_REQUESTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_REQUESTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  registerFromInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterFromInvitationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AcceptedInvitationResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Not Found: `INVITATION_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `ALREADY_MEMBER`, `EMAIL_TAKEN`, `INVITATION_PERMISSION_SET_GONE`, `PHONE_TAKEN`, `SEAT_LIMIT_REACHED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ALREADY_MEMBER' | 'EMAIL_TAKEN' | 'INVITATION_PERMISSION_SET_GONE' | 'PHONE_TAKEN' | 'SEAT_LIMIT_REACHED';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Gone: `INVITATION_DECLINED`, `INVITATION_EXPIRED`, `INVITATION_REVOKED`, `INVITATION_USED` */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_DECLINED' | 'INVITATION_EXPIRED' | 'INVITATION_REVOKED' | 'INVITATION_USED';
            /** @enum {integer} */
            status: 410;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `PASSWORD_POLICY`, `PROFILE_POLICY` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PASSWORD_POLICY' | 'PROFILE_POLICY';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_REQUESTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_REQUESTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
      /** @description Service Unavailable: `PASSWORD_CHECK_UNAVAILABLE` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PASSWORD_CHECK_UNAVAILABLE';
            /** @enum {integer} */
            status: 503;
          };
        };
      };
    };
  };
  getMyProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProfileResponse'];
        };
      };
      /** @description Bad Request: `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  updateMyProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProfileDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProfileResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  changeMyEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeEmailDto'];
      };
    };
    responses: {
      /** @description Also when the new address already has an account: it gets a notice instead of the link */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `CURRENT_PASSWORD_INVALID` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'CURRENT_PASSWORD_INVALID';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `EMAIL_UNCHANGED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'EMAIL_UNCHANGED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_LOGIN_ATTEMPTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_LOGIN_ATTEMPTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
      /** @description Service Unavailable: `SERVICE_UNAVAILABLE` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'SERVICE_UNAVAILABLE';
            /** @enum {integer} */
            status: 503;
          };
        };
      };
    };
  };
  listMyInvitations: {
    parameters: {
      query?: {
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Page size */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyInvitationListResponse'];
        };
      };
      /** @description Bad Request: `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  changeMyPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordChangedResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `CURRENT_PASSWORD_INVALID` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'CURRENT_PASSWORD_INVALID';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `PASSWORD_POLICY` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PASSWORD_POLICY';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Too Many Requests: `TOO_MANY_LOGIN_ATTEMPTS` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TOO_MANY_LOGIN_ATTEMPTS';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
      /** @description Service Unavailable: `PASSWORD_CHECK_UNAVAILABLE`, `SERVICE_UNAVAILABLE` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PASSWORD_CHECK_UNAVAILABLE' | 'SERVICE_UNAVAILABLE';
            /** @enum {integer} */
            status: 503;
          };
        };
      };
    };
  };
  listMySessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionListResponse'];
        };
      };
      /** @description Bad Request: `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  revokeMySession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Session id, as in `GET /me/sessions` */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session is revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Not Found: `SESSION_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'SESSION_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listMyTenants: {
    parameters: {
      query?: {
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Page size */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyTenantListResponse'];
        };
      };
      /** @description Bad Request: `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  createTenant: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTenantDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantResponse'];
        };
      };
      /** @description Bad Request: `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantDetailResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  updateTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTenantDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantDetailResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `INVALID_SETTINGS` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVALID_SETTINGS';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listTenantActivity: {
    parameters: {
      query?: {
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Page size */
        limit?: number;
      };
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getTenantApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `API_KEY_UNREADABLE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'API_KEY_UNREADABLE';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
      /** @description Service Unavailable: `API_KEY_NOT_CONFIGURED` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'API_KEY_NOT_CONFIGURED';
            /** @enum {integer} */
            status: 503;
          };
        };
      };
    };
  };
  rotateTenantApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
      /** @description Service Unavailable: `API_KEY_NOT_CONFIGURED` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'API_KEY_NOT_CONFIGURED';
            /** @enum {integer} */
            status: 503;
          };
        };
      };
    };
  };
  configureDemoCashRegister: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CashRegisterDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CashRegisterResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listCompanies: {
    parameters: {
      query?: {
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Page size */
        limit?: number;
        /** @description Case-insensitive substring of the name or the tax id */
        q?: string;
      };
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  createCompany: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCompanyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `COMPANY_NAME_TAKEN` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'COMPANY_NAME_TAKEN';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getCompany: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        companyId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `COMPANY_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'COMPANY_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  deleteCompany: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        companyId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `COMPANY_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'COMPANY_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `COMPANY_IN_USE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'COMPANY_IN_USE';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  updateCompany: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        companyId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCompanyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompanyResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `COMPANY_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'COMPANY_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `COMPANY_NAME_TAKEN` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'COMPANY_NAME_TAKEN';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listContacts: {
    parameters: {
      query?: {
        /** @description Contacts subscribed to this category */
        category?: 'general' | 'services' | 'domains' | 'payments' | 'support';
        /** @description The company's contacts */
        companyId?: string;
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Page size */
        limit?: number;
        /** @description Case-insensitive substring of the name, email, phone or position */
        q?: string;
      };
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  createContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContactDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `CONTACT_LIMIT_REACHED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'CONTACT_LIMIT_REACHED';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contactId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `CONTACT_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'CONTACT_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  deleteContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contactId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `CONTACT_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'CONTACT_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contactId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateContactDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `CONTACT_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'CONTACT_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listGroups: {
    parameters: {
      query?: {
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Page size */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  createGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateGroupDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `GROUP_LIMIT_REACHED`, `GROUP_NAME_TAKEN` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'GROUP_LIMIT_REACHED' | 'GROUP_NAME_TAKEN';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        groupId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `GROUP_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'GROUP_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  deleteGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        groupId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `GROUP_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'GROUP_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `GROUP_NOT_EMPTY` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'GROUP_NOT_EMPTY';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  updateGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        groupId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateGroupDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GroupResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `GROUP_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'GROUP_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `GROUP_NAME_TAKEN` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'GROUP_NAME_TAKEN';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listInvitations: {
    parameters: {
      query?: {
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Page size */
        limit?: number;
        /** @description A pending invitation past its expiry counts as `expired` */
        status?: 'pending' | 'accepted' | 'revoked' | 'expired' | 'declined';
      };
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  createInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `INVITATION_EXCEEDS_RIGHTS`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'INVITATION_EXCEEDS_RIGHTS' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `EMAIL_TAKEN`, `INVITATION_PENDING`, `SEAT_LIMIT_REACHED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'EMAIL_TAKEN' | 'INVITATION_PENDING' | 'SEAT_LIMIT_REACHED';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  revokeInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitationId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Revoked */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `INVITATION_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `INVITATION_NOT_PENDING` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_NOT_PENDING';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  resendInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        invitationId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `INVITATION_EXCEEDS_RIGHTS`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'INVITATION_EXCEEDS_RIGHTS' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `INVITATION_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INVITATION_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `EMAIL_TAKEN`, `INVITATION_NOT_PENDING`, `INVITATION_PENDING`, `SEAT_LIMIT_REACHED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'EMAIL_TAKEN' | 'INVITATION_NOT_PENDING' | 'INVITATION_PENDING' | 'SEAT_LIMIT_REACHED';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listMemberAttributes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberAttributeListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listMembers: {
    parameters: {
      query?: {
        /** @description Members linked to this client company */
        companyId?: string;
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Members of this group (not of its subgroups) */
        groupId?: string;
        /** @description Page size */
        limit?: number;
        /** @description Case-insensitive substring of the email, first or last name */
        q?: string;
        role?: 'owner' | 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
        status?: 'active' | 'blocked';
      };
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  createMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMemberDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedMemberResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `ACCOUNT_NOT_CONFIRMED`, `ATTRIBUTE_TAKEN`, `EMAIL_TAKEN`, `PHONE_TAKEN`, `SEAT_LIMIT_REACHED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCOUNT_NOT_CONFIRMED' | 'ATTRIBUTE_TAKEN' | 'EMAIL_TAKEN' | 'PHONE_TAKEN' | 'SEAT_LIMIT_REACHED';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `PASSWORD_POLICY`, `PROFILE_POLICY`, `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PASSWORD_POLICY' | 'PROFILE_POLICY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
      /** @description Service Unavailable: `PASSWORD_CHECK_UNAVAILABLE` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PASSWORD_CHECK_UNAVAILABLE';
            /** @enum {integer} */
            status: 503;
          };
        };
      };
    };
  };
  getMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        memberId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `MEMBER_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MEMBER_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  removeMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        memberId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `CANNOT_MODIFY_OWNER`, `CANNOT_MODIFY_SELF`, `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'CANNOT_MODIFY_OWNER' | 'CANNOT_MODIFY_SELF' | 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `MEMBER_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MEMBER_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  updateMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        memberId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMemberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `CANNOT_MODIFY_OWNER`, `CANNOT_MODIFY_SELF`, `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'CANNOT_MODIFY_OWNER' | 'CANNOT_MODIFY_SELF' | 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `MEMBER_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MEMBER_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `ATTRIBUTE_TAKEN`, `PHONE_TAKEN`, `PROFILE_NOT_MANAGED` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ATTRIBUTE_TAKEN' | 'PHONE_TAKEN' | 'PROFILE_NOT_MANAGED';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `PROFILE_POLICY`, `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PROFILE_POLICY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listMemberActivity: {
    parameters: {
      query?: {
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Page size */
        limit?: number;
      };
      header?: never;
      path: {
        memberId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `MEMBER_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MEMBER_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  blockMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        memberId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `CANNOT_BLOCK_SELF`, `CANNOT_MODIFY_OWNER`, `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'CANNOT_BLOCK_SELF' | 'CANNOT_MODIFY_OWNER' | 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `MEMBER_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MEMBER_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  unblockMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        memberId: string;
        /** @description The organisation */
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `CANNOT_BLOCK_SELF`, `CANNOT_MODIFY_OWNER`, `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'CANNOT_BLOCK_SELF' | 'CANNOT_MODIFY_OWNER' | 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `MEMBER_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MEMBER_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listDemoOrders: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  cancelDemoOrder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        orderId: string;
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrderResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listPermissionSets: {
    parameters: {
      query?: {
        /** @description Opaque cursor: the `nextCursor` of the previous page */
        cursor?: string;
        /** @description Page size */
        limit?: number;
      };
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionSetListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  createPermissionSet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePermissionSetDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionSetResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `PERMISSION_SET_LIMIT_REACHED`, `PERMISSION_SET_NAME_TAKEN` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PERMISSION_SET_LIMIT_REACHED' | 'PERMISSION_SET_NAME_TAKEN';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `PERMISSION_RULES_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PERMISSION_RULES_INVALID';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getPermissionSet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        permissionSetId: string;
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionSetResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `PERMISSION_SET_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PERMISSION_SET_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  deletePermissionSet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        permissionSetId: string;
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `PERMISSION_SET_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PERMISSION_SET_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `PERMISSION_SET_BUILTIN`, `PERMISSION_SET_IN_USE` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PERMISSION_SET_BUILTIN' | 'PERMISSION_SET_IN_USE';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  updatePermissionSet: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        permissionSetId: string;
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePermissionSetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionSetResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `PERMISSION_SET_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PERMISSION_SET_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `PERMISSION_SET_BUILTIN`, `PERMISSION_SET_NAME_TAKEN` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PERMISSION_SET_BUILTIN' | 'PERMISSION_SET_NAME_TAKEN';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `PERMISSION_RULES_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PERMISSION_RULES_INVALID';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getPermissionCatalog: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PermissionCatalogResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  searchDemoInsolvencies: {
    parameters: {
      query: {
        q: string;
      };
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InsolvencySearchResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `API_KEY_INVALID`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'API_KEY_INVALID' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Too Many Requests: `QUOTA_EXCEEDED` */
      429: {
        headers: {
          /** @description Seconds to wait before trying again */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'QUOTA_EXCEEDED';
            /** @enum {integer} */
            status: 429;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getMyDemoTelephony: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyTelephonyResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS`, `TELEPHONY_MEMBERS_ONLY` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS' | 'TELEPHONY_MEMBERS_ONLY';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  chooseMyDemoCallerId: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChooseNumberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChosenNumberResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS`, `TELEPHONY_MEMBERS_ONLY` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS' | 'TELEPHONY_MEMBERS_ONLY';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  chooseMyDemoSmsSender: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChooseNumberDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChosenNumberResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS`, `TELEPHONY_MEMBERS_ONLY` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS' | 'TELEPHONY_MEMBERS_ONLY';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getDemoTelephonyUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        memberId: string;
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TelephonyUserResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `MEMBER_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MEMBER_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  assignDemoSipExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        memberId: string;
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignSipExtensionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SipExtensionResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `MEMBER_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MEMBER_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `ATTRIBUTE_POOL_EXHAUSTED`, `ATTRIBUTE_TAKEN`, `SIP_RANGE_NOT_SET` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ATTRIBUTE_POOL_EXHAUSTED' | 'ATTRIBUTE_TAKEN' | 'SIP_RANGE_NOT_SET';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  releaseDemoSipExtension: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        memberId: string;
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `MEMBER_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MEMBER_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  listDemoNumberPools: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PoolListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  createDemoNumberPool: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePoolDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PoolResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Conflict: `POOL_NAME_TAKEN` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'POOL_NAME_TAKEN';
            /** @enum {integer} */
            status: 409;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  setDemoNumberPoolMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        poolId: string;
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PoolMembersDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PoolResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `POOL_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'POOL_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getDemoSipRange: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SipRangeResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  setDemoSipRange: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SipRangeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SipRangeResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `VALIDATION_FAILED` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  transferTenantOwnership: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransferOwnershipDto'];
      };
    };
    responses: {
      /** @description The organisation as the former owner now sees it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TenantDetailResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `BODY_TOO_DEEP`, `BODY_TOO_MANY_VALUES`, `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'BODY_TOO_DEEP' | 'BODY_TOO_MANY_VALUES' | 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `MEMBER_NOT_FOUND`, `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MEMBER_NOT_FOUND' | 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Payload Too Large: `PAYLOAD_TOO_LARGE` */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'PAYLOAD_TOO_LARGE';
            /** @enum {integer} */
            status: 413;
          };
        };
      };
      /** @description Unsupported Media Type: `UNSUPPORTED_MEDIA_TYPE` */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'UNSUPPORTED_MEDIA_TYPE';
            /** @enum {integer} */
            status: 415;
          };
        };
      };
      /** @description Unprocessable Entity: `TRANSFER_TARGET_INVALID` */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TRANSFER_TARGET_INVALID';
            /** @enum {integer} */
            status: 422;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  getTenantUsage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        tenantId: unknown;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UsageListResponse'];
        };
      };
      /** @description Bad Request: `BAD_REQUEST`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `API_KEY_INVALID`, `SESSION_REPLACED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'API_KEY_INVALID' | 'SESSION_REPLACED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
          };
        };
      };
      /** @description Forbidden: `FORBIDDEN`, `MEMBERSHIP_BLOCKED`, `NO_PANEL_ACCESS` */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'FORBIDDEN' | 'MEMBERSHIP_BLOCKED' | 'NO_PANEL_ACCESS';
            /** @enum {integer} */
            status: 403;
          };
        };
      };
      /** @description Not Found: `TENANT_NOT_FOUND` */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'TENANT_NOT_FOUND';
            /** @enum {integer} */
            status: 404;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  checkLiveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The process is up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      /** @description Bad Request: `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
    };
  };
  checkReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Database and queue are reachable */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            details?: {
              [key: string]: unknown;
            };
            /** @example {} */
            error?: {
              [key: string]: unknown;
            };
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "queue": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: unknown;
            };
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      /** @description Bad Request: `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Internal Server Error: `INTERNAL` */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'INTERNAL';
            /** @enum {integer} */
            status: 500;
          };
        };
      };
      /** @description Service Unavailable: `SERVICE_UNAVAILABLE` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'SERVICE_UNAVAILABLE';
            /** @enum {integer} */
            status: 503;
          };
        };
      };
    };
  };
}
