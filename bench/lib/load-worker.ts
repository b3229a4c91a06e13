// Runs the load generator in its own process, so it does not share an event loop with the server
// it measures (see `load` in report.ts). Takes one job over IPC, answers one result.
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  connections: number;
  seconds: number;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** JSON bodies, sent in turn (POST). */
  bodies: string[] | null;
  /**
   * Open loop only: these exact requests (raw body and its own headers, e.g. a signature), each
   * sent once, in this order; the run ends when the last one is answered, not after `seconds`.
   */
  requests: Array<{ body: string; headers: Record<string, string> }> | null;
  /** Open loop: requests per second arriving at random (Poisson) times; closed loop when null. */
  rate: number | null;
}

export interface LoadOutcome {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  /** Open loop: requests sent, and seconds from the first planned arrival to the last answer. */
  sent?: number;
  seconds?: number;
  /** Open loop: the slowest answer, and answers by HTTP status. */
  maxMs?: number;
  statuses?: Record<string, number>;
  /** Open loop: CPU time (user + system) the generator itself used. */
  cpuMs?: number;
}

/** Closed loop: every connection sends its next request as soon as the last one is answered. */
async function closedLoop(job: LoadJob): Promise<LoadOutcome> {
  let next = 0;
  const bodies = job.bodies;
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    method: job.method,
    headers: job.headers,
    ...(bodies
      ? { requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }] }
      : {}),
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/**
 * Open loop: requests arrive at exponential intervals (as independent buyers do), whatever the
 * server's pace, at most `connections` in flight. autocannon's own rate limit fires every
 * connection at the same instant, which measures bursts rather than load. Latency counts from the
 * planned arrival, so time spent waiting for a free connection is included.
 */
async function openLoop(job: LoadJob, rate: number): Promise<LoadOutcome> {
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let inFlight = 0;
  let sent = 0;
  const statuses: Record<string, number> = {};
  const waiting: Array<() => void> = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  const end = started + job.seconds * 1000;
  const list = job.requests;
  const more = (at: number) => (list ? sent < list.length : at < end);
  const one = async (plannedAt: number, body: string | undefined, headers: Record<string, string>) => {
    if (inFlight >= job.connections) await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight += 1;
    try {
      const status = await send(body, headers);
      if (status >= 300) non2xx += 1;
      statuses[status] = (statuses[status] ?? 0) + 1;
      latencies.push(performance.now() - plannedAt);
    } catch {
      errors += 1;
    } finally {
      inFlight -= 1;
      waiting.shift()?.();
    }
  };
  // node's http client on kept-alive sockets: fetch costs the generator several times more CPU per
  // request, taken from the server it measures on a small machine.
  const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
  const send = (body: string | undefined, headers: Record<string, string>) =>
    new Promise<number>((resolve, reject) => {
      const req = request(job.url, { method: job.method, headers, agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
  const pending: Array<Promise<void>> = [];
  let at = started;
  while (more(at)) {
    at += -Math.log(1 - Math.random()) * (1000 / rate);
    const wait = at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const request = list?.[sent];
    if (request) pending.push(one(at, request.body, { ...job.headers, ...request.headers }));
    else pending.push(one(at, job.bodies ? job.bodies[sent % job.bodies.length] : undefined, job.headers));
    sent += 1;
  }
  await Promise.all(pending);
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const pct = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return {
    requestsPerSecond: Math.round(latencies.length / (list ? seconds : job.seconds)),
    p50Ms: pct(0.5),
    p99Ms: pct(0.99),
    errors,
    non2xx,
    sent,
    seconds: Number(seconds.toFixed(2)),
    maxMs: Math.round(latencies.at(-1) ?? 0),
    statuses,
    cpuMs: Math.round((used.user + used.system) / 1000),
  };
}

const job = await new Promise<LoadJob>((resolve) => process.once('message', resolve));
process.send?.(job.rate ? await openLoop(job, job.rate) : await closedLoop(job));
process.disconnect();
