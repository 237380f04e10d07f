import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Clock, ManualClock } from '@tenant-iam/common';
import { FakePwnedServer, startFakePwnedServer } from '../../../../test/support/fake-pwned-server';
import { BREACHED_PASSWORD_OPTIONS, BreachedPasswordChecker, DEFAULT_BREACHED_PASSWORD_OPTIONS } from './breached-password.checker';

const BREACHED = 'Tr0ub4dor&3-battery-staple';
const CLEAN = 'a password nobody has leaked 5f1c';

function sha1(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();
}

describe('BreachedPasswordChecker', () => {
  let pwned: FakePwnedServer;
  let warn: jest.SpyInstance;

  beforeEach(async () => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    pwned = await startFakePwnedServer([BREACHED, 'P@ssw0rd'], { paddingFor: [CLEAN] });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await pwned.close();
  });

  const checker = (options: object = {}, clock?: Clock) => new BreachedPasswordChecker({ baseUrl: pwned.url, ...options }, clock);

  it('defaults to the public range API, failing open after 3 s', () => {
    expect(DEFAULT_BREACHED_PASSWORD_OPTIONS).toEqual({
      baseUrl: 'https://api.pwnedpasswords.com',
      failure: 'open',
      timeoutMs: 3000,
    });
    expect(new BreachedPasswordChecker().options).toEqual(DEFAULT_BREACHED_PASSWORD_OPTIONS);
  });

  it('finds breached passwords', async () => {
    await expect(checker().check(BREACHED)).resolves.toBe('breached');
    await expect(checker().check('P@ssw0rd')).resolves.toBe('breached');
  });

  it('reports other passwords as clean', async () => {
    await expect(checker().check('another unlisted password')).resolves.toBe('clean');
  });

  it('ignores padding lines (count 0) even when their suffix matches', async () => {
    await expect(checker().check(CLEAN)).resolves.toBe('clean');
    pwned.addBreached(CLEAN, 3);
    await expect(checker().check(CLEAN)).resolves.toBe('breached');
  });

  it('sends only the 5-character hash prefix, with Add-Padding: true', async () => {
    await checker().check(BREACHED);
    expect(pwned.requests).toHaveLength(1);
    const [request] = pwned.requests;
    expect(request.method).toBe('GET');
    expect(request.path).toBe(`/range/${sha1(BREACHED).slice(0, 5)}`);
    expect(request.path).toMatch(/^\/range\/[0-9A-F]{5}$/);
    expect(request.headers['add-padding']).toBe('true');
    const sent = JSON.stringify(request).toUpperCase();
    expect(sent).not.toContain(sha1(BREACHED).slice(5, 15));
    expect(sent).not.toContain(BREACHED.toUpperCase());
  });

  it('accepts a base URL with a trailing slash', async () => {
    await expect(checker({ baseUrl: `${pwned.url}/` }).check(BREACHED)).resolves.toBe('breached');
    expect(pwned.requests[0].path).toMatch(/^\/range\/[0-9A-F]{5}$/);
  });

  it('is unavailable when the service answers with an error', async () => {
    pwned.setMode('error');
    await expect(checker().check(BREACHED)).resolves.toBe('unavailable');
  });

  it('is unavailable when the service does not answer within timeoutMs', async () => {
    pwned.setMode('hang');
    const started = Date.now();
    await expect(checker({ timeoutMs: 100 }).check(BREACHED)).resolves.toBe('unavailable');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(pwned.requests).toHaveLength(1);
  });

  it('is unavailable when nothing listens', async () => {
    const url = pwned.url;
    await pwned.close();
    pwned = await startFakePwnedServer();
    await expect(new BreachedPasswordChecker({ baseUrl: url }).check(BREACHED)).resolves.toBe('unavailable');
    expect(String(warn.mock.calls[0][0])).toContain('network error ECONNREFUSED');
  });

  it('is unavailable when the answer holds no SUFFIX:COUNT line (a misconfigured endpoint)', async () => {
    const html = createServer((_req, res) => res.end('<html>Welcome</html>'));
    await new Promise<void>((resolve) => html.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = html.address() as AddressInfo;
      await expect(new BreachedPasswordChecker({ baseUrl: `http://127.0.0.1:${port}` }).check(BREACHED)).resolves.toBe('unavailable');
    } finally {
      html.closeAllConnections();
      await new Promise((resolve) => html.close(resolve));
    }
  });

  it('counts every password as clean, without a request, when switched off', async () => {
    const off = new BreachedPasswordChecker({ baseUrl: null });
    expect(off.enabled).toBe(false);
    await expect(off.check(BREACHED)).resolves.toBe('clean');
    expect(pwned.requests).toHaveLength(0);
    expect(checker().enabled).toBe(true);
  });

  it('warns about an outage at most once a minute, without the password, its hash or the prefix', async () => {
    const clock = new ManualClock(new Date('2025-01-01T00:00:00Z'));
    const subject = checker({}, clock);
    pwned.setMode('error');

    await subject.check(BREACHED);
    await subject.check(BREACHED);
    clock.advance(59_999);
    await subject.check(BREACHED);
    expect(warn).toHaveBeenCalledTimes(1);
    clock.advance(1);
    await subject.check(BREACHED);
    expect(warn).toHaveBeenCalledTimes(2);

    const logged = JSON.stringify(warn.mock.calls).toUpperCase();
    expect(logged).toContain('HTTP 503');
    expect(logged).toContain('FAILING OPEN');
    expect(logged).not.toContain(BREACHED.toUpperCase());
    expect(logged).not.toContain(sha1(BREACHED).slice(0, 5));
  });

  it('says in the warning when it fails closed', async () => {
    pwned.setMode('hang');
    await checker({ failure: 'closed', timeoutMs: 50 }).check(BREACHED);
    expect(String(warn.mock.calls[0][0])).toMatch(/timed out after 50 ms.*failing closed/);
  });

  it('takes options from BREACHED_PASSWORD_OPTIONS and a Clock from the container', async () => {
    const clock = new ManualClock();
    const moduleRef = await Test.createTestingModule({
      providers: [
        BreachedPasswordChecker,
        { provide: BREACHED_PASSWORD_OPTIONS, useValue: { baseUrl: pwned.url, failure: 'closed' } },
        { provide: Clock, useValue: clock },
      ],
    }).compile();
    const injected = moduleRef.get(BreachedPasswordChecker);
    expect(injected.options).toEqual({ baseUrl: pwned.url, failure: 'closed', timeoutMs: 3000 });
    await expect(injected.check(BREACHED)).resolves.toBe('breached');

    // The injected clock drives the warning window: with the system clock the third would be silent.
    pwned.setMode('error');
    await injected.check(BREACHED);
    await injected.check(BREACHED);
    clock.advance(60_000);
    await injected.check(BREACHED);
    expect(warn).toHaveBeenCalledTimes(2);
    await moduleRef.close();
  });

  it('refuses invalid options', () => {
    expect(() => new BreachedPasswordChecker({ baseUrl: 'not a url' })).toThrow(/baseUrl/);
    expect(() => new BreachedPasswordChecker({ baseUrl: 'ftp://example.com' })).toThrow(/baseUrl/);
    expect(() => new BreachedPasswordChecker({ failure: 'maybe' as 'open' })).toThrow(/failure/);
    expect(() => new BreachedPasswordChecker({ timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});
