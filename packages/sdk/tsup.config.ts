import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  // The router is imported as a type only; nothing of the server may end up in the bundle.
  external: ['@bosonline/api'],
});
