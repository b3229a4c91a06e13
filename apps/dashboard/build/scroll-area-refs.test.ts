import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mantineSheet } from './mantine-css.ts';
import { scrollAreaModule } from './scroll-area-refs.ts';

// The build hands Mantine's ScrollArea a ref merge of Mantine's own in place of floating-ui's: a
// Mantine release that took something else from floating-ui there, or moved the file, would
// otherwise be found only by a build failing, or by a page loading floating-ui again.

const core = join(mantineSheet('baseline'), '..', '..');
const scrollArea = join(core, 'esm', 'components', 'ScrollArea', 'ScrollArea.mjs');

describe("ScrollArea's ref merge (build/scroll-area-refs.ts)", () => {
  it('finds the module where the build expects it', () => {
    expect(scrollArea).toMatch(scrollAreaModule);
  });

  it('takes only useMergeRefs from floating-ui', () => {
    const imports = [
      ...readFileSync(scrollArea, 'utf8').matchAll(/import\s*\{([^}]*)\}\s*from\s*"@floating-ui\/[^"]+"/g),
    ];
    expect(imports.map((m) => m[1]?.trim())).toEqual(['useMergeRefs']);
  });
});
