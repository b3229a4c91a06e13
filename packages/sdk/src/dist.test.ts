import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `pnpm test` builds the SDK first; this checks what would be published.
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const bundles = ['index.js', 'index.cjs'];
const reactBundles = ['react.js', 'react.cjs'];

const importsOf = (code: string) =>
  new Set([...code.matchAll(/(?:from\s+|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]));

describe('published SDK build', () => {
  it('has ESM, CJS and type declarations', () => {
    for (const file of [
      ...bundles,
      'index.d.ts',
      'index.d.cts',
      ...reactBundles,
      'react.d.ts',
      'react.d.cts',
    ])
      expect(existsSync(dist + file), file).toBe(true);
  });

  it('contains no server code and no workspace package: only the client runtime and superjson are imported', () => {
    for (const file of bundles) {
      const code = readFileSync(dist + file, 'utf8');
      expect(importsOf(code), file).toEqual(
        new Set(['@trpc/client', '@trpc/server/observable', 'superjson']),
      );
      for (const marker of ['@bosonline/', 'prisma', 'argon2', 'hono', 'pglite', 'jose']) {
        expect(code.toLowerCase(), `${file} mentions ${marker}`).not.toContain(marker);
      }
      expect(code, `${file} imports a Node built-in`).not.toMatch(/["']node:/);
    }
  });

  it('has declarations that import nothing: the client type is written out, not inferred from the router', () => {
    for (const file of ['index.d.ts', 'index.d.cts']) {
      const types = readFileSync(dist + file, 'utf8');
      expect(types, file).not.toMatch(/^\s*import\b|\bimport\(|\bfrom ['"]|\brequire\(/m);
      expect(types, file).toContain('interface BosProcedures {');
      // The contracts' field comments reach the consumer's editor (product.create's price and weight).
      expect(types, file).toMatch(/Selling price in whole rupiah/);
      expect(types, file).toMatch(/Shipping weight of one unit in whole grams/);
    }
  });

  it('keeps React in its own entry: the react bundles load only their peers, its types only public packages', () => {
    for (const file of reactBundles) {
      expect(importsOf(readFileSync(dist + file, 'utf8')), file).toEqual(
        new Set(['@trpc/tanstack-react-query', 'react']),
      );
    }
    for (const file of bundles) expect(readFileSync(dist + file, 'utf8'), file).not.toMatch(/react/i);
    for (const file of ['react.d.ts', 'react.d.cts']) {
      const imports = importsOf(readFileSync(dist + file, 'utf8'));
      expect(imports, file).toEqual(
        new Set([
          '@bosonline/sdk',
          '@tanstack/react-query',
          '@trpc/server',
          '@trpc/tanstack-react-query',
          'react',
        ]),
      );
    }
  });

  it('loads and exposes the client factory and error helpers', async () => {
    const sdk = (await import(`${dist}index.js`)) as Record<string, unknown>;
    expect(typeof sdk.createBosClient).toBe('function');
    expect(typeof sdk.isBosError).toBe('function');
    expect(typeof sdk.fieldErrors).toBe('function');
  });
});
