import {
  type AppDeps,
  BosCodShipping,
  BullMqJobQueue,
  type CachePort,
  type Clock,
  type ConversionsPort,
  type DomainResolverPort,
  defineAllJobs,
  HttpWebhookSender,
  InProcessJobQueue,
  type JobQueue,
  LocalFolderStorage,
  MemoryCache,
  type MessagingPort,
  MetaConversions,
  NoCache,
  type ObjectStoragePort,
  type PaymentPort,
  type RateLimitConfig,
  RateLimits,
  RedisCache,
  SandboxConversions,
  SandboxMessaging,
  SandboxPayment,
  SandboxResolver,
  SandboxShipping,
  SessionCache,
  type ShippingPort,
  SystemResolver,
  systemClock,
  TikTokEvents,
  type WebhookSenderPort,
  WhatsAppCloudMessaging,
  WinpaySnapPayment,
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

/** The configured payment gateway: Winpay SNAP, or the sandbox with its own key pair. */
function paymentPort(config: Config): PaymentPort {
  const payment = config.payment;
  // The demo's buyers pay their gateway orders a minute after ordering (through the real callback code).
  if (payment.provider === 'sandbox') return new SandboxPayment({ autoPayAfterMs: 60_000 });
  return new WinpaySnapPayment({
    baseUrl: payment.baseUrl,
    partnerId: payment.partnerId,
    privateKey: payment.privateKey,
    winpayPublicKey: payment.publicKey,
  });
}

/** BosCOD when configured; otherwise the sandbox, which (like BosCOD) sends the AWB by webhook. */
function configuredShipping(config: Config): ShippingPort {
  const shipping = config.shipping;
  return shipping.provider === 'boscod'
    ? new BosCodShipping({
        baseUrl: shipping.baseUrl,
        apiKey: shipping.apiKey,
        timeoutMs: shipping.timeoutMs,
      })
    : new SandboxShipping({ awbByWebhook: true });
}

/** BullMQ when REDIS_URL is set (jobs outlive the process), else jobs in memory on the app clock. */
function jobQueue(config: Config, clock: Clock, logger: Logger): JobQueue {
  return config.redisUrl
    ? new BullMqJobQueue(config.redisUrl, logger, { prefix: `${config.redisPrefix}bosonline` })
    : new InProcessJobQueue(clock, logger);
}

/**
 * Redis when REDIS_URL is set, so every process shares entries and invalidations (an in-process
 * cache would keep serving what another process's write changed); else this process's memory.
 */
function cachePort(config: Config, clock: Clock, logger: Logger): CachePort {
  if (config.redisUrl) return new RedisCache(config.redisUrl, logger, { namespace: config.redisPrefix });
  if (config.cacheMemoryBytes === 0) return new NoCache();
  return new MemoryCache({ maxBytes: config.cacheMemoryBytes, now: () => clock.now().getTime() });
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
    payment?: PaymentPort;
    jobs?: JobQueue;
    webhooks?: WebhookSenderPort;
    cache?: CachePort;
    conversions?: ConversionsPort;
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
      shipping: overrides.shipping ?? configuredShipping(config),
      payment: overrides.payment ?? paymentPort(config),
      webhooks: overrides.webhooks ?? new HttpWebhookSender({ allowLoopback: config.env !== 'production' }),
      cache: overrides.cache ?? cachePort(config, clock, logger),
      conversions: overrides.conversions ?? conversionsPort(config),
    },
    tokens: {
      secret: config.jwtSecret,
      accessTtlSeconds: config.accessTtlSeconds,
      refreshTtlSeconds: config.refreshTtlSeconds,
    },
    // With REDIS_URL every process counts against one budget (see RateLimits).
    rateLimits: new RateLimits(
      overrides.rateLimits,
      config.redisUrl ? { redisUrl: config.redisUrl, logger, namespace: config.redisPrefix } : undefined,
    ),
    jobs: overrides.jobs ?? jobQueue(config, clock, logger),
    shippingWebhookSecret: config.shipping.webhookSecret,
    shippingWebhookInline: config.shipping.webhookInline,
    conversionsKey: config.conversions.key,
    publicUrl: config.publicUrl,
    sessions: new SessionCache({
      watchWrites: database.watchWrites,
      redis: config.redisUrl ? { url: config.redisUrl, prefix: config.redisPrefix } : undefined,
      logger,
    }),
  };
  defineAllJobs(deps);
  return deps;
}

function conversionsPort(config: Config): ConversionsPort {
  const c = config.conversions;
  if (c.provider === 'sandbox') return new SandboxConversions();
  return {
    meta: new MetaConversions({ graphUrl: c.metaGraphUrl, timeoutMs: c.timeoutMs }),
    tiktok: new TikTokEvents({ apiUrl: c.tiktokEventsUrl, timeoutMs: c.timeoutMs }),
  };
}

function messagingPort(config: Config): MessagingPort {
  const m = config.messaging;
  return m.kind === 'whatsapp-cloud'
    ? new WhatsAppCloudMessaging(m)
    : new SandboxMessaging({ appSecret: m.appSecret, verifyToken: m.verifyToken });
}
