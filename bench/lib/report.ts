import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadOutcome } from './load-worker.ts';

export type LoadResult = { name: string } & LoadOutcome;

/**
 * Runs autocannon against one URL on this machine (loopback only) for a bounded time, in a child
 * process: in this one its own work would slow the server under test.
 */
export async function load(
  name: string,
  url: string,
  options: {
    connections?: number;
    seconds?: number;
    headers?: Record<string, string>;
    method?: 'GET' | 'POST';
    /** JSON bodies sent in turn (POST); give more than the run will send to keep them unique. */
    bodies?: unknown[];
    /** Open loop: this many requests per second, at random arrival times, at most `connections` at once. */
    rate?: number;
    /** Open loop: exact requests (raw body, own headers) sent once each in order; ends after the last. */
    requests?: Array<{ body: string; headers: Record<string, string> }>;
  } = {},
): Promise<LoadResult> {
  const job: LoadJob = {
    url,
    connections: options.connections ?? 10,
    seconds: options.seconds ?? 10,
    method: options.method ?? 'GET',
    headers: { ...(options.bodies ? { 'content-type': 'application/json' } : {}), ...options.headers },
    bodies: options.bodies?.map((body) => JSON.stringify(body)) ?? null,
    requests: options.requests ?? null,
    rate: options.rate ?? null,
  };
  const child = fork(fileURLToPath(new URL('./load-worker.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
  });
  const result = await new Promise<LoadOutcome>((resolve, reject) => {
    child.once('message', (message) => resolve(message as LoadOutcome));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
    child.send(job);
  });
  return { name, ...result };
}

export function writeResults(file: string, results: unknown): string {
  mkdirSync(new URL('./results/', `file://${process.cwd()}/`), { recursive: true });
  const payload = {
    recordedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    database: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    results,
  };
  const path = `results/${file}`;
  writeFileSync(path, `${JSON.stringify(payload, null, 2)}\n`);
  return path;
}
