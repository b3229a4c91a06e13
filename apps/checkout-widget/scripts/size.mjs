// The widget's size budget: every buyer downloads it before they can order. Prints the gzipped
// size of the built bundle and its largest parts, and fails when it is over budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budget = 35 * 1024;
const file = new URL('../dist/bos-checkout.js', import.meta.url);
const code = readFileSync(file);
const gzipped = gzipSync(code, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// Share of each package in the bundle, from the source map (source text, before minification).
const map = JSON.parse(readFileSync(new URL('../dist/bos-checkout.js.map', import.meta.url), 'utf8'));
const parts = new Map();
map.sources.forEach((source, i) => {
  const name = source.includes('node_modules/')
    ? source
        .split('node_modules/')
        .at(-1)
        .split('/')
        .slice(0, source.includes('/@') ? 2 : 1)
        .join('/')
    : source.replace(/^(\.\.\/)+/, '');
  const group = name.startsWith('src/') ? 'widget (src/)' : name;
  parts.set(group, (parts.get(group) ?? 0) + (map.sourcesContent?.[i]?.length ?? 0));
});
console.log(`bos-checkout.js: ${kb(code.length)} minified, ${kb(gzipped)} gzipped (budget ${kb(budget)})`);
for (const [name, size] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
  console.log(`  ${name.padEnd(40)} ${kb(size)} of source`);
}
if (gzipped > budget) {
  console.error(`over budget by ${kb(gzipped - budget)}`);
  process.exit(1);
}
