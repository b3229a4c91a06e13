import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { tooManyRequests } from './errors.ts';

// rate-limiter-flexible: one API over this process's memory, or over Redis when REDIS_URL is set,
// so N processes behind a load balancer spend one budget (a limit of 5 is 5, not 5 × N).

export interface RateLimitRule {
  points: number;
  durationSeconds: number;
}

export interface RateLimitConfig {
  loginPerIp: RateLimitRule;
  /** Failed logins on one account from one address; that address is refused, nobody else. */
  loginFailuresPerIpAccount: RateLimitRule;
  /** Failed logins on one account from every address: past it, the account is slowed down. */
  loginFailuresPerAccount: RateLimitRule;
  /** While an account is slowed down: this many attempts per window, from anywhere. */
  loginSlowedPerAccount: RateLimitRule;
  registerPerIp: RateLimitRule;
  passwordResetPerAccount: RateLimitRule;
  /** Public voucher look-ups at checkout, so codes cannot be harvested store by store. */
  voucherCheckoutPerIp: RateLimitRule;
  /** Every public checkout call (load form, rates, WA check, vouchers, abandoned) per address. */
  checkoutPerIp: RateLimitRule;
  /** The same per form: a flood aimed at one seller's page, from however many addresses. */
  checkoutPerForm: RateLimitRule;
  /** Public region look-ups (address pickers search as the buyer types). */
  regionPerIp: RateLimitRule;
  /** Every request made with one store API key, whatever address it comes from. */
  apiKeyPerKey: RateLimitRule;
  /** Seller-side WhatsApp number checks per store (each may cost a provider call). */
  whatsappCheckPerStore: RateLimitRule;
  /**
   * Staff invitations per store: each answer tells whether an email or phone has an account, so
   * a store (anyone may open one) must not be able to sweep the user base through it.
   */
  staffInvitePerStore: RateLimitRule;
  /** Invitations one existing account receives, from every store: a decline is not met with a flood. */
  staffInvitePerAccount: RateLimitRule;
}

export const defaultRateLimits: RateLimitConfig = {
  loginPerIp: { points: 30, durationSeconds: 600 },
  loginFailuresPerIpAccount: { points: 5, durationSeconds: 900 },
  // OWASP: a distributed guess must not lock the owner out from every address. Past 20 failures an
  // hour the account takes one attempt per 10 s (a correct password still gets in; guessing crawls).
  loginFailuresPerAccount: { points: 20, durationSeconds: 3600 },
  loginSlowedPerAccount: { points: 1, durationSeconds: 10 },
  registerPerIp: { points: 10, durationSeconds: 3600 },
  passwordResetPerAccount: { points: 3, durationSeconds: 3600 },
  voucherCheckoutPerIp: { points: 120, durationSeconds: 60 },
  checkoutPerIp: { points: 300, durationSeconds: 60 },
  // A flood guard, not a sales cap: a popular form in a flash sale takes hundreds of orders a minute.
  checkoutPerForm: { points: 60_000, durationSeconds: 60 },
  regionPerIp: { points: 600, durationSeconds: 60 },
  apiKeyPerKey: { points: 600, durationSeconds: 60 },
  whatsappCheckPerStore: { points: 120, durationSeconds: 60 },
  staffInvitePerStore: { points: 20, durationSeconds: 3600 },
  staffInvitePerAccount: { points: 3, durationSeconds: 86_400 },
};

export type RateLimitName = keyof RateLimitConfig;

/** Where the counters live when they are shared: a Redis, and a prefix of this deployment's own. */
export interface RateLimitStore {
  redisUrl: string;
  logger: Logger;
  /** Put before every key (tests share one Redis); keys are `bos-rl:<rule>:<key>` after it. */
  namespace?: string;
}

type Limiter = RateLimiterMemory | RateLimiterRedis;

export class RateLimits {
  private readonly limiters: Record<RateLimitName, Limiter>;
  private readonly redis?: Redis;

  constructor(config: RateLimitConfig = defaultRateLimits, store?: RateLimitStore) {
    if (store) {
      // As the cache: a Redis that cannot answer soon is not waited for (one reconnect at most).
      this.redis = new Redis(store.redisUrl, { maxRetriesPerRequest: 1, commandTimeout: 2000 });
      this.redis.on('error', (error) =>
        store.logger.warn({ err: error }, 'redis rate-limit connection problem'),
      );
    }
    const make = (name: RateLimitName) => {
      const rule = { keyPrefix: name, points: config[name].points, duration: config[name].durationSeconds };
      if (!this.redis) return new RateLimiterMemory(rule);
      // Outside `bos:*`, so a cache flush never forgives anyone. While Redis is down each process
      // counts in its own memory (the insurance limiter): limits loosen by N for that time, and
      // nobody gets a 500 for it.
      return new RateLimiterRedis({
        ...rule,
        keyPrefix: `${store?.namespace ?? ''}bos-rl:${name}`,
        storeClient: this.redis,
        insuranceLimiter: new RateLimiterMemory(rule),
      });
    };
    this.limiters = Object.fromEntries(
      (Object.keys(config) as RateLimitName[]).map((name) => [name, make(name)]),
    ) as Record<RateLimitName, Limiter>;
  }

  /** Closes the Redis connection, if any. */
  async close(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }

  /** Counts one attempt; throws 429 once the rule's budget is spent. */
  async consume(name: RateLimitName, key: string, hint?: string): Promise<void> {
    try {
      await this.limiters[name].consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) throw tooManyRequests(Math.ceil(error.msBeforeNext / 1000), hint);
      throw error;
    }
  }

  /** Throws 429 when the budget is already spent, without counting an attempt. */
  async assertAvailable(name: RateLimitName, key: string, hint?: string): Promise<void> {
    const state = await this.limiters[name].get(key);
    if (state && state.remainingPoints <= 0)
      throw tooManyRequests(Math.ceil(state.msBeforeNext / 1000), hint);
  }

  /** Counts one event (a failed attempt) without ever throwing; `assertAvailable` judges it later. */
  async penalize(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].penalty(key, 1);
  }

  /** Whether the rule's budget for `key` is spent (nothing is counted). */
  async exhausted(name: RateLimitName, key: string): Promise<boolean> {
    const state = await this.limiters[name].get(key);
    return Boolean(state && state.remainingPoints <= 0);
  }

  /** Gives back the point an attempt took (it turned out not to be what the rule counts). */
  async refund(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].reward(key, 1);
  }

  async reset(name: RateLimitName, key: string): Promise<void> {
    await this.limiters[name].delete(key);
  }
}
