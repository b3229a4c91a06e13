import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withRestTable } from '../src/rest-table.ts';

describe('README', () => {
  it('lists every REST route the server serves (regenerate with `pnpm gen:readme`)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(withRestTable(readme) === readme, 'README REST table is stale: run `pnpm gen:readme`').toBe(true);
  });
});
