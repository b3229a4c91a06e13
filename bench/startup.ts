import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeResults } from './lib/report.ts';

// Time from typing `pnpm start` (the root script, as the README says) to a healthy server
// (`/healthz` answers 200): on an empty data folder (migrate, regions, demo seed) and on the same
// folder again (nothing to do but boot). Embedded PGlite; median of RUNS (default 3) of each.

const runs = Number(process.env.RUNS ?? 3);
const root = fileURLToPath(new URL('..', import.meta.url));
// `pnpm bench:…` sets npm_execpath to pnpm itself; otherwise the pinned pnpm through npx.
const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, process.env.npm_execpath]
  : ['npx', '-y', 'pnpm@10.34.8'];

/** Starts the server on `dataDir` and resolves with the milliseconds until /healthz answered 200. */
async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const [command, ...args] = pnpm as [string, ...string[]];
  const child = spawn(command, [...args, 'start'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = out.match(/running at (http:\/\/\S+)/);
        if (match) resolve(match[1] as string);
      });
      child.once('exit', (code) => reject(new Error(`start exited with ${code}:\n${out}\n${err}`)));
    });
    const health = await fetch(`${url}/healthz`, { headers: { connection: 'close' } });
    if (health.status !== 200) throw new Error(`/healthz answered ${health.status}`);
    return performance.now() - started;
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The whole group: pnpm and the server it runs.
    if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

// The machine is shared: the load average says how much the numbers are worth.
const load = (): number => Math.round((loadavg()[0] ?? 0) * 10) / 10;
const loadBefore = load();
const empty: number[] = [];
const second: number[] = [];
for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bos-startup-'));
  try {
    empty.push(await timeStart(dataDir));
    second.push(await timeStart(dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(
    `run ${run + 1}: empty folder ${Math.round(empty[run] as number)} ms, second start ${Math.round(second[run] as number)} ms`,
  );
}

const results = [
  {
    scenario: 'empty data folder → /healthz 200',
    runs,
    medianMs: Math.round(median(empty)),
    samplesMs: empty.map(Math.round),
  },
  {
    scenario: 'second start → /healthz 200',
    runs,
    medianMs: Math.round(median(second)),
    samplesMs: second.map(Math.round),
  },
];
console.log(`load average (1 min): ${loadBefore} before, ${load()} after`);
console.table(results.map(({ samplesMs, ...rest }) => rest));
console.log(
  `written to ${writeResults('startup.json', { scenarios: results, loadAverage: { before: loadBefore, after: load() } })}`,
);
