import type { Db } from '@bosonline/db';
import type { Logger } from 'pino';
import type { Clock } from './lib/clock.ts';
import type { RateLimits } from './lib/rate-limit.ts';
import type { TokenConfig } from './lib/tokens.ts';
import type { Ports } from './ports/index.ts';

/** Long-lived dependencies, built once at start-up. */
export interface AppDeps {
  db: Db;
  ports: Ports;
  clock: Clock;
  logger: Logger;
  tokens: TokenConfig;
  rateLimits: RateLimits;
}

/** What the request itself tells us. */
export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** Bearer token from the Authorization header, unverified. */
  bearer: string | null;
}

export interface Context extends AppDeps {
  req: RequestMeta;
}

export function createContext(deps: AppDeps, req: RequestMeta): Context {
  return { ...deps, req };
}

/** Reads the bearer token out of an Authorization header value. */
export function bearerFrom(header: string | null | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}
