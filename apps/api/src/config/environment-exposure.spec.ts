import { generateKeyPairSync } from 'node:crypto';
import { ConfigurationError, loadConfig } from './environment';

// HOST, MAIL_TRANSPORT, DOCS_ENABLED, METRICS_TOKEN: what the app exposes, by mode.
describe('loadConfig: exposure settings', () => {
  const production = {
    NODE_ENV: 'production',
    JWT_SECRET: 'q3W8fZ0vKp1xYb6NcT2mRj9LsD4hGa7Ue5Hk',
    JWT_PRIVATE_KEY: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    DATABASE_URL: 'postgres://u:p@db:5432/app',
  };

  it('listens on loopback by default and on every interface only in production', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('127.0.0.1');
    expect(loadConfig({ ...production, SMTP_URL: 'smtp://mail:25' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ ...production, SMTP_URL: 'smtp://mail:25', HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
    expect(() => loadConfig({ HOST: 'my laptop' })).toThrow(/- HOST: HOST must be an IP address/);
  });

  it('refuses to start in production without SMTP_URL unless MAIL_TRANSPORT=file is set on purpose', () => {
    let message = '';
    try {
      loadConfig(production);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/- SMTP_URL: required when NODE_ENV=production \(set MAIL_TRANSPORT=file/);
    expect(message).not.toContain('postgres://u:p@');
    expect(loadConfig({ ...production, MAIL_TRANSPORT: 'file' })).toMatchObject({ mailTransport: 'file', smtpUrl: undefined });
    expect(loadConfig({ ...production, SMTP_URL: 'smtp://mail:25' })).toMatchObject({ mailTransport: 'smtp', smtpUrl: 'smtp://mail:25' });
  });

  it('picks smtp with SMTP_URL and the mailbox folder otherwise; MAIL_TRANSPORT=file overrides SMTP_URL', () => {
    expect(loadConfig({}).mailTransport).toBe('file');
    expect(loadConfig({ SMTP_URL: 'smtp://mail:25' }).mailTransport).toBe('smtp');
    expect(loadConfig({ SMTP_URL: 'smtp://mail:25', MAIL_TRANSPORT: 'file' })).toMatchObject({ mailTransport: 'file', smtpUrl: undefined });
    expect(() => loadConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(/- MAIL_TRANSPORT: smtp needs SMTP_URL/);
    expect(() => loadConfig({ MAIL_TRANSPORT: 'pigeon' })).toThrow(/- MAIL_TRANSPORT:/);
  });

  it('serves the API docs outside production by default, not in production, and as DOCS_ENABLED says', () => {
    expect(loadConfig({}).docsEnabled).toBe(true);
    expect(loadConfig({ ...production, SMTP_URL: 'smtp://mail:25' }).docsEnabled).toBe(false);
    expect(loadConfig({ ...production, SMTP_URL: 'smtp://mail:25', DOCS_ENABLED: 'true' }).docsEnabled).toBe(true);
    expect(loadConfig({ DOCS_ENABLED: 'false' }).docsEnabled).toBe(false);
    expect(() => loadConfig({ DOCS_ENABLED: 'yes' })).toThrow(/- DOCS_ENABLED: DOCS_ENABLED must be true or false/);
  });

  it('reads METRICS_TOKEN', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'scrape-token-0123456789' }).metricsToken).toBe('scrape-token-0123456789');
    let message = '';
    try {
      loadConfig({ METRICS_TOKEN: 'short-secret' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('- METRICS_TOKEN: METRICS_TOKEN must be at least 16 characters');
    expect(message).not.toContain('short-secret');
  });
});
