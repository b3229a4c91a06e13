import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

// Only the Mantine styles the app uses.
//
// `@mantine/core/styles.css` is every component's sheet (~42 KB gzipped), render-blocking on
// every first load although the app uses a few dozen components. Mantine also ships one sheet per
// component (`@mantine/core/styles/Button.css`), and each component's code imports its class
// names from a `<Name>.module.mjs` of the same name — Button's from Button.module.mjs, and
// Button's own imports bring Loader's and UnstyledButton's. So in a build, each of those modules
// imports its sheet: the bundle carries exactly the sheets of the components it contains,
// internal ones included (27 KB gzipped today), with no list to keep up to date. A component's
// imports run before its own class names, so a sheet follows the sheets it builds on, as in
// Mantine's own styles.css. (The build writes all of them to one file: vite.config.ts.)
//
// main.tsx keeps importing `@mantine/core/styles.css`. In a build it stands for the three sheets no
// component brings (reset, CSS variables, global classes), written as a file of their own that
// index.html links before the app's stylesheet: after it, the global classes (focus rings) would
// win over the components' own at the same specificity.
// The dev server pre-bundles @mantine/core into one file, so there the whole styles.css stays.

/** `…/@mantine/core/esm/components/Button/Button.module.mjs` → `Button`. */
export const mantineComponentModule = /[\\/]@mantine[\\/]core[\\/]esm[\\/](?:.*[\\/])?(\w+)\.module\.mjs$/;

/** What every page needs before any component: Mantine's reset, its CSS variables, its global classes. */
export const mantineGlobalSheets = ['baseline', 'default-css-variables', 'global'];

const require = createRequire(import.meta.url);

/** The file of a Mantine sheet (`Button` → …/@mantine/core/styles/Button.css). */
export const mantineSheet = (name: string) => require.resolve(`@mantine/core/styles/${name}.css`);

const fullSheet = /^@mantine\/core\/styles\.css$/;
const emptyId = '\0bos-mantine-globals-linked.css';

export function mantineCss(): Plugin {
  const globals = mantineGlobalSheets.map((name) => readFileSync(mantineSheet(name), 'utf8')).join('\n');
  let fileName = '';
  let base = '/';
  return {
    name: 'bos-mantine-css',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
      const hash = createHash('sha256').update(globals).digest('base64url').slice(0, 8);
      fileName = `${config.build.assetsDir}/mantine-globals-${hash}.css`;
    },
    resolveId(source) {
      return fullSheet.test(source) ? emptyId : undefined;
    },
    load(id) {
      return id === emptyId ? '' : undefined;
    },
    transform(code, id) {
      const name = id.match(mantineComponentModule)?.[1];
      if (!name) return undefined;
      const sheet = mantineSheet(name);
      // A component without a sheet would lose its styles without a word: stop the build instead.
      if (!existsSync(sheet)) this.error(`@mantine/core has no styles/${name}.css for ${id}`);
      return { code: `import ${JSON.stringify(sheet)};\n${code}`, map: null };
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: globals });
    },
    transformIndexHtml: {
      order: 'post',
      // Before the first of the build's stylesheets, and after index.html's own head (its inline
      // script must not wait for a stylesheet to arrive).
      handler: (html) => {
        const link = `<link rel="stylesheet" crossorigin href="${base}${fileName}">`;
        const first = html.indexOf('<link rel="stylesheet"');
        return first === -1
          ? html.replace('</head>', `  ${link}\n  </head>`)
          : `${html.slice(0, first)}${link}\n    ${html.slice(first)}`;
      },
    },
  };
}
