import { defineProject } from 'vitest/config';

// The dashboard's pure rules (menus per role, URL filters, error wording) and its build steps;
// pages are tested in a real browser in e2e/.
export default defineProject({
  test: { name: 'dashboard', include: ['src/**/*.test.ts', 'build/**/*.test.ts'] },
});
