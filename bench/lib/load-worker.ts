// Runs autocannon in its own process, so the load generator does not share an event loop with
// the server it measures (see `load` in report.ts). Takes one job over IPC, answers one result.
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  connections: number;
  seconds: number;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** JSON bodies, sent in turn (POST). */
  bodies: string[] | null;
  /** Requests per second across all connections (open loop); unlimited when null. */
  rate: number | null;
}

const job = await new Promise<LoadJob>((resolve) => process.once('message', resolve));
let next = 0;
const bodies = job.bodies;
const result = await autocannon({
  url: job.url,
  connections: job.connections,
  duration: job.seconds,
  method: job.method,
  headers: job.headers,
  ...(job.rate ? { overallRate: job.rate } : {}),
  ...(bodies
    ? { requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }] }
    : {}),
});
process.send?.({
  requestsPerSecond: Math.round(result.requests.average),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  errors: result.errors,
  non2xx: result.non2xx,
});
process.disconnect();
