import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

/** Runs autocannon against one URL on this machine (loopback only) for a bounded time. */
export async function load(
  name: string,
  url: string,
  options: {
    connections?: number;
    seconds?: number;
    headers?: Record<string, string>;
    method?: 'GET' | 'POST';
    /** A fresh JSON body for each request (POST). */
    body?: () => unknown;
  } = {},
): Promise<LoadResult> {
  const makeBody = options.body;
  const result = await autocannon({
    url,
    connections: options.connections ?? 10,
    duration: options.seconds ?? 10,
    method: options.method ?? 'GET',
    headers: { ...(makeBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
    ...(makeBody
      ? { requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(makeBody()) }) }] }
      : {}),
  });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
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
