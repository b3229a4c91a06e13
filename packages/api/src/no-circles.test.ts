import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

// Type-only: Context names the Tenant that authenticate.ts defines, and authenticate.ts takes a
// Context. Moving those types out of authenticate.ts is left for after the session-check work there.
const known = new Set([
  'src/context.ts > src/domains/auth/authenticate.ts',
  'src/context.ts > src/domains/auth/authenticate.ts > src/domains/api-key/authenticate-key.ts',
  'src/domains/auth/authenticate.ts > src/domains/api-key/authenticate-key.ts',
]);

// Shared engines live in their own module that domains register with (DESIGN.md "No circles"),
// so a domain importing another that imports it back fails here. Type imports count too: they
// are how the downloads circle started.
it('has no import circles in packages/api/src', { timeout: 120_000 }, async () => {
  const tree = await parseDependencyTree('src/**/*.ts', {
    cwd: root,
    context: root,
    exclude: /node_modules|packages\/db\//,
    transform: false,
  });
  const circles = parseCircular(tree)
    .filter((files) => files.every((f) => f.startsWith('src/')))
    .map((files) => files.join(' > '))
    .filter((circle) => !known.has(circle));
  expect(circles).toEqual([]);
});
