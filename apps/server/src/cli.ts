import { seedReferenceData } from '@bosonline/db';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { openConfiguredDatabase } from './runtime.ts';
import { demoAccounts, isEmpty, seedDemo } from './seed/demo.ts';
import { demoCs } from './seed/demo-orders.ts';
import { demoStore } from './seed/demo-store.ts';
import { listen } from './server.ts';

// `start` (migrate + seed when empty + serve), `migrate`, `seed`.

async function migrate(config: Config, log: (line: string) => void) {
  const database = openConfiguredDatabase(config);
  const applied = await database.migrate();
  log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
  const { regions } = await seedReferenceData(database.prisma);
  if (regions) log(`loaded ${regions} regions (provinces, cities, districts, subdistricts)`);
  return database;
}

function banner(url: string, config: Config, seeded: boolean): string {
  const db =
    config.database.kind === 'pglite'
      ? `embedded PGlite in ${config.database.dataDir}`
      : 'PostgreSQL (DATABASE_URL)';
  const lines = [
    '',
    `  bosOnline is running at ${url}`,
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

async function main(command: string | undefined) {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const log = (line: string) => process.stdout.write(`${line}\n`);

  switch (command) {
    case 'migrate': {
      const database = await migrate(config, log);
      await database.close();
      return;
    }
    case 'seed': {
      const database = await migrate(config, log);
      await seedDemo(database.prisma);
      log(`demo data seeded: ${demoAccounts.seller.email}, ${demoAccounts.admin.email}`);
      await database.close();
      return;
    }
    case 'start': {
      const database = await migrate(config, log);
      let seeded = false;
      if (config.seedDemo && (await isEmpty(database.prisma))) {
        await seedDemo(database.prisma);
        seeded = true;
      }
      const server = await listen(config, database, logger);
      log(banner(server.url, config, seeded));
      let stopping = false;
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
      return;
    }
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
