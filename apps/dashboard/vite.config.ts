import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compileHints } from './build/compile-hints.ts';
import { earlyCallsTable } from './build/early-calls.ts';
import { mantineCss } from './build/mantine-css.ts';
import { precompress } from './build/precompress.ts';
import { routePreloads } from './build/route-preloads.ts';
import { scrollAreaRefs } from './build/scroll-area-refs.ts';

// Served by the API server at /app (apps/server/src/dashboard.ts), so every asset URL starts
// there. `pnpm dev` runs Vite with HMR and sends API calls to a server on :3000 (`pnpm start`).
/** Mantine and the icons. */
const kit = /node_modules[\\/](@mantine[\\/](core|hooks)|@tabler[\\/]icons-react)[\\/]/;
/** The inputs only editing pages use (react-number-format is NumberInput's). */
const editingInputs =
  /node_modules[\\/](react-number-format[\\/]|@mantine[\\/]core[\\/]esm[\\/]components[\\/](NumberInput|NumberFormatter|Select|Combobox|Autocomplete|Textarea|ColorPicker|ColorInput|ColorSwatch|TagsInput|MultiSelect|Pill|PillsInput|PasswordInput|Switch|Grid|Fieldset|Code|Image|CopyButton|LoadingOverlay|NativeSelect)[\\/]|@mantine[\\/]hooks[\\/]esm[\\/](use-eye-dropper|use-move)[\\/])/;

/** Menus, popovers, tooltips, drawers and dialogs, with their positioning library (floating-ui). */
const floatingKit =
  /node_modules[\\/](@floating-ui[\\/]|@mantine[\\/]core[\\/]esm[\\/]components[\\/](Menu|Popover|Tooltip|HoverCard|Drawer|Modal|ModalBase)[\\/])/;

export default defineConfig({
  base: '/app/',
  plugins: [
    mantineCss(),
    scrollAreaRefs(),
    react(),
    earlyCallsTable(),
    routePreloads(),
    compileHints(),
    precompress(),
  ],
  server: {
    port: 5173,
    // The Form builder's preview loads the checkout widget from the same origin as the dashboard;
    // index.html refreshes a reloaded page's session through the REST door.
    proxy: Object.fromEntries(
      ['/trpc', '/widget', '/auth/refresh'].map((path) => [
        path,
        { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: true },
      ]),
    ),
  },
  build: {
    // Browsers of the last ~3 years: sellers and CS work in current Chrome on Android and desktop.
    target: 'es2022',
    reportCompressedSize: true,
    // Every browser the target allows knows <link rel="modulepreload">: no polyfill in the first load.
    modulePreload: { polyfill: false },
    // One stylesheet for the whole app (with Mantine's globals before it: build/mantine-css.ts).
    // Split per page, the order list's ~25 KB came in fourteen small files, and on a phone's
    // six connections at 150 ms each the extra requests cost more than the bytes they saved.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // React changes less often than our pages: its own file stays cached across releases.
        // Everything else the first load runs (tag $initial: the entry and what it imports
        // statically) is one file: left to the bundler it came as ten, and on a phone's six
        // connections at 150 ms each the extra round trips cost ~0.5 s. The rest is split along
        // the lazy routes (routes/tree.ts): each page brings the libraries only it uses (the chart
        // library comes with Beranda's chart). Hand-made groups of libraries (Mantine, vendor)
        // pulled whole kits into the first load, and one left a circular import between chunks.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            { name: 'start', tags: ['$initial'], priority: 1 },
            // Mantine and icon modules that two or more pages use: one file, fetched with the
            // first page that needs it and cached for the next. Split by the bundler, the order
            // list came in 25 files (the admin console's pages split Mantine further); now 10, for
            // ~25 KB more on that first page and a faster next page (Beranda -> Pesanan 1.8 -> 1.4 s).
            // Taken first, with what they import (Mantine's shared internals among it), so that
            // the editing inputs' file below holds nothing the kit needs.
            {
              name: 'kit',
              test: (id: string) => kit.test(id) && !editingInputs.test(id) && !floatingKit.test(id),
              minShareCount: 2,
              priority: 0.5,
            },
            // The editing pages' inputs (numbers, colours, tags, passwords, switches, grids) in a
            // file of their own: in the kit, they were ~15 KB (brotli) of the order list's and
            // Beranda's first load that neither page runs.
            // The floating components in a file of their own, before the editing inputs take them
            // with their selects: the order list's first screen opens its menu and the header's
            // drawer only on demand (hooks/floating.ts) and shows no dialog, and they were ~20 KB
            // (brotli) of its load.
            { name: 'kit-floating', test: floatingKit, minShareCount: 2, priority: 0.3 },
            { name: 'kit-forms', test: editingInputs, minShareCount: 2 },
            // Mantine's toast store, which pages call, apart from the toasts' container and its
            // transitions, which come after the first screen (hooks/floating.ts): bundled together,
            // every page that shows a toast brought the container (~7 KB gzipped) into its first load.
            { name: 'notify', test: /@mantine[\\/]notifications[\\/]esm[\\/]notifications\.store/ },
          ],
        },
      },
    },
  },
});
