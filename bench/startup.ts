import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { groupCpuMs } from './lib/cpu.ts';
import { writeResults } from './lib/report.ts';

// Time from typing `pnpm start` (the root script, as the README says) to a healthy server
// (`/healthz` answers 200): on an empty data folder (a new database with its reference data, the
// demo store) and on the same folder again (nothing to do but boot). Embedded PGlite; median of
// RUNS (default 3) of each. Run after `pnpm install`, which prepares the database template.

const runs = Number(process.env.RUNS ?? 3);
const root = fileURLToPath(new URL('..', import.meta.url));
// Run through pnpm (`pnpm -F @bosonline/bench startup`), npm_execpath is pnpm itself; else npx's.
const pnpm = process.env.npm_execpath?.includes('pnpm')
  ? [process.execPath, process.env.npm_execpath]
  : ['npx', '-y', 'pnpm@10.34.8'];

/** Starts the server on `dataDir`; resolves when /healthz answered 200, with the wall and CPU time. */
async function timeStart(dataDir: string): Promise<{ wallMs: number; cpuMs: number }> {
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
    return { wallMs: performance.now() - started, cpuMs: groupCpuMs(child.pid as number) };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The whole group: pnpm and the server it runs.
    if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] ?? Number.NaN);
};

// The machine is shared: the load average says how much the wall times are worth.
const load = (): number => Math.round((loadavg()[0] ?? 0) * 10) / 10;
const loadBefore = load();
type Sample = Awaited<ReturnType<typeof timeStart>>;
const samples = { empty: [] as Sample[], second: [] as Sample[] };
for (let run = 0; run < runs; run++) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bos-startup-'));
  try {
    samples.empty.push(await timeStart(dataDir));
    samples.second.push(await timeStart(dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const [a, b] = [samples.empty[run], samples.second[run]];
  console.log(
    `run ${run + 1}: empty folder ${Math.round(a?.wallMs ?? 0)} ms (cpu ${a?.cpuMs}), second start ${Math.round(b?.wallMs ?? 0)} ms (cpu ${b?.cpuMs})`,
  );
}

const summary = (scenario: string, list: Sample[]) => ({
  scenario,
  runs,
  medianMs: median(list.map((s) => s.wallMs)),
  medianCpuMs: median(list.map((s) => s.cpuMs)),
  samples: list.map((s) => ({ wallMs: Math.round(s.wallMs), cpuMs: s.cpuMs })),
});
const results = [
  summary('empty data folder → /healthz 200', samples.empty),
  summary('second start → /healthz 200', samples.second),
];
const loadAverage = { before: loadBefore, after: load() };
console.log(`load average (1 min): ${loadAverage.before} before, ${loadAverage.after} after`);
console.table(results.map(({ samples, ...rest }) => rest));
console.log(`written to ${writeResults('startup.json', { scenarios: results, loadAverage })}`);
