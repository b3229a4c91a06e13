import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.ts';

export default defineConfig({
  ...libraryBuild,
  // `react` is `@bosonline/sdk/react`: TanStack Query for React apps, kept out of the core.
  entry: ['src/index.ts', 'src/react.ts'],
  // The router is imported as a type only; nothing of the server may end up in the bundle. The
  // react entry reads the core by the package's name (types only), so it never bundles a copy.
  external: ['@bosonline/api', '@bosonline/sdk'],
  // The shared contracts are not published: what the client uses of them (the transformer) is
  // bundled in, so `npm install @bosonline/sdk` needs only public packages.
  noExternal: ['@bosonline/contracts'],
});
