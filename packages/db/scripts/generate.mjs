// Runs `prisma generate` offline. Prisma's CLI insists on locating a schema-engine binary even
// though generation never uses it (and downloading one is impossible here), so we point it at a stub.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const stub = join(mkdtempSync(join(tmpdir(), 'bos-prisma-')), 'schema-engine');
writeFileSync(stub, '#!/bin/sh\nexit 0\n');
chmodSync(stub, 0o755);

const result = spawnSync('prisma', ['generate'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: stub,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
