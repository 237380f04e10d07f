import { HttpStatus } from '@nestjs/common';
import { CodedException, hashToken, ManualClock, SecretBox } from '@tenant-iam/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { ActivityLog } from '../activity/activity-log.service';
import { MembershipRole } from '../memberships/membership.entity';
import { resolveTenancyOptions } from '../tenancy.options';
import type { TenantsRepository } from '../tenants/tenants.repository';
import type { TenantContext } from '../context/tenant-context';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';
import { generateApiKey } from './api-key-format';

const ctx = (role: MembershipRole | null): TenantContext =>
  ({ tenantId: 't1', actor: { type: 'system', job: 'spec' }, membership: role && { role }, ability: {} }) as unknown as TenantContext;

function service(
  options: Parameters<typeof resolveTenancyOptions>[0],
  repository: Partial<ApiKeysRepository> = {},
  clock = new ManualClock(),
) {
  return new ApiKeysService(
    repository as ApiKeysRepository,
    {} as DataSource,
    {} as TenantsRepository,
    {} as ActivityLog,
    clock,
    resolveTenancyOptions(options),
  );
}

describe('ApiKeysService', () => {
  it('without a secret, keys are off: none is made with an organisation, the routes answer 503', async () => {
    const insert = jest.fn();
    const keys = service({}, { insert });
    await keys.createFor({} as EntityManager, 't1');
    expect(insert).not.toHaveBeenCalled();
    await expect(keys.get(ctx(MembershipRole.Owner))).rejects.toMatchObject({
      code: 'API_KEY_NOT_CONFIGURED',
      status: HttpStatus.SERVICE_UNAVAILABLE,
    });
    await expect(keys.rotate(ctx(MembershipRole.Owner))).rejects.toBeInstanceOf(CodedException);
  });

  it('a client never reads the key, before any lookup', async () => {
    const findLive = jest.fn();
    await expect(service({ secret: 's'.repeat(32) }, { findLive }).get(ctx(MembershipRole.Client))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(findLive).not.toHaveBeenCalled();
  });

  it('seals the stored copy under its own key, not the outbox one', async () => {
    const insert = jest.fn();
    const secret = 's'.repeat(32);
    await service({ secret }, { insert }).createFor({} as EntityManager, 't1');
    const row = insert.mock.calls[0][1];
    expect(() => new SecretBox(secret).open(row.sealedKey)).toThrow();
    const key = new SecretBox(`tenancy-api-keys:${secret}`).open(row.sealedKey);
    expect(row.keyHash).toBe(hashToken(key));
    expect(row.prefix).toBe(key.slice(0, 13));
  });

  it('authenticate: junk costs no lookup; an expired key is refused at its expiry instant', async () => {
    const clock = new ManualClock(new Date('2026-12-10T12:00:00Z'));
    const findByHash = jest.fn().mockResolvedValue({ id: 'k1', tenantId: 't1', expiresAt: new Date('2026-12-10T12:00:01Z') });
    const touch = jest.fn().mockResolvedValue(undefined);
    const keys = service({ secret: 's'.repeat(32) }, { findByHash, touch }, clock);
    expect(await keys.authenticate('not-a-key')).toBeNull();
    expect(findByHash).not.toHaveBeenCalled();
    const key = generateApiKey();
    expect(await keys.authenticate(key)).toEqual({ id: 'k1', tenantId: 't1' });
    expect(findByHash).toHaveBeenCalledWith(hashToken(key));
    clock.advance(1000);
    expect(await keys.authenticate(key)).toBeNull();
    expect(touch).toHaveBeenCalledTimes(1);
  });
});
