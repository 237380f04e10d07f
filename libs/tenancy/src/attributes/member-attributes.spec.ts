import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import type { MemberAttributeDefinition } from './member-attribute.types';
import { changedNames, MemberAttributes } from './member-attributes';
import { tenancyFeature } from './tenancy-feature';

const label = { en: 'Extension', pl: 'Numer', uk: 'Номер' };
const EXTENSION: MemberAttributeDefinition = { name: 'ext', type: 'string', pattern: '[0-9]{2,6}', unique: true, label };
const SEATS: MemberAttributeDefinition = { name: 'seats', type: 'number', integer: true, min: 1, max: 5, label };

/** Boots a registry the way TenancyModule does, from forFeature calls found by discovery. */
async function boot(...features: MemberAttributeDefinition[][]): Promise<MemberAttributes> {
  @Module({
    imports: [DiscoveryModule, ...features.map((memberAttributes) => tenancyFeature({ memberAttributes }))],
    providers: [MemberAttributes],
  })
  class Host {}
  const ref = await Test.createTestingModule({ imports: [Host] }).compile();
  await ref.init();
  return ref.get(MemberAttributes);
}

describe('MemberAttributes', () => {
  it('collects every forFeature call at boot, in order', async () => {
    const registry = await boot([EXTENSION], [SEATS]);
    expect(registry.list().map((d) => d.name)).toEqual(['ext', 'seats']);
    expect(registry.uniqueNames()).toEqual(['ext']);
  });

  it('stops the boot when two modules declare the same name', async () => {
    await expect(boot([EXTENSION], [{ ...EXTENSION, pattern: '.*' }])).rejects.toThrow('attribute "ext" is declared twice');
  });

  it.each([
    ['a bad name', { ...EXTENSION, name: '1st' }, 'attribute name "1st"'],
    ['a missing label', { ...EXTENSION, label: { en: 'x', pl: '', uk: 'x' } }, 'needs a label in en, pl and uk'],
    ['a broken pattern', { ...EXTENSION, pattern: '(' }, 'pattern does not compile'],
    ['a unique yes/no', { name: 'flag', type: 'boolean', unique: true, label }, 'cannot be unique'],
    ['min above max', { ...SEATS, min: 9 }, 'min is above max'],
    ['a maxLength past the ceiling', { ...EXTENSION, maxLength: 10_000 }, 'maxLength must be'],
    ['an unknown type', { ...EXTENSION, type: 'date' }, 'type must be one of'],
  ] as [string, MemberAttributeDefinition, string][])('refuses %s', (_label, definition, message) => {
    expect(() => MemberAttributes.fromDefinitions([definition])).toThrow(message);
  });

  it('checks a create: null means "not set", unknown names and bad values are field errors', () => {
    const registry = MemberAttributes.fromDefinitions([EXTENSION, SEATS]);
    expect(registry.check({ ext: '12', seats: null })).toEqual({ attributes: { ext: '12' }, changed: ['ext'], errors: [] });
    expect(registry.check({ ext: '1', seats: 2.5, nope: 1 }).errors).toEqual([
      { field: 'attributes.ext', code: 'ATTRIBUTE_PATTERN' },
      { field: 'attributes.seats', code: 'ATTRIBUTE_NOT_INTEGER' },
      { field: 'attributes.nope', code: 'UNKNOWN_ATTRIBUTE' },
    ]);
  });

  it('merges a change key by key and names only what differs', () => {
    const registry = MemberAttributes.fromDefinitions([EXTENSION, SEATS]);
    expect(registry.check({ seats: 2, ext: '12' }, { ext: '12', seats: 2 }).changed).toEqual([]);
    expect(registry.check({ seats: null }, { ext: '12', seats: 2 })).toEqual({ attributes: { ext: '12' }, changed: ['seats'], errors: [] });
    // "__proto__" is just an unknown name, never a prototype.
    const hostile = JSON.parse('{"__proto__": {"polluted": 1}}') as Record<string, null>;
    expect(registry.check(hostile).errors).toEqual([{ field: 'attributes.__proto__', code: 'UNKNOWN_ATTRIBUTE' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('compares values, not their JSON text', () => {
    expect(changedNames({ a: 1, b: 'x' }, { b: 'x', a: 1 })).toEqual([]);
    expect(changedNames({ a: 1 }, { a: '1' })).toEqual(['a']);
    expect(changedNames({ a: true }, {})).toEqual(['a']);
  });
});
