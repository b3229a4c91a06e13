import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

// PUBLIC_URL: the address the server writes into links buyers open from WhatsApp (a held order's
// confirm link, a form reminder). A bare path there cannot be opened.

const dataDir = () => mkdtempSync(join(tmpdir(), 'bos-'));

describe('the public address', () => {
  it('is PUBLIC_URL as given, without a trailing slash', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'https://bos.example.id/' }).publicUrl).toBe(
      'https://bos.example.id',
    );
  });

  it('is the address the start banner prints when unset outside production', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), PORT: '3300' }).publicUrl).toBe('http://localhost:3300');
  });

  it('is not guessed in production, behind whatever proxy the process sits', () => {
    const config = loadConfig({
      DATA_DIR: dataDir(),
      NODE_ENV: 'production',
      JWT_SECRET: 'production-secret-production-secret-0',
    });
    expect(config.publicUrl).toBeUndefined();
  });
});
