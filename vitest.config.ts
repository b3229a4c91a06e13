import { defineConfig } from 'vitest/config';
import { projects } from './vitest.workspace.ts';

export default defineConfig({
  test: {
    projects,
    // Two cores: more workers only add contention on the embedded database and the CPU.
    maxWorkers: 2,
  },
});
