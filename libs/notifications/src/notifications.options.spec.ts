import { resolveNotificationsOptions } from './notifications.options';

const valid = {
  appUrl: 'https://app.test/',
  mailFrom: 'no-reply@app.test',
  mailboxDir: '/tmp/mailbox',
  secret: 'a-secret-of-enough-length',
  runWorkers: true,
};

describe('resolveNotificationsOptions', () => {
  it('applies defaults and trims the trailing slash of appUrl', () => {
    expect(resolveNotificationsOptions(valid)).toMatchObject({
      appUrl: 'https://app.test',
      pollIntervalMs: 1000,
      maxAttempts: 10,
      retryBaseDelayMs: 2000,
      queuePrefix: 'tenant-iam',
      sweepInterval: 60_000,
      outboxRetention: 7 * 86_400_000,
    });
  });

  it.each([
    [{ appUrl: 'app.test' }, /appUrl must be an http\(s\) URL/],
    [{ mailFrom: 'nobody' }, /mailFrom must be an email address/],
    [{ smtpUrl: 'http://x' }, /smtpUrl must be an smtp/],
    [{ secret: 'short' }, /secret must be at least 16 characters/],
    [{ maxAttempts: 0 }, /maxAttempts must be a positive integer/],
    [{ pollIntervalMs: 1.5 }, /pollIntervalMs must be a positive integer/],
    [{ runWorkers: undefined }, /runWorkers must be a boolean/],
    [{ redisUrl: 'http://cache' }, /redisUrl must be a redis/],
    [{ queuePrefix: 'a:b' }, /queuePrefix must be 1-64 characters/],
    [{ sweepInterval: 0 }, /sweepInterval must be a positive integer/],
    [{ outboxRetention: -1 }, /outboxRetention must be a positive integer/],
  ])('rejects %j naming the option', (override, message) => {
    expect(() => resolveNotificationsOptions({ ...valid, ...override } as never)).toThrow(message);
  });
});
