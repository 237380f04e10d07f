import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { Clock, CodedException, CommonErrorCode, hashToken, SecretBox } from '@tenant-iam/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { ActivityLog } from '../activity/activity-log.service';
import type { TenantContext } from '../context/tenant-context';
import { MembershipRole } from '../memberships/membership.entity';
import { TenancyErrorCode } from '../tenancy-error-code';
import { ResolvedTenancyOptions, TENANCY_OPTIONS } from '../tenancy.options';
import { TenantsRepository } from '../tenants/tenants.repository';
import { ApiKeyErrorCode } from './api-key-error-code';
import { ApiKeyEntity } from './api-key.entity';
import { API_KEY_PATTERN, displayPrefix, generateApiKey } from './api-key-format';
import type { ApiKeyResponse } from './dto/api-key.response';
import { ApiKeysRepository } from './api-keys.repository';

/** A key a request authenticated with: the organisation it acts for. */
export interface AuthenticatedApiKey {
  id: string;
  tenantId: string;
}

/** `last_used_at` is written at most this often per key and process: a busy CRM costs no write per call. */
const TOUCH_EVERY = 60_000;
const MAX_TOUCHED = 10_000;

/**
 * The organisation's one API key: made with the organisation (or on its first read, for older
 * ones), shown to members allowed to read it, rotated by superadmins with a grace period for the
 * old key, and checked on every request that presents `X-Api-Key`.
 */
@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger('ApiKeysService');
  private readonly box: SecretBox | null;
  /** Key id -> when this process last wrote its `last_used_at`. */
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly repository: ApiKeysRepository,
    private readonly dataSource: DataSource,
    private readonly tenants: TenantsRepository,
    private readonly activity: ActivityLog,
    private readonly clock: Clock,
    @Inject(TENANCY_OPTIONS) private readonly options: ResolvedTenancyOptions,
  ) {
    // Its own derivation: the same secret seals outbox payloads, under another key.
    this.box = options.secret ? new SecretBox(`tenancy-api-keys:${options.secret}`) : null;
  }

  /**
   * Makes the live key of a new organisation, in its creation transaction. Does nothing when API
   * keys are off (no `secret`).
   */
  async createFor(m: EntityManager, tenantId: string): Promise<void> {
    if (!this.box) return;
    await this.repository.insert(m, this.newKey(tenantId, this.box, null).entity);
  }

  /**
   * The organisation's live key (`read ApiKey`). An organisation made before keys existed gets
   * its key here, once, however many first reads race.
   * @throws 403 `FORBIDDEN` for a client (never, whatever its permission group grants);
   *   409 `API_KEY_UNREADABLE` when the stored copy was sealed under a secret the host no longer
   *   has (the key still authenticates; a rotation makes one that can be shown);
   *   503 `API_KEY_NOT_CONFIGURED` when the host set no secret.
   */
  async get(ctx: TenantContext): Promise<ApiKeyResponse> {
    // Clients never see the key, whatever their set says: it acts for the whole organisation.
    if (ctx.membership?.role === MembershipRole.Client) throw new CodedException(HttpStatus.FORBIDDEN, CommonErrorCode.Forbidden);
    const box = this.requireBox();
    const live = (await this.repository.findLive(ctx.tenantId)) ?? (await this.createMissing(ctx.tenantId, box));
    return this.toResponse(live, box);
  }

  /**
   * Replaces the live key (`rotate ApiKey`, superadmins and the owner): the old one keeps working
   * for the rotation grace, then answers 401. Under the tenant's row lock, so two rotations
   * queue; `api_key.rotated` goes in the activity log in the same transaction.
   * @returns the new key.
   */
  async rotate(ctx: TenantContext): Promise<ApiKeyResponse> {
    const box = this.requireBox();
    const now = this.clock.now();
    const created = await this.dataSource.transaction(async (m) => {
      const tenant = await this.tenants.lockForUpdate(ctx.tenantId, m);
      if (!tenant) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
      const previous = await this.repository.expireLive(m, tenant.id, new Date(now.getTime() + this.options.apiKeyRotationGrace));
      const next = this.newKey(tenant.id, box, previous ? now : null);
      await this.repository.insert(m, next.entity);
      await this.activity.record(m, {
        tenantId: tenant.id,
        actor: ctx.actor,
        action: 'api_key.rotated',
        target: { type: 'apiKey', id: next.entity.id },
        data: { prefix: next.entity.prefix },
      });
      return next.entity;
    });
    return this.toResponse(created, box);
  }

  /**
   * The organisation a presented key acts for, or null for anything else: not a key of ours, an
   * unknown key, a key past its rotation grace. Records the use (throttled, never failing the call).
   */
  async authenticate(presented: string): Promise<AuthenticatedApiKey | null> {
    if (!API_KEY_PATTERN.test(presented)) return null;
    const found = await this.repository.findByHash(hashToken(presented));
    if (!found) return null;
    const now = this.clock.now();
    if (found.expiresAt && found.expiresAt.getTime() <= now.getTime()) return null;
    this.touch(found.id, now);
    return { id: found.id, tenantId: found.tenantId };
  }

  private touch(id: string, now: Date): void {
    const last = this.touched.get(id);
    if (last !== undefined && now.getTime() - last < TOUCH_EVERY) return;
    if (this.touched.size >= MAX_TOUCHED) this.touched.clear();
    this.touched.set(id, now.getTime());
    this.repository.touch(id, now).catch((error: Error) => this.logger.warn(`last_used_at of API key ${id} not written: ${error.message}`));
  }

  /**
   * The first key of an organisation made before keys existed. Under the tenant's row lock, like
   * {@link rotate}: a rotation cannot find no live key and then collide with this one on the
   * one-live-key index (it waits, then expires this key); racing first reads queue and make one.
   */
  private async createMissing(tenantId: string, box: SecretBox): Promise<ApiKeyEntity> {
    const live = await this.dataSource.transaction(async (m) => {
      if (!(await this.tenants.lockForUpdate(tenantId, m))) return null;
      await this.repository.insertLiveIfMissing(this.newKey(tenantId, box, null).entity, m);
      return this.repository.findLive(tenantId, m);
    });
    if (!live) throw new CodedException(HttpStatus.NOT_FOUND, TenancyErrorCode.TenantNotFound);
    return live;
  }

  private requireBox(): SecretBox {
    if (!this.box) throw new CodedException(HttpStatus.SERVICE_UNAVAILABLE, ApiKeyErrorCode.ApiKeyNotConfigured);
    return this.box;
  }

  private newKey(tenantId: string, box: SecretBox, rotatedAt: Date | null): { entity: ApiKeyEntity } {
    const key = generateApiKey();
    const entity = Object.assign(new ApiKeyEntity(), {
      id: uuidv7(),
      tenantId,
      keyHash: hashToken(key),
      prefix: displayPrefix(key),
      sealedKey: box.seal(key),
      createdAt: this.clock.now(),
      rotatedAt,
      expiresAt: null,
      lastUsedAt: null,
    });
    return { entity };
  }

  private toResponse(key: ApiKeyEntity, box: SecretBox): ApiKeyResponse {
    let plain: string;
    try {
      plain = box.open(key.sealedKey);
    } catch {
      // Sealed under another secret (the host changed it): the hash still authenticates the key.
      this.logger.warn(`API key ${key.prefix}… of tenant ${key.tenantId} cannot be opened: sealed under another secret; rotate it`);
      throw new CodedException(HttpStatus.CONFLICT, ApiKeyErrorCode.ApiKeyUnreadable);
    }
    return {
      key: plain,
      prefix: key.prefix,
      createdAt: key.createdAt.toISOString(),
      ...(key.rotatedAt ? { rotatedAt: key.rotatedAt.toISOString() } : {}),
    };
  }
}
