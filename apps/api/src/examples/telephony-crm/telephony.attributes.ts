import type { MemberAttributeDefinition } from '@tenant-iam/tenancy';

/** The name of the member attribute holding a member's SIP extension. */
export const SIP_EXTENSION = 'sipExtension';

/**
 * The member attributes of the telephony CRM (through `TenancyModule.forFeature`). `sipExtension`
 * is unique per organisation (the database holds it), 2 to 6 digits; the others show the other
 * kinds and checks a declaration can carry.
 */
export const TELEPHONY_MEMBER_ATTRIBUTES: MemberAttributeDefinition[] = [
  {
    name: SIP_EXTENSION,
    type: 'string',
    pattern: '[0-9]{2,6}',
    unique: true,
    label: { en: 'SIP extension', pl: 'Numer wewnętrzny SIP', uk: 'Внутрішній номер SIP' },
  },
  {
    name: 'maxConcurrentCalls',
    type: 'number',
    integer: true,
    min: 1,
    max: 10,
    label: { en: 'Concurrent calls', pl: 'Równoczesne połączenia', uk: 'Одночасні дзвінки' },
  },
  {
    name: 'recordCalls',
    type: 'boolean',
    label: { en: 'Record calls', pl: 'Nagrywanie rozmów', uk: 'Запис розмов' },
  },
  {
    name: 'queueRole',
    type: 'string',
    enum: ['agent', 'supervisor'],
    label: { en: 'Role in call queues', pl: 'Rola w kolejkach', uk: 'Роль у чергах' },
  },
];
