import { embeddedTemplate } from './template.ts';

// `pnpm db:template` (run by postinstall): makes the embedded database template now, so the first
// `pnpm start` on an empty data folder copies it instead of spending ~10 s building a database.

const dir = await embeddedTemplate();
process.stdout.write(
  dir
    ? `embedded database template ready: ${dir}\n`
    : 'embedded database template skipped (cache folder not writable)\n',
);
