import { hashToken, ManualClock } from '@tenant-iam/common';
import { EntityManager } from 'typeorm';
import { ActionTokenEntity, TokenPurpose } from './action-token.entity';
import { ActionTokensRepository } from './action-tokens.repository';
import { ActionTokensService } from './action-tokens.service';
import { rejection } from '../../../../test/support/coded';

const NOW = new Date('2025-03-01T10:00:00.000Z');
const HOUR = 3_600_000;
const manager = { marker: 'transaction' } as unknown as EntityManager;

function fakeRepository() {
  return {
    insert: jest.fn().mockResolvedValue(undefined),
    findByHash: jest.fn().mockResolvedValue(null),
    revokeOutstanding: jest.fn().mockResolvedValue(undefined),
    consume: jest.fn().mockResolvedValue(null),
  };
}

function row(token: string, overrides: Partial<ActionTokenEntity> = {}): ActionTokenEntity {
  return Object.assign(new ActionTokenEntity(), {
    id: '0195512a-0000-7000-8000-000000000001',
    purpose: TokenPurpose.PasswordReset,
    tokenHash: hashToken(token),
    userId: 'user-1',
    subject: 'ala@example.com',
    payload: {},
    createdAt: new Date(NOW.getTime() - HOUR),
    expiresAt: new Date(NOW.getTime() + HOUR),
    usedAt: null,
    revokedAt: null,
    ...overrides,
  });
}

describe('ActionTokensService', () => {
  let repository: ReturnType<typeof fakeRepository>;
  let clock: ManualClock;
  let service: ActionTokensService;

  beforeEach(() => {
    repository = fakeRepository();
    clock = new ManualClock(NOW);
    service = new ActionTokensService(repository as unknown as ActionTokensRepository, clock);
  });

  describe('issue', () => {
    const input = { purpose: TokenPurpose.VerifyEmail, userId: 'user-1', subject: 'ala@example.com', ttl: 24 * HOUR };

    it('stores only the hash of the token it returns', async () => {
      const { token, entity } = await service.issue(manager, input);

      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(repository.insert).toHaveBeenCalledTimes(1);
      const [stored, m] = repository.insert.mock.calls[0];
      expect(m).toBe(manager);
      expect(stored).toBe(entity);
      expect(stored.tokenHash).toBe(hashToken(token));
      const everyArgument = JSON.stringify([repository.insert.mock.calls, repository.revokeOutstanding.mock.calls].flat(2));
      expect(everyArgument).not.toContain(token);
    });

    it('fills the row: purpose, user, subject, payload, created now, expiring after the ttl, unused', async () => {
      const { entity } = await service.issue(manager, { ...input, payload: { newEmail: 'new@example.com' } });
      expect(entity).toBeInstanceOf(ActionTokenEntity);
      expect(entity).toMatchObject({
        purpose: TokenPurpose.VerifyEmail,
        userId: 'user-1',
        subject: 'ala@example.com',
        payload: { newEmail: 'new@example.com' },
        usedAt: null,
        revokedAt: null,
      });
      expect(entity.createdAt.toISOString()).toBe('2025-03-01T10:00:00.000Z');
      expect(entity.expiresAt.toISOString()).toBe('2025-03-02T10:00:00.000Z');
      expect(entity.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it('reads now from the clock and defaults the payload to {}', async () => {
      clock.advance(90_000);
      const { entity } = await service.issue(manager, { ...input, ttl: 15 * 60_000 });
      expect(entity.createdAt.toISOString()).toBe('2025-03-01T10:01:30.000Z');
      expect(entity.expiresAt.toISOString()).toBe('2025-03-01T10:16:30.000Z');
      expect(entity.payload).toEqual({});
    });

    it('revokes outstanding tokens of the same purpose first, in the same transaction', async () => {
      await service.issue(manager, input);
      expect(repository.revokeOutstanding).toHaveBeenCalledWith('user-1', [TokenPurpose.VerifyEmail], NOW, manager);
      expect(repository.revokeOutstanding.mock.invocationCallOrder[0]).toBeLessThan(repository.insert.mock.invocationCallOrder[0]);
    });

    it('issues a different token and hash every time', async () => {
      const first = await service.issue(manager, input);
      const second = await service.issue(manager, input);
      expect(first.token).not.toBe(second.token);
      expect(first.entity.tokenHash).not.toBe(second.entity.tokenHash);
      expect(first.entity.id).not.toBe(second.entity.id);
    });
  });

  describe('consume', () => {
    const purposes = [TokenPurpose.PasswordReset, TokenPurpose.PasswordSetup];

    it('returns the row the conditional consume hands back, asking by hash at the clock time', async () => {
      const consumed = row('the-token', { usedAt: NOW });
      repository.consume.mockResolvedValue(consumed);

      await expect(service.consume(manager, 'the-token', purposes)).resolves.toBe(consumed);
      expect(repository.consume).toHaveBeenCalledWith(hashToken('the-token'), purposes, NOW, manager);
      expect(repository.findByHash).not.toHaveBeenCalled();
    });

    it.each([
      ['unknown', null, 400, 'TOKEN_INVALID'],
      ['of another purpose', { purpose: TokenPurpose.VerifyEmail }, 400, 'TOKEN_INVALID'],
      ['revoked', { revokedAt: new Date(NOW.getTime() - 1000) }, 400, 'TOKEN_INVALID'],
      ['revoked and used', { revokedAt: NOW, usedAt: NOW }, 400, 'TOKEN_INVALID'],
      ['used', { usedAt: new Date(NOW.getTime() - 1000) }, 410, 'TOKEN_USED'],
      ['expired', { expiresAt: new Date(NOW.getTime() - 1) }, 410, 'TOKEN_EXPIRED'],
    ] as const)('explains a token that is %s', async (_name, overrides, status, code) => {
      repository.findByHash.mockResolvedValue(overrides === null ? null : row('the-token', overrides));

      const error = await rejection(service.consume(manager, 'the-token', purposes));
      expect(error.getStatus()).toBe(status);
      expect(error.code).toBe(code);
      expect(repository.findByHash).toHaveBeenCalledWith(hashToken('the-token'), manager);
    });

    it('reports TOKEN_EXPIRED when the conditional consume refused a row that looks fine otherwise', async () => {
      repository.findByHash.mockResolvedValue(row('the-token'));
      const error = await rejection(service.consume(manager, 'the-token', purposes));
      expect([error.getStatus(), error.code]).toEqual([410, 'TOKEN_EXPIRED']);
    });
  });

  describe('peek', () => {
    const purposes = [TokenPurpose.PasswordReset];

    it('accepts a valid row without using it', async () => {
      const valid = row('the-token');
      repository.findByHash.mockResolvedValue(valid);

      await expect(service.peek('the-token', purposes)).resolves.toBe(valid);
      expect(repository.findByHash).toHaveBeenCalledWith(hashToken('the-token'));
      expect(repository.consume).not.toHaveBeenCalled();
      expect(repository.insert).not.toHaveBeenCalled();
    });

    it('accepts a row up to one millisecond before expiresAt and rejects it at exactly expiresAt', async () => {
      repository.findByHash.mockResolvedValue(row('the-token'));
      clock.advance(HOUR - 1);
      await expect(service.peek('the-token', purposes)).resolves.toBeInstanceOf(ActionTokenEntity);

      clock.advance(1);
      const error = await rejection(service.peek('the-token', purposes));
      expect([error.getStatus(), error.code]).toEqual([410, 'TOKEN_EXPIRED']);
    });

    it.each([
      ['unknown', null, 400, 'TOKEN_INVALID'],
      ['of another purpose', { purpose: TokenPurpose.EmailChange }, 400, 'TOKEN_INVALID'],
      ['revoked', { revokedAt: NOW }, 400, 'TOKEN_INVALID'],
      ['used', { usedAt: NOW }, 410, 'TOKEN_USED'],
    ] as const)('rejects a token that is %s', async (_name, overrides, status, code) => {
      repository.findByHash.mockResolvedValue(overrides === null ? null : row('the-token', overrides));
      const error = await rejection(service.peek('the-token', purposes));
      expect([error.getStatus(), error.code]).toEqual([status, code]);
    });
  });

  describe('revokeOutstanding', () => {
    it('revokes the given purposes at the clock time', async () => {
      await service.revokeOutstanding(manager, 'user-9', [TokenPurpose.EmailChange, TokenPurpose.EmailChangeCancel]);
      expect(repository.revokeOutstanding).toHaveBeenCalledWith(
        'user-9',
        [TokenPurpose.EmailChange, TokenPurpose.EmailChangeCancel],
        NOW,
        manager,
      );
    });
  });
});
