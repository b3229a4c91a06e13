// The list of test projects. Vitest 4 has no workspace file of its own: vitest.config.ts imports this.
export const projects = [
  'packages/contracts',
  'packages/db',
  'packages/api',
  'packages/sdk',
  'apps/server',
  'apps/dashboard',
  'e2e',
];
