import { describe, expect, it } from 'vitest';
import {
  signAccessToken,
  signDownloadToken,
  type TokenConfig,
  verifyAccessToken,
  verifyDownloadToken,
} from './tokens.ts';

const config: TokenConfig = {
  secret: new TextEncoder().encode('tokens-test-secret-tokens-test-secret'),
  accessTtlSeconds: 900,
  refreshTtlSeconds: 86_400,
};
const other: TokenConfig = {
  ...config,
  secret: new TextEncoder().encode('another-secret-another-secret-12'),
};
const now = new Date('2026-12-06T10:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const claims = { subject: 'user-1', sessionId: 'session-1', realm: 'seller' as const };
const grant = { storeId: 'store-1', userId: 'user-1', kind: 'orders', format: 'csv', params: { q: 'x' } };

describe('access tokens', () => {
  it('carry their claims until they expire by the services clock, not the wall clock', async () => {
    const token = await signAccessToken(config, claims, now);
    expect(await verifyAccessToken(config, token, later(899))).toEqual(claims);
    expect(await verifyAccessToken(config, token, later(900))).toBeNull();
  });

  it('are refused when tampered with, signed with another secret, or not a token', async () => {
    const token = await signAccessToken(config, claims, now);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'user-2', sid: 'session-1', realm: 'admin' })).toString(
      'base64url',
    );
    expect(await verifyAccessToken(config, `${header}.${forged}.${signature}`, now)).toBeNull();
    expect(await verifyAccessToken(other, token, now)).toBeNull();
    expect(await verifyAccessToken(config, `${header}.${payload}`, now)).toBeNull();
    expect(await verifyAccessToken(config, 'garbage', now)).toBeNull();
  });

  it('are not download links, and download links are not access tokens', async () => {
    const access = await signAccessToken(config, claims, now);
    const download = await signDownloadToken(config, grant, now, 300);
    expect(await verifyDownloadToken(config, download, now)).toEqual(grant);
    expect(await verifyDownloadToken(config, download, later(300))).toBeNull();
    expect(await verifyAccessToken(config, download, now)).toBeNull();
    expect(await verifyDownloadToken(config, access, now)).toBeNull();
  });
});
