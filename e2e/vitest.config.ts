import { defineProject } from 'vitest/config';

export default defineProject({
  // One browser and one server per file; a page waits on the network, not on a clock.
  test: { name: 'e2e', testTimeout: 60_000, hookTimeout: 120_000 },
});
