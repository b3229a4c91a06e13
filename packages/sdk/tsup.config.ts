import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared.ts';

export default defineConfig({
  ...libraryBuild,
  // The router is imported as a type only; nothing of the server may end up in the bundle.
  external: ['@bosonline/api'],
});
