import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

// Shared engines live in their own module that domains register with (DESIGN.md "No circles"),
// so a domain importing another that imports it back fails here. Type imports count too: they
// are how the downloads circle started. The way out is a module of its own for what both sides
// share (domains/auth/authenticated.ts holds who a request is, for the context and authenticate).
it('has no import circles in packages/api/src', { timeout: 120_000 }, async () => {
  const tree = await parseDependencyTree('src/**/*.ts', {
    cwd: root,
    context: root,
    exclude: /node_modules|packages\/db\//,
    transform: false,
  });
  const circles = parseCircular(tree)
    .filter((files) => files.every((f) => f.startsWith('src/')))
    .map((files) => files.join(' > '));
  expect(circles).toEqual([]);
});
