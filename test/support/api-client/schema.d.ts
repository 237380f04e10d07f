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
     * @description `INVALID_CREDENTIALS` for an unknown email and a wrong password alike; `EMAIL_NOT_VERIFIED` and `ACCOUNT_DISABLED` only after a correct password; `TOO_MANY_LOGIN_ATTEMPTS` with `Retry-After`.
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
    /** Rotate the refresh token; a reused one revokes the whole session */
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
    /** @enum {string} */
    MembershipRole: 'owner' | 'superadmin' | 'admin' | 'member' | 'client' | 'contact';
    /**
     * @description `blocked`: access to this organisation is blocked
     * @enum {string}
     */
    MembershipStatus: 'active' | 'blocked';
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
    PasswordChangedResponse: {
      /** @example true */
      passwordChanged: boolean;
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
    ResetPasswordDto: {
      /** @description The new password */
      password: string;
      /** @description The `token` query parameter of the link */
      token: string;
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
      /** @description Bad Request: `MALFORMED_BODY`, `TOKEN_INVALID`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'TOKEN_INVALID' | 'VALIDATION_FAILED';
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
      /** @description Bad Request: `MALFORMED_BODY`, `TOKEN_INVALID`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'TOKEN_INVALID' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
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
      /** @description Bad Request: `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'VALIDATION_FAILED';
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
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
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
      /** @description Bad Request: `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
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
      /** @description Bad Request: `MALFORMED_BODY`, `TOKEN_INVALID`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'TOKEN_INVALID' | 'VALIDATION_FAILED';
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
      /** @description Bad Request: `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `REFRESH_TOKEN_INVALID`, `REFRESH_TOKEN_REUSED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'REFRESH_TOKEN_INVALID' | 'REFRESH_TOKEN_REUSED';
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
      /** @description Bad Request: `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
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
      /** @description Bad Request: `MALFORMED_BODY`, `TOKEN_INVALID`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'TOKEN_INVALID' | 'VALIDATION_FAILED';
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
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
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
      /** @description Bad Request: `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
            /** @enum {integer} */
            status: 401;
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
      /** @description Bad Request: `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
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
      /** @description Bad Request: `MALFORMED_BODY`, `VALIDATION_FAILED` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'MALFORMED_BODY' | 'VALIDATION_FAILED';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
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
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
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
      /** @description Bad Request: `BAD_REQUEST` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'BAD_REQUEST';
            /** @enum {integer} */
            status: 400;
          };
        };
      };
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
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
      /** @description Unauthorized: `ACCESS_TOKEN_EXPIRED`, `ACCOUNT_DISABLED`, `SESSION_REVOKED`, `UNAUTHORIZED` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'] & {
            /** @enum {string} */
            code: 'ACCESS_TOKEN_EXPIRED' | 'ACCOUNT_DISABLED' | 'SESSION_REVOKED' | 'UNAUTHORIZED';
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
