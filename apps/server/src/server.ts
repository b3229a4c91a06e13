import type { AddressInfo } from 'node:net';
import type { Database } from '@bosonline/db';
import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { startBackgroundWork } from './background.ts';
import type { Config } from './config.ts';
import { buildDeps } from './runtime.ts';
import { version } from './version.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves the app on the configured port (0 = any free port) until close() is called. */
export async function listen(
  config: Config,
  database: Database,
  logger: Logger,
  deps = buildDeps(config, database, logger),
  /** Off only for tests that count a request's own SQL statements (the jobs' would mix in). */
  options: { background?: boolean } = {},
): Promise<RunningServer> {
  const app = createApp({
    deps,
    ping: database.ping,
    version,
    trustProxy: config.trustProxy,
    publicUrl: config.publicUrl,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  const background = options.background === false ? undefined : startBackgroundWork(deps);
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Idle keep-alive connections would hold close() open.
        (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      });
      await background?.stop();
      await deps.ports.cache.close();
      await deps.rateLimits.close();
      await deps.sessions?.close();
    },
  };
}
