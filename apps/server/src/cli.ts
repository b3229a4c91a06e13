import cluster from 'node:cluster';
import {
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { type Config, ConfigError, loadConfig } from './config.ts';

// `start` (migrate + seed when empty + serve), `migrate`, `seed`.
// Only the checks that can refuse a start are loaded up front (the port, the data folder): the
// server's code takes seconds to load, and a refusal should come at once.

type Log = (line: string) => void;

/**
 * PGlite has no lock of its own: two processes on one folder would both write it (and hand out the
 * same invoice numbers). `bosonline.pid` in the folder names the holder: it appears whole or not at
 * all (written aside, then hard-linked, which fails when the name exists). A file left by a process
 * that is gone (a crash, kill -9) is taken over. Released on exit.
 */
function lockDataDir(config: Config): void {
  if (config.database.kind !== 'pglite') return;
  const { dataDir, dataDirAsGiven } = config.database;
  const file = join(dataDir, 'bosonline.pid');
  const mine = `${file}.${process.pid}`;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(mine, `${process.pid}\n`);
  try {
    for (;;) {
      try {
        linkSync(mine, file);
        process.once('exit', () => {
          if (readPid(file) === process.pid) unlinkSync(file);
        });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readPid(file);
      // Our own pid in the file is a leftover too: in a container every start has the same pid.
      if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
        throw new ConfigError(`${dataDirAsGiven} is in use by process ${holder}; stop it or set DATA_DIR`);
      }
      rmSync(file, { force: true });
    }
  } finally {
    rmSync(mine, { force: true });
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A taken port is said in one line before anything slow (opening, migrating) happens. */
async function assertPortFree(config: Config): Promise<void> {
  // A Node cluster worker shares the port its primary holds: probing it alone would find it taken.
  if (config.port === 0 || cluster.isWorker) return;
  const other = config.port < 65_535 ? config.port + 1 : 3001;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(
              `port ${config.port} is already in use (another bosOnline?); stop it or choose another, e.g. PORT=${other} pnpm start`,
            )
          : error,
      );
    });
    probe.listen({ port: config.port, host: config.host, exclusive: true }, () =>
      probe.close(() => resolve()),
    );
  });
}

/**
 * The checkout widget is built at install (postinstall) and by `pnpm build`, no longer on every
 * start: say so when it is missing, or older than its sources in a checkout being worked on.
 */
function widgetNotice(): string | undefined {
  let built: string;
  try {
    built = createRequire(import.meta.url).resolve('@bosonline/checkout-widget/bos-checkout.js');
  } catch {
    return 'the checkout widget is not built: run pnpm build (/widget/bos-checkout.js answers 503 until then)';
  }
  const sources = join(dirname(built), '..', 'src');
  let newest = 0;
  try {
    for (const name of readdirSync(sources, { recursive: true })) {
      newest = Math.max(newest, statSync(join(sources, String(name))).mtimeMs);
    }
  } catch {
    return undefined; // an install without the widget's sources
  }
  return newest > statSync(built).mtimeMs
    ? 'the checkout widget is older than its sources: run pnpm build to serve your changes'
    : undefined;
}

async function migrate(config: Config, log: Log) {
  const [{ seedReferenceData }, { openConfiguredDatabase }] = await Promise.all([
    import('@bosonline/db'),
    import('./runtime.ts'),
  ]);
  const database = await openConfiguredDatabase(config, log);
  if (database.fresh)
    log(`new embedded database in ${database.location} (copied from the prepared template)`);
  const applied = await database.migrate();
  log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
  const { regions } = await seedReferenceData(database.prisma);
  if (regions) log(`loaded ${regions} regions (provinces, cities, districts, subdistricts)`);
  return database;
}

async function banner(url: string, config: Config, seeded: boolean): Promise<string> {
  const [{ demoAccounts }, { demoCs }, { demoStore }] = await Promise.all([
    import('./seed/demo.ts'),
    import('./seed/demo-orders.ts'),
    import('./seed/demo-store.ts'),
  ]);
  const db =
    config.database.kind === 'pglite'
      ? `embedded PGlite in ${config.database.dataDir}`
      : 'PostgreSQL (DATABASE_URL)';
  const lines = [
    '',
    `  bosOnline is running at ${url}`,
    `    Dashboard   ${url}/app  (sellers and their CS)`,
    `    Admin       ${url}/app/admin  (platform staff: its own login)`,
    `    tRPC        ${url}/trpc`,
    `    REST        ${url}/auth/login  (and the other spec paths)`,
    `    OpenAPI     ${url}/openapi.json`,
    `    Health      ${url}/healthz`,
    `    Widget      ${url}/widget/bos-checkout.js  (<bos-checkout form="…"> on any page)`,
    `    Database    ${db}`,
  ];
  if (seeded || config.database.kind === 'pglite') {
    lines.push(
      '',
      '  Demo logins (embedded/demo data only):',
      `    seller  ${demoAccounts.seller.email} / ${demoAccounts.seller.password}`,
      `    cs      ${demoCs.map((cs) => cs.email).join(', ')} / ${demoCs[0].password}`,
      `    admin   ${demoAccounts.admin.email} / ${demoAccounts.admin.password}`,
      '',
      `  Demo checkout page: ${url}/f/${demoStore.form.slug}  (English: ?lang=en)`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function start(config: Config, log: Log) {
  await assertPortFree(config);
  lockDataDir(config);
  const [database, { createLogger }, { isEmpty, seedDemo }, { listen }] = await Promise.all([
    migrate(config, log),
    import('./logger.ts'),
    import('./seed/demo.ts'),
    import('./server.ts'),
  ]);
  let seeded = false;
  if (config.seedDemo && (await isEmpty(database.prisma))) {
    await seedDemo(database.prisma);
    seeded = true;
  }
  const logger = createLogger(config.logLevel);
  const server = await listen(config, database, logger);
  log(await banner(server.url, config, seeded));
  const notice = widgetNotice();
  if (notice) log(`  Note: ${notice}\n`);
  let stopping = false;
  // Ctrl+C and `kill` are the normal way to stop: finish open requests, close, exit 0 (so
  // `pnpm start` reports no failure).
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing open requests');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await server.close();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

async function main(command: string | undefined) {
  const config = loadConfig();
  const log: Log = (line) => process.stdout.write(`${line}\n`);

  switch (command) {
    case 'migrate': {
      lockDataDir(config);
      const database = await migrate(config, log);
      await database.close();
      return;
    }
    case 'seed': {
      lockDataDir(config);
      const database = await migrate(config, log);
      const { demoAccounts, seedDemo } = await import('./seed/demo.ts');
      await seedDemo(database.prisma);
      log(`demo data seeded: ${demoAccounts.seller.email}, ${demoAccounts.admin.email}`);
      await database.close();
      return;
    }
    case 'start':
      return start(config, log);
    default:
      process.stderr.write('usage: cli <start|migrate|seed>\n');
      process.exit(2);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
