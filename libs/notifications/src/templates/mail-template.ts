import type { Locale } from '@tenant-iam/common';

/** A mail ready to send: what a template returns for one locale. */
export interface RenderedMail {
  subject: string;
  text: string;
  /** HTML body; build it with {@link html} so data values are escaped. */
  html: string;
}

/** What a template gets besides its data. */
export interface MailContext {
  /** The locale being rendered. */
  locale: Locale;
  /** `${appUrl}/${path}?token=${encodeURIComponent(token)}`; a leading `/` in `path` is ignored. */
  link(path: string, token: string): string;
  /** The application's base URL, without a trailing `/`. */
  appUrl: string;
}

/** One mail in every locale: `{ en: (data, ctx) => ..., pl: ..., uk: ... }`. */
export type MailTemplate = Record<Locale, (data: Record<string, any>, ctx: MailContext) => RenderedMail>;

/** Templates by name, e.g. `{ 'identity.verify-email': {...} }`. Names are global: prefix them with the lib. */
export type MailTemplates = Record<string, MailTemplate>;
