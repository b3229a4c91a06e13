import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverDir = new URL('..', import.meta.url).pathname;
const cli = new URL('../src/cli.ts', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'bos-cli-'));
const otherDir = mkdtempSync(join(tmpdir(), 'bos-cli-other-'));
const children = new Set<ReturnType<typeof spawn>>();
afterAll(() => {
  // A command that should have been refused but started a server must not outlive the file.
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(otherDir, { recursive: true, force: true });
});

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
  });
  children.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = once(child, 'exit').then(([code]) => code as number | null);
  return { child, exit, out: () => stdout, err: () => stderr };
}

/** What a refused command printed: its exit code and stderr's lines (stdout must stay empty). */
async function refusal(args: string[], env: Record<string, string>) {
  const { exit, out, err } = run(args, env);
  const code = await exit;
  return { code, out: out(), lines: err().trimEnd().split('\n') };
}

describe('CLI', () => {
  it('refuses bad configuration with a message naming the variable, exit code 1', async () => {
    const { exit, err } = run(['start'], { PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    expect(await exit).toBe(1);
    expect(err()).toMatch(/PORT/);
    expect(err()).toMatch(/DATABASE_URL: must be a postgresql:\/\/ URL/);
  });

  it('requires JWT_SECRET with PostgreSQL', async () => {
    const { exit, err } = run(['migrate'], { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test' });
    expect(await exit).toBe(1);
    expect(err()).toMatch(/JWT_SECRET: required/);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'names a missing PostgreSQL database in one line, with the command that creates it',
    async () => {
      const url = new URL(process.env.DATABASE_URL as string);
      url.pathname = '/bos_missing_cli_test';
      const refused = await refusal(['migrate'], {
        DATABASE_URL: url.toString(),
        JWT_SECRET: 'cli-test-secret-cli-test-secret-cli-test',
      });
      expect(refused.code).toBe(1);
      expect(refused.lines).toEqual([
        'PostgreSQL has no database "bos_missing_cli_test" (DATABASE_URL); create it with: createdb bos_missing_cli_test',
      ]);
    },
  );
});

// One server for the rest of the file, on a data folder that holds no database yet: the way a
// new user's first `pnpm start` goes (migrate, reference data, demo store, serve). Only a pid file
// is there, left by a run that crashed before it made anything: the start must take it over.
// The limit only stops a hung start (a busy CI machine took over 30 s before start-up was made
// fast); every wait below is on the process's output.
describe('start on an empty data folder', () => {
  let server: ReturnType<typeof run>;
  let url: string;
  const asGiven = relative(serverDir, dataDir);

  beforeAll(async () => {
    const crashed = spawn(process.execPath, ['-e', '']);
    await once(crashed, 'exit');
    writeFileSync(join(dataDir, 'bosonline.pid'), `${crashed.pid}\n`);
    server = run(['start'], { PORT: '0', HOST: '127.0.0.1', DATA_DIR: asGiven });
    url = await new Promise<string>((resolve, reject) => {
      server.child.stdout.on('data', () => {
        const match = server.out().match(/running at (http:\/\/\S+)/);
        if (match && server.out().includes('admin@bosonline.id')) resolve(match[1] as string);
      });
      server.child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${server.err()}`)));
    });
  }, 120_000);

  it('prints URLs and demo logins, serves, and holds the data folder', async () => {
    expect(server.out()).toContain('demo@bosonline.id / demo12345');
    const health = await fetch(`${url}/healthz`, { headers: { connection: 'close' } });
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'ok' });
    expect(readFileSync(join(dataDir, 'bosonline.pid'), 'utf8').trim()).toBe(String(server.child.pid));
  });

  it('lets the demo seller in to the orders, their recap and the products at once', async () => {
    const login = await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ login: 'demo@bosonline.id', password: 'demo12345' }),
    });
    expect(login.status).toBe(200);
    const { access_token } = ((await login.json()) as { data: { access_token: string } }).data;
    for (const path of ['/store/order', '/store/order/recap', '/store/product']) {
      const res = await fetch(`${url}${path}`, {
        headers: { authorization: `Bearer ${access_token}`, connection: 'close' },
      });
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
    }
  });

  it('refuses a second start, migrate or seed on the same folder in one line; the first keeps serving', async () => {
    const message = `${asGiven} is in use by process ${server.child.pid}; stop it or set DATA_DIR`;
    const refused = await Promise.all(
      ['start', 'migrate', 'seed'].map((command) =>
        refusal([command], { PORT: '0', HOST: '127.0.0.1', DATA_DIR: asGiven }),
      ),
    );
    for (const attempt of refused) expect(attempt).toEqual({ code: 1, out: '', lines: [message] });
    const health = await fetch(`${url}/healthz`, { headers: { connection: 'close' } });
    expect(health.status).toBe(200);
  });

  it('refuses a taken port in one line suggesting PORT=…, before touching the database', async () => {
    const port = new URL(url).port;
    const refused = await refusal(['start'], { PORT: port, HOST: '127.0.0.1', DATA_DIR: otherDir });
    expect(refused.code).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.lines).toHaveLength(1);
    expect(refused.lines[0]).toMatch(new RegExp(`^port ${port} is already in use.*PORT=\\d+ pnpm start$`));
    expect(existsSync(join(otherDir, 'PG_VERSION'))).toBe(false);
  });

  it('stops on Ctrl+C (SIGINT): exit 0, nothing on stderr, the folder released', async () => {
    server.child.kill('SIGINT');
    expect(await server.exit).toBe(0);
    expect(server.err()).toBe('');
    expect(existsSync(join(dataDir, 'bosonline.pid'))).toBe(false);
  });
});
