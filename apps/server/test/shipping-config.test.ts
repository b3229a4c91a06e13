import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

// SHIPPING_PROVIDER and the BOSCOD_* settings, validated at start.

describe('shipping configuration', () => {
  it('names every missing BosCOD setting at once', () => {
    expect(() =>
      loadConfig({ SHIPPING_PROVIDER: 'boscod', DATA_DIR: mkdtempSync(join(tmpdir(), 'bos-')) }),
    ).toThrow(
      /BOSCOD_BASE_URL: required[\s\S]*BOSCOD_API_KEY: required[\s\S]*BOSCOD_WEBHOOK_SECRET: required/,
    );
    expect(() => loadConfig({ SHIPPING_PROVIDER: 'fedex' })).toThrow(/SHIPPING_PROVIDER/);
    expect(() => loadConfig({ BOSCOD_BASE_URL: 'not a url' })).toThrow(/BOSCOD_BASE_URL/);
  });

  it('takes BosCOD when configured', () => {
    const config = loadConfig({
      DATA_DIR: mkdtempSync(join(tmpdir(), 'bos-')),
      SHIPPING_PROVIDER: 'boscod',
      BOSCOD_BASE_URL: 'https://api.boscod.example',
      BOSCOD_API_KEY: 'key',
      BOSCOD_WEBHOOK_SECRET: 'a-secret-of-16-chars-or-more',
    });
    expect(config.shipping).toEqual({
      provider: 'boscod',
      baseUrl: 'https://api.boscod.example',
      apiKey: 'key',
      webhookSecret: 'a-secret-of-16-chars-or-more',
      webhookInline: 4,
      timeoutMs: 8_000,
    });
  });

  it('makes the sandbox webhook secret once in the embedded data folder, and keeps it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bos-'));
    const first = loadConfig({ DATA_DIR: dataDir }).shipping.webhookSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dataDir, 'boscod-webhook-secret'), 'utf8')).toBe(first);
    expect(loadConfig({ DATA_DIR: dataDir }).shipping.webhookSecret).toBe(first);
  });
});
