import {
  type AppDeps,
  type Clock,
  type DomainResolverPort,
  defineAllJobs,
  InProcessJobQueue,
  type JobQueue,
  LocalFolderStorage,
  type MessagingPort,
  type ObjectStoragePort,
  type RateLimitConfig,
  RateLimits,
  SandboxMessaging,
  SandboxResolver,
  SandboxShipping,
  type ShippingPort,
  SystemResolver,
  systemClock,
  WhatsAppCloudMessaging,
} from '@bosonline/api';
import { type Database, fillFromTemplate, isNewDataDir, openDatabase } from '@bosonline/db';
import type { Logger } from 'pino';
import { type Config, ConfigError } from './config.ts';

// The one place where adapters are chosen from configuration.

/**
 * Opens the configured database; an embedded one is filled from the prepared template when its
 * folder is new. (The CLI takes the folder for its process first: see lockDataDir in cli.ts.)
 */
export async function openConfiguredDatabase(
  config: Config,
  log: (line: string) => void = () => {},
): Promise<Database & { fresh: boolean }> {
  if (config.database.kind === 'postgres') {
    const database = openDatabase({ url: config.database.url, poolSize: config.database.poolSize });
    await database.ping().catch((error: unknown) => {
      throw postgresProblem(error) ?? error;
    });
    return { ...database, fresh: false };
  }
  const { dataDir } = config.database;
  const fresh =
    isNewDataDir(dataDir) &&
    (await fillFromTemplate(dataDir, () =>
      log('preparing the embedded database template (once per schema version, ~10 s)…'),
    ));
  return { ...openDatabase({ dataDir }), fresh };
}

/** The two ways a PostgreSQL URL commonly fails, said in one line each. */
function postgresProblem(error: unknown): ConfigError | undefined {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: Record<string, unknown> } } }).meta
    ?.driverAdapterError?.cause;
  if (cause?.kind === 'DatabaseDoesNotExist') {
    return new ConfigError(
      `PostgreSQL has no database "${cause.db}" (DATABASE_URL); create it with: createdb ${cause.db}`,
    );
  }
  if (cause?.kind === 'DatabaseNotReachable') {
    return new ConfigError(
      `cannot reach PostgreSQL at ${cause.host}:${cause.port} (DATABASE_URL); is it running?`,
    );
  }
  return undefined;
}

export function buildDeps(
  config: Config,
  database: Database,
  logger: Logger,
  overrides: {
    clock?: Clock;
    rateLimits?: RateLimitConfig;
    messaging?: MessagingPort;
    storage?: ObjectStoragePort;
    dns?: DomainResolverPort;
    shipping?: ShippingPort;
    jobs?: JobQueue;
  } = {},
): AppDeps {
  const clock = overrides.clock ?? systemClock;
  const deps: AppDeps = {
    db: database.prisma,
    logger,
    clock,
    ports: {
      messaging: overrides.messaging ?? messagingPort(config),
      storage: overrides.storage ?? new LocalFolderStorage(config.filesDir),
      dns: overrides.dns ?? (config.dnsResolver === 'system' ? new SystemResolver() : new SandboxResolver()),
      shipping: overrides.shipping ?? new SandboxShipping(),
    },
    tokens: {
      secret: config.jwtSecret,
      accessTtlSeconds: config.accessTtlSeconds,
      refreshTtlSeconds: config.refreshTtlSeconds,
    },
    rateLimits: new RateLimits(overrides.rateLimits),
    jobs: overrides.jobs ?? new InProcessJobQueue(clock, logger),
  };
  defineAllJobs(deps);
  return deps;
}

function messagingPort(config: Config): MessagingPort {
  const m = config.messaging;
  return m.kind === 'whatsapp-cloud'
    ? new WhatsAppCloudMessaging(m)
    : new SandboxMessaging({ appSecret: m.appSecret, verifyToken: m.verifyToken });
}
