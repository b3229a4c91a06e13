import { readFileSync, writeFileSync } from 'node:fs';
import { restRouteTable } from '@bosonline/api';

// The README's REST table is generated from the route table, so docs and server cannot drift
// (test/readme.test.ts fails when they do; `pnpm gen:readme` rewrites it).

export const markers = { start: '<!-- rest-table:start -->', end: '<!-- rest-table:end -->' };

export function restTableMarkdown(): string {
  const rows = restRouteTable.map((route) => {
    const summary = route.summary.replaceAll('|', '\\|');
    const auth = route.auth === 'public' ? '–' : route.auth;
    const procedure = route.withToken
      ? `\`${route.procedure}\` (with a token: \`${route.withToken}\`)`
      : `\`${route.procedure}\``;
    return `| ${route.tag} | ${route.method} | \`${route.path}\` | ${procedure} | ${summary} | ${auth} |`;
  });
  return ['| group | method | path | procedure | what | auth |', '|---|---|---|---|---|---|', ...rows].join(
    '\n',
  );
}

/** The README with its REST table replaced by the current one. */
export function withRestTable(readme: string): string {
  const start = readme.indexOf(markers.start);
  const end = readme.indexOf(markers.end);
  if (start < 0 || end < start) throw new Error('README has no rest-table markers');
  return `${readme.slice(0, start + markers.start.length)}\n${restTableMarkdown()}\n${readme.slice(end)}`;
}

if (process.argv[1]?.endsWith('rest-table.ts')) {
  const file = new URL('../../../README.md', import.meta.url);
  writeFileSync(file, withRestTable(readFileSync(file, 'utf8')));
  console.log('README.md REST table updated');
}
