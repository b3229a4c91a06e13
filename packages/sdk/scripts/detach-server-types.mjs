// Runs after `tsup`. The client's type is the router's, expanded in full by the declaration build,
// except for two server-only names it still mentions: the request context and the procedure meta.
// A client never sees either, so the published declarations say `object` and stop depending on
// the private `@bosonline/api` package. Anything else left from it fails the build.
import { readFile, writeFile } from 'node:fs/promises';

const serverOnlyTypes = ['Context', 'ProcedureMeta'];
const importLine = /^import \* as (\w+) from '@bosonline\/api';\n/m;

for (const file of ['dist/index.d.ts', 'dist/index.d.cts']) {
  let text = await readFile(file, 'utf8');
  const alias = text.match(importLine)?.[1];
  if (alias) {
    text = text
      .replace(importLine, '')
      .replace(new RegExp(`\\b${alias}\\.(?:${serverOnlyTypes.join('|')})\\b`, 'g'), 'object');
  }
  const left = text.match(/.*@bosonline\/api.*|\b_bosonline_api\.\w+/);
  if (left) throw new Error(`${file} still refers to the server package: ${left[0]}`);
  await writeFile(file, text);
}
