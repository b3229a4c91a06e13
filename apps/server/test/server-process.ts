import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

// The real server as its own process (`cli start`, as `pnpm start` runs it), for tests that kill
// it, restart it, or run two of them over one database.

const serverDir = new URL('..', import.meta.url).pathname;
const cli = new URL('../src/cli.ts', import.meta.url).pathname;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has ended (by itself or killed). */
  exited: Promise<void>;
  out(): string;
  err(): string;
  /** `kill -9`: no shutdown code runs, open requests and transactions are cut off. */
  crash(): Promise<void>;
  /** SIGTERM: the normal stop (open requests finish). */
  stop(): Promise<void>;
}

const running = new Set<ServerProcess>();

/**
 * Starts `cli start` and resolves once it prints its URL. `env` names the database: DATABASE_URL
 * (already migrated and seeded: SEED_DEMO=false) or DATA_DIR. TRUST_PROXY=true, so callers pick
 * their address with X-Forwarded-For as a load balancer would add it.
 */
export async function startServerProcess(
  env: ({ DATABASE_URL: string } | { DATA_DIR: string }) & Record<string, string>,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'start'], {
    cwd: serverDir,
    env: {
      PATH: process.env.PATH ?? '',
      DB_POOL_SIZE: '5',
      JWT_SECRET: 'process-test-secret-process-test-secret-0',
      PORT: '0',
      HOST: '127.0.0.1',
      TRUST_PROXY: 'true',
      SEED_DEMO: 'false',
      DNS_RESOLVER: 'sandbox',
      LOG_LEVEL: 'warn',
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = once(child, 'exit').then(() => undefined);
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = stdout.match(/running at (http:\/\/\S+)/);
      if (match) {
        child.stdout?.off('data', onData);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    void exited.then(() => reject(new Error(`server exited during start-up: ${stderr}`)));
  });
  const server: ServerProcess = {
    url,
    child,
    exited,
    out: () => stdout,
    err: () => stderr,
    async crash() {
      child.kill('SIGKILL');
      await exited;
      running.delete(server);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
      running.delete(server);
    },
  };
  running.add(server);
  return server;
}

/** Kills what a failed test left running (afterAll), so no server outlives its file. */
export async function killServerProcesses(): Promise<void> {
  await Promise.all([...running].map((server) => server.crash()));
}
