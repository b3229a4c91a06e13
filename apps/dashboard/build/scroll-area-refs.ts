import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// Mantine's ScrollArea (which its Table and Modal import, so every page with a table loads it)
// takes one thing from floating-ui: `useMergeRefs`, to merge its viewport's refs. floating-ui is
// one module of ~44 KB (~12 KB brotli) that a page gets whole, so the order list downloaded and
// parsed all of it to merge three refs. Here ScrollArea's import of it resolves to the same merge
// done by Mantine's own `useMergedRef` (src/ui/merge-refs.ts); menus, popovers and tooltips still
// get floating-ui, in their own file (vite.config.ts). Should Mantine take anything else from
// floating-ui there, the build stops on the missing export; scroll-area-refs.test.ts checks the
// import is still this one.

export const scrollAreaModule =
  /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]ScrollArea[\\/]ScrollArea\.mjs$/;

const mergeRefs = fileURLToPath(new URL('../src/ui/merge-refs.ts', import.meta.url));

export function scrollAreaRefs(): Plugin {
  return {
    name: 'bos-scroll-area-refs',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === '@floating-ui/react' && importer && scrollAreaModule.test(importer)
        ? mergeRefs
        : undefined;
    },
  };
}
