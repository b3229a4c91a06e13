import {
  type AppDeps,
  type Clock,
  type DomainResolverPort,
  LocalFolderStorage,
  type ObjectStoragePort,
  type RateLimitConfig,
  RateLimits,
  SandboxMessaging,
  SandboxResolver,
  SandboxShipping,
  type ShippingPort,
  SystemResolver,
  systemClock,
} from '@bosonline/api';
import { type Database, openDatabase } from '@bosonline/db';
import type { Logger } from 'pino';
import type { Config } from './config.ts';

// The one place where adapters are chosen from configuration.

export function openConfiguredDatabase(config: Config): Database {
  return config.database.kind === 'postgres'
    ? openDatabase({ url: config.database.url, poolSize: config.database.poolSize })
    : openDatabase({ dataDir: config.database.dataDir });
}

export function buildDeps(
  config: Config,
  database: Database,
  logger: Logger,
  overrides: {
    clock?: Clock;
    rateLimits?: RateLimitConfig;
    messaging?: SandboxMessaging;
    storage?: ObjectStoragePort;
    dns?: DomainResolverPort;
    shipping?: ShippingPort;
  } = {},
): AppDeps {
  return {
    db: database.prisma,
    logger,
    clock: overrides.clock ?? systemClock,
    ports: {
      messaging: overrides.messaging ?? new SandboxMessaging(),
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
  };
}
