import { Clock, ManualClock } from '@tenant-iam/common';
import { Logger } from '@nestjs/common';
import { MailMessage, MailTransport } from '../mail/mail-transport';
import type { ResolvedNotificationsOptions } from '../notifications.options';
import { QueueDriver } from '../queue/queue-driver';
import { TemplateRegistry } from '../templates/template-registry';
import { OutboxPayloadCipher } from './outbox-payload.cipher';
import { OutboxRelay, RELAY_BATCH } from './outbox-relay.service';
import { OutboxKind, OutboxStatus } from './outbox-status.enum';
import { OutboxClaim, OutboxRepository, OutboxRow } from './outbox.repository';

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

const row = (n: number): OutboxRow => ({
  id: `row-${String(n).padStart(3, '0')}`,
  kind: OutboxKind.Mail,
  recipient: `r${n}@example.test`,
  template: 'test.verify-email',
  locale: 'en',
  payload: null,
  status: OutboxStatus.Sending,
  attempts: 1,
  nextAttemptAt: new Date(0),
});

/** An outbox in memory: one batch of due rows, and marks that record what they were asked. */
class FakeRepository {
  due: OutboxRow[] = Array.from({ length: RELAY_BATCH }, (_, i) => row(i));
  marked = new Set<string>();
  retryFailures = 1;

  async claimDue(): Promise<OutboxRow[]> {
    await tick();
    return this.due.splice(0);
  }
  async markSentMany(claims: readonly OutboxClaim[]): Promise<void> {
    await tick();
    claims.forEach((claim) => this.marked.add(claim.id));
  }
  async markSent(claim: OutboxClaim): Promise<void> {
    this.marked.add(claim.id);
  }
  async markRetry(): Promise<void> {
    await tick();
    if (this.retryFailures-- > 0) throw new Error('connection terminated');
  }
  async markFailed(): Promise<void> {}
}

/** Accepts every mail after a short delay, but refuses one recipient. */
class FakeTransport {
  accepted: string[] = [];
  constructor(private readonly refused: string) {}
  async send(message: MailMessage & { id?: string }): Promise<void> {
    await tick(1);
    if (message.to === this.refused) throw new Error('550 mailbox unavailable');
    this.accepted.push((message as { id: string }).id);
  }
}

describe('OutboxRelay (unit, fake outbox)', () => {
  beforeAll(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  const relayWith = (repository: FakeRepository, transport: FakeTransport) =>
    new OutboxRelay(
      repository as unknown as OutboxRepository,
      { render: () => ({ subject: 's', text: 't', html: '<p>h</p>' }) } as unknown as TemplateRegistry,
      transport as unknown as MailTransport,
      {} as OutboxPayloadCipher,
      new ManualClock(new Date('2026-01-01T00:00:00Z')) as unknown as Clock,
      {} as QueueDriver,
      { maxAttempts: 5, retryBaseDelayMs: 1000, mailFrom: 'no-reply@app.test' } as ResolvedNotificationsOptions,
    );

  it('marks every accepted mail sent when one mark fails mid-run, and stops sending before rethrowing', async () => {
    const repository = new FakeRepository();
    const transport = new FakeTransport(row(3).recipient);
    const relay = relayWith(repository, transport);

    await expect(relay.relayDue()).rejects.toThrow('connection terminated');
    const acceptedWhenSettled = transport.accepted.length;
    // Give any worker still running time to send (and so leave mails accepted but unmarked).
    await tick(50);

    expect(transport.accepted.length).toBe(acceptedWhenSettled);
    expect(transport.accepted.length).toBeGreaterThan(0);
    expect(transport.accepted.filter((id) => !repository.marked.has(id))).toEqual([]);
    // The run stopped: the rest of the batch is left to the lease, not sent by a run that failed.
    expect(transport.accepted.length).toBeLessThan(RELAY_BATCH - 1);
  });

  it('delivers and marks the whole batch when nothing fails', async () => {
    const repository = new FakeRepository();
    repository.retryFailures = 0;
    const transport = new FakeTransport(row(3).recipient);

    await expect(relayWith(repository, transport).relayDue()).resolves.toEqual({ sent: RELAY_BATCH - 1, retried: 1, failed: 0 });
    expect(transport.accepted).toHaveLength(RELAY_BATCH - 1);
    expect(transport.accepted.every((id) => repository.marked.has(id))).toBe(true);
  });
});
