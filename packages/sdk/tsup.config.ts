import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.ts';

export default defineConfig({
  ...libraryBuild,
  // The router is imported as a type only; nothing of the server may end up in the bundle.
  external: ['@bosonline/api'],
  // The shared contracts are not published: what the client uses of them (the transformer) is
  // bundled in, so `npm install @bosonline/sdk` needs only public packages.
  noExternal: ['@bosonline/contracts'],
});
