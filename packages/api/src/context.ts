import type { Db } from '@bosonline/db';
import type { Logger } from 'pino';
import type { Tenant } from './domains/auth/authenticated.ts';
import type { SessionCache } from './domains/auth/session-cache.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { Clock } from './lib/clock.ts';
import { looksLikeUuid } from './lib/ids.ts';
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
  /** Background work to do later or again (payment expiry, follow-ups, webhook deliveries). */
  jobs: JobQueue;
  /** Signs the courier provider's webhooks (BOSCOD_WEBHOOK_SECRET; the sandbox signs with it too). */
  shippingWebhookSecret: string;
  /**
   * Courier notifications this process applies while answering them (BOSCOD_WEBHOOK_INLINE); past
   * it they are kept and answered 202, and the inbox drain applies them (shipping/webhook-inbox.ts).
   */
  shippingWebhookInline: number;
  /** AES-256 key sealing the ad platforms' access tokens at rest (CONVERSIONS_KEY; lib/secret-box.ts). */
  conversionsKey: Uint8Array;
  /** Where buyers reach this server (PUBLIC_URL): links sent over WhatsApp are absolute with it. */
  publicUrl?: string;
  /**
   * Session checks kept a few seconds and forgotten on any change (domains/auth/session-cache.ts).
   * Absent (dependencies built by hand in unit tests): every request reads its session.
   */
  sessions?: SessionCache;
}

/** What the request itself tells us. */
export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  /** The page the request came from (an ad conversion's source URL; often only its origin). */
  referer?: string | null;
  /** Bearer token from the Authorization header, unverified. */
  bearer: string | null;
  /** The store to act in (X-Store-Id), for people who work in more than one. */
  storeId: string | null;
  /** Idempotency-Key header: retries of a create carrying it return the first result. */
  idempotencyKey?: string | null;
}

export interface Context extends AppDeps {
  req: RequestMeta;
}

/** What a seller-realm service receives: the store it acts in and who is acting. */
export type SellerContext = Pick<Context, 'db' | 'clock' | 'ports' | 'logger'> & {
  tenant: Tenant;
  actor: { userId: string; sessionId: string };
};

/**
 * What a store-scoped read or write of the catalogue needs: the store, and the ports its views
 * use. The seller realm passes its own context (the tenant); the admin realm names any store
 * (admin/scope.ts), so both realms run the same service code.
 */
export type StoreScope = Pick<Context, 'db' | 'clock' | 'ports'> & { tenant: Pick<Tenant, 'storeId'> };

export function createContext(deps: AppDeps, req: RequestMeta): Context {
  return { ...deps, req };
}

/** Reads the bearer token out of an Authorization header value. */
export function bearerFrom(header: string | null | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}

/** Reads X-Store-Id; anything but a UUID is ignored (and then no store matches). */
export function storeIdFrom(header: string | null | undefined): string | null {
  const value = header?.trim().toLowerCase();
  if (!value) return null;
  return looksLikeUuid(value) ? value : 'invalid';
}
