import { defineConfig } from 'vite';

// One classic script (IIFE), so `<script src=".../bos-checkout.js" defer>` works on any page and
// `document.currentScript` tells the widget which server it came from.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    lib: {
      entry: 'src/main.tsx',
      formats: ['iife'],
      name: 'BosCheckout',
      fileName: () => 'bos-checkout.js',
    },
    // Browsers of the last ~3 years (Android Chrome updates itself); keeps the bundle free of helpers.
    target: 'es2022',
    // For size analysis (`pnpm size`), not served: pages load no map.
    sourcemap: 'hidden',
    // Budget: 35 KB gzipped, checked by `pnpm size`.
    reportCompressedSize: true,
  },
});
