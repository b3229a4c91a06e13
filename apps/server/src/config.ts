import { createHmac, createPrivateKey, createPublicKey, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { WhatsAppCloudConfig } from '@bosonline/api';
import { z } from 'zod';

// Every setting the server reads, validated once at start-up; a bad value stops it with a clear message.

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL')
    .optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL: z.coerce.number().int().min(60).max(86_400).default(900),
  REFRESH_TOKEN_TTL: z.coerce
    .number()
    .int()
    .min(3600)
    .max(31_536_000)
    .default(30 * 86_400),
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  MESSAGING_PROVIDER: z.enum(['sandbox', 'whatsapp-cloud']).default('sandbox'),
  /** WhatsApp Cloud API: Graph root with version, access token, sender number id, app secret. */
  WHATSAPP_API_URL: z.url().default('https://graph.facebook.com/v21.0'),
  WHATSAPP_TOKEN: z.string().min(1).optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d+$/, 'must be the numeric phone-number id').optional(),
  WHATSAPP_APP_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  WHATSAPP_VERIFY_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
  WHATSAPP_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Where uploaded files go in embedded mode; default DATA_DIR/files. */
  FILES_DIR: z.string().min(1).optional(),
  /** `system` asks real DNS when verifying custom domains; `sandbox` never leaves the process. */
  DNS_RESOLVER: z.enum(['system', 'sandbox']).default('system'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  /** `winpay`: Winpay SNAP BI (VA and QRIS); `sandbox`: charges made in-process, callbacks signed by its own key. */
  PAYMENT_PROVIDER: z.enum(['sandbox', 'winpay']).default('sandbox'),
  WINPAY_BASE_URL: z.url().default('https://snap.winpay.id'),
  WINPAY_PARTNER_ID: z.string().trim().min(1).max(64).optional(),
  /** PEM; `\n` escapes are accepted so a key fits on one line of an env file. */
  WINPAY_PRIVATE_KEY: z.string().min(1).optional(),
  WINPAY_PUBLIC_KEY: z.string().min(1).optional(),
  /** `boscod` books real couriers; `sandbox` imitates BosCOD (AWB and delivery by webhook) in-process. */
  SHIPPING_PROVIDER: z.enum(['sandbox', 'boscod']).default('sandbox'),
  BOSCOD_BASE_URL: z.url().optional(),
  BOSCOD_API_KEY: z.string().min(1).optional(),
  BOSCOD_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  BOSCOD_WEBHOOK_INLINE: z.coerce.number().int().min(0).max(1_000).default(4),
  /** Milliseconds one BosCOD call may take before the checkout answers 503. */
  BOSCOD_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
  /** `platforms` sends Purchase events to Meta and TikTok; `sandbox` keeps them in memory. */
  CONVERSIONS_PROVIDER: z.enum(['sandbox', 'platforms']).default('sandbox'),
  /** 32 bytes, base64 or hex: seals sellers' ad access tokens (AES-256-GCM). */
  CONVERSIONS_KEY: z
    .string()
    .refine((v) => keyBytes(v) !== null, 'must be 32 bytes as base64 (44 characters) or hex (64)')
    .optional(),
  META_GRAPH_URL: z.url().default('https://graph.facebook.com/v21.0'),
  TIKTOK_EVENTS_URL: z.url().default('https://business-api.tiktok.com/open_api/v1.3'),
  CONVERSIONS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Background jobs in Redis (BullMQ) instead of this process's memory. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  /**
   * Put before every key this deployment keeps in Redis (cache, rate-limit counters, job queue), so
   * several deployments, or test runs, can share one Redis without seeing each other's.
   */
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1 to 64 letters, digits or _ . : -')
    .optional(),
  /** Without REDIS_URL: megabytes of this process's memory for cached public reads; 0 turns caching off. */
  CACHE_MEMORY_MB: z.coerce.number().int().min(0).max(65_536).default(64),
});

/** A 32-byte key written as hex or base64, or null. */
function keyBytes(value: string): Uint8Array | null {
  const bytes = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  return bytes.length === 32 ? new Uint8Array(bytes) : null;
}

export interface Config {
  env: z.output<typeof envSchema>['NODE_ENV'];
  port: number;
  host: string;
  publicUrl?: string;
  database:
    | { kind: 'postgres'; url: string; poolSize: number }
    /** `dataDirAsGiven`: DATA_DIR as the user typed it (or the default), for messages. */
    | { kind: 'pglite'; dataDir: string; dataDirAsGiven: string };
  jwtSecret: Uint8Array;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  /** Seed demo data when the database is empty. */
  seedDemo: boolean;
  trustProxy: boolean;
  filesDir: string;
  dnsResolver: 'system' | 'sandbox';
  messaging: MessagingConfig;
  logLevel: (typeof logLevels)[number];
  payment:
    | { provider: 'sandbox' }
    | { provider: 'winpay'; baseUrl: string; partnerId: string; privateKey: string; publicKey: string };
  shipping: ShippingConfig;
  conversions: {
    provider: 'sandbox' | 'platforms';
    /** Seals the access tokens sellers give (CONVERSIONS_KEY). */
    key: Uint8Array;
    metaGraphUrl: string;
    tiktokEventsUrl: string;
    timeoutMs: number;
  };
  /** Where background jobs and the cache live: Redis when set, else the process's memory. */
  redisUrl?: string;
  /** Before every key in Redis (REDIS_PREFIX); empty by default. */
  redisPrefix: string;
  /** The in-process cache's budget when there is no Redis (0: no cache). */
  cacheMemoryBytes: number;
}

/** The courier provider; the webhook secret signs BosCOD's (or the sandbox's) webhooks either way. */
export type ShippingConfig = { webhookSecret: string; webhookInline: number } & (
  | { provider: 'sandbox' }
  | { provider: 'boscod'; baseUrl: string; apiKey: string; timeoutMs: number }
);
/** The sandbox signs its imitated status callbacks with the app secret when one is given. */
export type MessagingConfig =
  | { kind: 'sandbox'; appSecret?: string; verifyToken?: string }
  | ({ kind: 'whatsapp-cloud' } & WhatsAppCloudConfig);

export class ConfigError extends Error {}

/** The chosen messaging provider with everything it needs, or what is missing. */
function messagingConfig(e: z.output<typeof envSchema>): MessagingConfig {
  if (e.MESSAGING_PROVIDER === 'sandbox') {
    return { kind: 'sandbox', appSecret: e.WHATSAPP_APP_SECRET, verifyToken: e.WHATSAPP_VERIFY_TOKEN };
  }
  const required = [
    'WHATSAPP_TOKEN',
    'WHATSAPP_PHONE_NUMBER_ID',
    'WHATSAPP_APP_SECRET',
    'WHATSAPP_VERIFY_TOKEN',
  ] as const;
  const missing = required.filter((name) => !e[name]);
  if (missing.length) {
    throw new ConfigError(
      `Invalid configuration:\n${missing.map((name) => `  ${name}: required with MESSAGING_PROVIDER=whatsapp-cloud`).join('\n')}`,
    );
  }
  return {
    kind: 'whatsapp-cloud',
    apiUrl: e.WHATSAPP_API_URL,
    token: e.WHATSAPP_TOKEN as string,
    phoneNumberId: e.WHATSAPP_PHONE_NUMBER_ID as string,
    appSecret: e.WHATSAPP_APP_SECRET as string,
    verifyToken: e.WHATSAPP_VERIFY_TOKEN as string,
    timeoutMs: e.WHATSAPP_TIMEOUT_MS,
  };
}

/** Relative paths are taken from where the command was typed (pnpm runs scripts in the package folder). */
function fromInvocationDir(path: string, env: NodeJS.ProcessEnv): string {
  return isAbsolute(path) ? path : resolve(env.INIT_CWD ?? process.cwd(), path);
}

/**
 * In embedded mode a secret is made once and kept beside the data, so logins survive restarts and
 * webhooks signed before a restart still verify after it.
 */
function embeddedSecret(dataDir: string, name = 'jwt-secret'): Uint8Array {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      // Exclusive: when two starts race on a new folder, the first secret written is the one kept.
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

/** PEM text from an env variable: one-line `\n` escapes become newlines. */
const pem = (value: string) => value.replaceAll('\\n', '\n').trim();

/** The Winpay settings, all required with PAYMENT_PROVIDER=winpay and the keys readable as RSA keys. */
function paymentConfig(e: z.output<typeof envSchema>): Config['payment'] {
  if (e.PAYMENT_PROVIDER === 'sandbox') return { provider: 'sandbox' };
  const problems: string[] = [];
  for (const name of ['WINPAY_PARTNER_ID', 'WINPAY_PRIVATE_KEY', 'WINPAY_PUBLIC_KEY'] as const) {
    if (!e[name]) problems.push(`  ${name}: required with PAYMENT_PROVIDER=winpay`);
  }
  const readable = (
    name: string,
    value: string | undefined,
    read: (key: string) => { asymmetricKeyType?: string },
  ) => {
    if (!value) return;
    try {
      if (read(pem(value)).asymmetricKeyType !== 'rsa') problems.push(`  ${name}: must be an RSA key`);
    } catch {
      problems.push(`  ${name}: is not a readable PEM key`);
    }
  };
  readable('WINPAY_PRIVATE_KEY', e.WINPAY_PRIVATE_KEY, createPrivateKey);
  readable('WINPAY_PUBLIC_KEY', e.WINPAY_PUBLIC_KEY, createPublicKey);
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return {
    provider: 'winpay',
    baseUrl: e.WINPAY_BASE_URL,
    partnerId: e.WINPAY_PARTNER_ID as string,
    privateKey: pem(e.WINPAY_PRIVATE_KEY as string),
    publicKey: pem(e.WINPAY_PUBLIC_KEY as string),
  };
}

/**
 * The key sealing sellers' ad access tokens: CONVERSIONS_KEY; embedded, else one kept in the data
 * folder (as the JWT secret); on PostgreSQL without it, one derived from JWT_SECRET (so every
 * process agrees), which ties the tokens to that secret: set CONVERSIONS_KEY in production.
 */
function conversionsKey(e: z.output<typeof envSchema>, database: Config['database']): Uint8Array {
  if (e.CONVERSIONS_KEY) return keyBytes(e.CONVERSIONS_KEY) as Uint8Array;
  const seed =
    database.kind === 'pglite'
      ? embeddedSecret(database.dataDir, 'conversions-key')
      : new TextEncoder().encode(e.JWT_SECRET ?? '');
  return new Uint8Array(createHmac('sha256', seed).update('conversions-key').digest());
}

function shippingConfig(e: z.output<typeof envSchema>, database: Config['database']): ShippingConfig {
  // BosCOD must also be told the webhook secret we verify with, so the real provider needs it given.
  const problems =
    e.SHIPPING_PROVIDER === 'boscod'
      ? (['BOSCOD_BASE_URL', 'BOSCOD_API_KEY', 'BOSCOD_WEBHOOK_SECRET'] as const)
          .filter((name) => !e[name])
          .map((name) => `${name}: required with SHIPPING_PROVIDER=boscod`)
      : [];
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  // The sandbox signs its own webhooks: embedded, with a secret kept in the data folder (as the JWT
  // secret); on PostgreSQL, where several processes share no folder, with one derived from JWT_SECRET.
  const webhookSecret =
    e.BOSCOD_WEBHOOK_SECRET ??
    (database.kind === 'pglite'
      ? new TextDecoder().decode(embeddedSecret(database.dataDir, 'boscod-webhook-secret'))
      : createHmac('sha256', e.JWT_SECRET ?? '')
          .update('boscod-webhook-secret')
          .digest('hex'));
  return e.SHIPPING_PROVIDER === 'boscod'
    ? {
        provider: 'boscod',
        webhookSecret,
        webhookInline: e.BOSCOD_WEBHOOK_INLINE,
        baseUrl: e.BOSCOD_BASE_URL as string,
        apiKey: e.BOSCOD_API_KEY as string,
        timeoutMs: e.BOSCOD_TIMEOUT_MS,
      }
    : { provider: 'sandbox', webhookSecret, webhookInline: e.BOSCOD_WEBHOOK_INLINE };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = fromInvocationDir(e.DATA_DIR, env);
  const database: Config['database'] = e.DATABASE_URL
    ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.DB_POOL_SIZE }
    : { kind: 'pglite', dataDir, dataDirAsGiven: e.DATA_DIR };
  if (!e.JWT_SECRET && (database.kind === 'postgres' || e.NODE_ENV === 'production')) {
    throw new ConfigError(
      'Invalid configuration:\n  JWT_SECRET: required with DATABASE_URL or in production (at least 32 random characters)',
    );
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: publicUrlOf(e),
    database,
    jwtSecret: e.JWT_SECRET ? new TextEncoder().encode(e.JWT_SECRET) : embeddedSecret(dataDir),
    accessTtlSeconds: e.ACCESS_TOKEN_TTL,
    refreshTtlSeconds: e.REFRESH_TOKEN_TTL,
    // Demo data goes into the embedded database by default, and into PostgreSQL only when asked.
    seedDemo: e.SEED_DEMO === 'true' || (e.SEED_DEMO === 'auto' && database.kind === 'pglite'),
    trustProxy: e.TRUST_PROXY === 'true',
    filesDir: e.FILES_DIR ? fromInvocationDir(e.FILES_DIR, env) : join(dataDir, 'files'),
    dnsResolver: e.DNS_RESOLVER,
    messaging: messagingConfig(e),
    logLevel: e.LOG_LEVEL,
    payment: paymentConfig(e),
    shipping: shippingConfig(e, database),
    conversions: {
      provider: e.CONVERSIONS_PROVIDER,
      key: conversionsKey(e, database),
      metaGraphUrl: e.META_GRAPH_URL,
      tiktokEventsUrl: e.TIKTOK_EVENTS_URL,
      timeoutMs: e.CONVERSIONS_TIMEOUT_MS,
    },
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX ?? '',
    cacheMemoryBytes: e.CACHE_MEMORY_MB * 1024 * 1024,
  };
}

/**
 * Where buyers and integrators reach this server, for the links the server writes itself (a held
 * order's confirm link and a form reminder sent on WhatsApp, OpenAPI's server URL). Outside
 * production an unset PUBLIC_URL is the address the start banner prints, so a demo's WhatsApp
 * links open; in production it has no safe guess (the process sits behind a proxy) and links stay
 * paths until it is set (README).
 */
function publicUrlOf(e: z.output<typeof envSchema>): string | undefined {
  if (e.PUBLIC_URL) return e.PUBLIC_URL.replace(/\/+$/, '');
  return e.NODE_ENV !== 'production' && e.PORT ? `http://localhost:${e.PORT}` : undefined;
}
