import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { NotificationsModule } from '../notifications.module';
import { NOTIFICATIONS_OPTIONS } from '../notifications.module-definition';
import type { MailTemplate, MailTemplates } from './mail-template';
import { buildMailContext, mergeTemplateSets, TemplateRegistry, UnknownTemplateError } from './template-registry';

const template = (subject: string): MailTemplate => ({
  en: (data, ctx) => ({ subject: `${subject} en`, text: ctx.link('verify', String(data.token)), html: '' }),
  pl: () => ({ subject: `${subject} pl`, text: '', html: '' }),
  uk: () => ({ subject: `${subject} uk`, text: '', html: '' }),
});

describe('mergeTemplateSets', () => {
  it('merges the sets of several libs', () => {
    const merged = mergeTemplateSets([{ 'a.one': template('1') }, { 'b.two': template('2') }]);
    expect([...merged.keys()]).toEqual(['a.one', 'b.two']);
  });

  it('refuses a template name registered twice, naming it', () => {
    expect(() => mergeTemplateSets([{ 'a.one': template('1') }, { 'a.one': template('other') }])).toThrow(/"a\.one" is registered twice/);
  });

  it('refuses a template that lacks a locale', () => {
    const incomplete = { en: template('x').en, pl: template('x').pl } as unknown as MailTemplate;
    expect(() => mergeTemplateSets([{ 'a.bad': incomplete }])).toThrow(/"a\.bad" has no renderer for locale\(s\) uk/);
  });
});

describe('buildMailContext', () => {
  it('builds links as appUrl/path?token=<url-encoded token>', () => {
    const ctx = buildMailContext('https://app.test/', 'pl');
    expect(ctx.appUrl).toBe('https://app.test');
    expect(ctx.link('/verify-email', 'a+b/c=d&e')).toBe('https://app.test/verify-email?token=a%2Bb%2Fc%3Dd%26e');
    expect(ctx.link('reset-password', 'abc_-')).toBe('https://app.test/reset-password?token=abc_-');
  });
});

describe('TemplateRegistry (booted)', () => {
  const options = { appUrl: 'https://app.test' };

  async function boot(...features: MailTemplates[]) {
    @Module({ imports: features.map((set) => NotificationsModule.forFeature(set)) })
    class FeaturesModule {}
    const moduleRef = await Test.createTestingModule({
      imports: [DiscoveryModule, FeaturesModule],
      providers: [TemplateRegistry, { provide: NOTIFICATIONS_OPTIONS, useValue: options }],
    }).compile();
    await moduleRef.init();
    return moduleRef;
  }

  it('collects templates from every forFeature call and renders by locale', async () => {
    const moduleRef = await boot({ 'a.one': template('One') }, { 'b.two': template('Two') });
    const registry = moduleRef.get(TemplateRegistry);
    expect(registry.render('b.two', 'uk', {}).subject).toBe('Two uk');
    expect(registry.render('a.one', 'en', { token: 't/1' }).text).toBe('https://app.test/verify?token=t%2F1');
    expect(() => registry.render('nope', 'en', {})).toThrow(UnknownTemplateError);
    await moduleRef.close();
  });

  it('stops the boot when two features register the same name', async () => {
    await expect(boot({ 'a.one': template('One') }, { 'a.one': template('Again') })).rejects.toThrow(/"a\.one" is registered twice/);
  });

  it('stops the boot even when the duplicate sets are identical', async () => {
    const set = { 'a.one': template('Same') };
    await expect(boot(set, { ...set })).rejects.toThrow(/registered twice/);
  });
});
