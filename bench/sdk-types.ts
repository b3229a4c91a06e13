import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResults } from './lib/report.ts';

// What the SDK's types cost a consumer: `tsc --noEmit` (strict) on a 45-line file that uses the SDK
// (lib/sdk-consumer.ts), in a project outside the workspace with nothing but the packed SDK
// installed by plain npm, with skipLibCheck off (every declaration file checked, as the SDK's own
// test does) and on (most projects' setting). The same project on a file that does not use the SDK
// gives the floor: TypeScript's own libs, which dominate with skipLibCheck off. Needs a built SDK
// (`pnpm build`). BASELINE=<dir of .tgz files> measures an earlier pack too (e.g. the SDK and
// contracts tarballs of an older commit).

const runs = Number(process.env.RUNS ?? 3);
const root = fileURLToPath(new URL('../', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, process.env.npm_execpath]
  : ['npx', '-y', 'pnpm@10.34.8'];

// npm here must not read what a surrounding `pnpm` run tells it about this workspace.
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !key.startsWith('npm_') || key === 'npm_config_registry' || key === 'npm_config_cache',
  ),
);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function packCurrent(into: string): string[] {
  const [command, ...args] = pnpm as [string, ...string[]];
  const out = execFileSync(
    command,
    [...args, 'pack', '--json', '--config.ignore-scripts=true', '--pack-destination', into],
    { cwd: join(root, 'packages/sdk'), encoding: 'utf8' },
  );
  return [(JSON.parse(out) as { filename: string }).filename];
}

/** One `tsc` run: wall time, and what `--extendedDiagnostics` says of it. */
function typecheck(project: string, file: string, skipLibCheck: boolean) {
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        skipLibCheck,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        // esnext.disposable: tRPC's own declarations need it with skipLibCheck off, so an SDK whose
        // types still import tRPC's (BASELINE) compiles too; this SDK's do not need it.
        lib: ['es2022', 'esnext.disposable', 'dom'],
        noEmit: true,
        types: [],
      },
      files: [file],
    }),
  );
  const started = performance.now();
  let output: string;
  try {
    output = execFileSync(process.execPath, [tsc, '-p', project, '--extendedDiagnostics'], {
      encoding: 'utf8',
    });
  } catch (error) {
    throw new Error(`tsc failed on ${file}:\n${(error as { stdout?: string }).stdout ?? error}`);
  }
  const wallMs = performance.now() - started;
  const read = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output)?.[1]);
  return {
    wallMs,
    checkMs: read('Check time') * 1000,
    instantiations: read('Instantiations'),
    types: read('Types'),
  };
}

function measure(label: string, tarballs: string[]) {
  const project = mkdtempSync(join(tmpdir(), 'bos-sdk-types-'));
  try {
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    const quiet = ['--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'];
    execFileSync('npm', ['install', ...quiet, ...tarballs], { cwd: project, env: npmEnv, stdio: 'pipe' });
    copyFileSync(
      fileURLToPath(new URL('./lib/sdk-consumer.ts', import.meta.url)),
      join(project, 'consumer.ts'),
    );
    writeFileSync(join(project, 'floor.ts'), 'export const nothing: number = 0;\n');
    const declarations = join(project, 'node_modules/@bosonline/sdk/dist/index.d.ts');
    const settings = [false, true].map((skipLibCheck) => {
      const samples = [];
      const floor = [];
      for (let run = 0; run < runs; run++) {
        samples.push(typecheck(project, 'consumer.ts', skipLibCheck));
        floor.push(typecheck(project, 'floor.ts', skipLibCheck));
      }
      return {
        skipLibCheck,
        medianMs: {
          tscWall: Math.round(median(samples.map((s) => s.wallMs))),
          tscCheck: Math.round(median(samples.map((s) => s.checkMs))),
          floorWall: Math.round(median(floor.map((s) => s.wallMs))),
          floorCheck: Math.round(median(floor.map((s) => s.checkMs))),
        },
        instantiations: median(samples.map((s) => s.instantiations)),
        types: median(samples.map((s) => s.types)),
      };
    });
    const result = {
      sdk: label,
      runs,
      declarationBytes: statSync(declarations).size,
      settings,
    };
    console.dir(result, { depth: 4 });
    return result;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

const results = [];
const baseline = process.env.BASELINE;
if (baseline) {
  const tarballs = readdirSync(baseline)
    .filter((f) => f.endsWith('.tgz'))
    .map((f) => join(baseline, f));
  results.push(measure(process.env.BASELINE_LABEL ?? `baseline (${baseline})`, tarballs));
}
const packs = mkdtempSync(join(tmpdir(), 'bos-sdk-pack-'));
try {
  results.push(measure('this build', packCurrent(packs)));
} finally {
  rmSync(packs, { recursive: true, force: true });
}
console.log(`written to ${writeResults('sdk-types.json', results)}`);
