import { LOCALES, Locale } from '@tenant-iam/common';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { NOTIFICATIONS_OPTIONS } from '../notifications.module-definition';
import type { ResolvedNotificationsOptions } from '../notifications.options';
import type { MailContext, MailTemplate, MailTemplates, RenderedMail } from './mail-template';
import { NotificationsFeature } from './notifications-feature';

/** Thrown when a mail names a template nobody registered. */
export class UnknownTemplateError extends Error {
  constructor(readonly template: string) {
    super(`Unknown mail template "${template}"`);
  }
}

/**
 * Merges template sets, refusing a name registered twice or a template missing a locale: both
 * are wiring mistakes that must stop the boot, not surface as a lost mail days later.
 */
export function mergeTemplateSets(sets: readonly MailTemplates[]): Map<string, MailTemplate> {
  const merged = new Map<string, MailTemplate>();
  for (const set of sets) {
    for (const [name, template] of Object.entries(set)) {
      if (merged.has(name)) {
        throw new Error(`NotificationsModule: mail template "${name}" is registered twice (check the forFeature calls)`);
      }
      const missing = LOCALES.filter((locale) => typeof template?.[locale] !== 'function');
      if (missing.length) {
        throw new Error(`NotificationsModule: mail template "${name}" has no renderer for locale(s) ${missing.join(', ')}`);
      }
      merged.set(name, template);
    }
  }
  return merged;
}

/** Builds the `link()` helper of a {@link MailContext}. */
export function buildMailContext(appUrl: string, locale: Locale): MailContext {
  const base = appUrl.replace(/\/+$/, '');
  return {
    locale,
    appUrl: base,
    link: (path, token) => `${base}/${path.replace(/^\/+/, '')}?token=${encodeURIComponent(token)}`,
  };
}

/** All templates registered through `NotificationsModule.forFeature`, collected at boot. */
@Injectable()
export class TemplateRegistry implements OnModuleInit {
  private templates = new Map<string, MailTemplate>();

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: ResolvedNotificationsOptions,
  ) {}

  onModuleInit(): void {
    const features = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance)
      .filter((instance): instance is NotificationsFeature => instance instanceof NotificationsFeature);
    this.templates = mergeTemplateSets(features.map((feature) => feature.templates));
  }

  has(name: string): boolean {
    return this.templates.has(name);
  }

  /** @throws UnknownTemplateError when no template has that name. */
  render(name: string, locale: Locale, data: Record<string, unknown>): RenderedMail {
    const template = this.templates.get(name);
    if (!template) throw new UnknownTemplateError(name);
    const render = template[locale] ?? template.en;
    return render(data, buildMailContext(this.options.appUrl, locale));
  }
}
