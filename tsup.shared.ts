import type { Options } from 'tsup';

/** How the publishable packages (contracts, sdk) build: ESM + CJS + declarations. */
export const libraryBuild: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
};
