import { createHash, randomBytes } from 'node:crypto';
import { createSigner, createVerifier, TokenError } from 'fast-jwt';

export type Realm = 'seller' | 'admin';

export interface AccessClaims {
  subject: string;
  sessionId: string;
  realm: Realm;
}

export interface TokenConfig {
  secret: Uint8Array;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
}

const issuer = 'bosonline';

// fast-jwt rather than jose: the access token is verified on every authenticated request, and its
// synchronous HMAC check with a cache of verified tokens costs a fraction of WebCrypto's async
// round trip (bench/profile-me.ts). Signers and verifiers are built once per secret.
interface Jwt {
  sign: (payload: Record<string, unknown>) => string;
  /** Signature, algorithm and issuer checked; the times are checked against our clock below. */
  verify: (token: string) => Record<string, unknown>;
}
const jwts = new WeakMap<Uint8Array, Jwt>();

function jwtFor(config: TokenConfig): Jwt {
  let jwt = jwts.get(config.secret);
  if (!jwt) {
    const key = Buffer.from(config.secret);
    // Times come from the payload (the services' clock, which tests move), never from Date.now().
    const sign = createSigner({ key, algorithm: 'HS256', noTimestamp: true });
    jwt = {
      sign: (payload) => sign({ iss: issuer, ...payload }),
      verify: createVerifier({
        key,
        algorithms: ['HS256'],
        allowedIss: issuer,
        ignoreExpiration: true,
        ignoreNotBefore: true,
        cache: 10_000,
      }),
    };
    jwts.set(config.secret, jwt);
  }
  return jwt;
}

/** The payload of a well-signed token that is live at `now`, or null (bad, foreign or expired). */
function verified(config: TokenConfig, token: string, now: Date): Record<string, unknown> | null {
  try {
    const payload = jwtFor(config).verify(token);
    const seconds = now.getTime() / 1000;
    return typeof payload.exp === 'number' && payload.exp > seconds ? payload : null;
  } catch (error) {
    if (error instanceof TokenError) return null;
    throw error;
  }
}

function timesFrom(now: Date, ttlSeconds: number) {
  const iat = Math.floor(now.getTime() / 1000);
  return { iat, exp: iat + ttlSeconds };
}

export async function signAccessToken(config: TokenConfig, claims: AccessClaims, now: Date): Promise<string> {
  return jwtFor(config).sign({
    sub: claims.subject,
    sid: claims.sessionId,
    realm: claims.realm,
    ...timesFrom(now, config.accessTtlSeconds),
  });
}

/** Returns the claims of a valid, unexpired access token, or null for anything else. */
export async function verifyAccessToken(
  config: TokenConfig,
  token: string,
  now: Date,
): Promise<AccessClaims | null> {
  const payload = verified(config, token, now);
  if (!payload || payload.aud !== undefined) return null;
  const { sub, sid, realm } = payload;
  if (typeof sub !== 'string' || typeof sid !== 'string' || (realm !== 'seller' && realm !== 'admin'))
    return null;
  return { subject: sub, sessionId: sid, realm };
}

/** Opaque, single-use secrets (refresh tokens, reset links): only their hash is stored. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What a signed download link grants: one export of one store, for a few minutes. */
export interface DownloadGrant {
  storeId: string;
  userId: string;
  kind: string;
  format: string;
  /** What the file holds beyond its kind (an order list's filters, the invoices to print). */
  params?: unknown;
  /**
   * Set for platform staff's links: `userId` is then an admin user, and `storeId` the store whose
   * invoices are printed ('*' for an order download, whose store scope travels in `params`).
   */
  realm?: 'admin';
}

const downloadAudience = 'download';

export async function signDownloadToken(
  config: TokenConfig,
  grant: DownloadGrant,
  now: Date,
  ttlSeconds: number,
): Promise<string> {
  return jwtFor(config).sign({
    sub: grant.storeId,
    aud: downloadAudience,
    uid: grant.userId,
    kind: grant.kind,
    format: grant.format,
    prm: grant.params ?? null,
    ...(grant.realm ? { rlm: grant.realm } : {}),
    ...timesFrom(now, ttlSeconds),
  });
}

/** The grant of a valid, unexpired download token, or null (access tokens are never accepted here). */
export async function verifyDownloadToken(
  config: TokenConfig,
  token: string,
  now: Date,
): Promise<DownloadGrant | null> {
  const payload = verified(config, token, now);
  if (!payload || payload.aud !== downloadAudience) return null;
  const { sub, uid, kind, format, prm, rlm } = payload;
  if (
    typeof sub !== 'string' ||
    typeof uid !== 'string' ||
    typeof kind !== 'string' ||
    typeof format !== 'string'
  )
    return null;
  return {
    storeId: sub,
    userId: uid,
    kind,
    format,
    params: prm ?? undefined,
    ...(rlm === 'admin' ? { realm: 'admin' as const } : {}),
  };
}

/**
 * A held order's confirm / cancel links (domains/risk/hold.ts): the order id, expiring with its
 * confirmation window. Its own audience, so no other token of the server is taken for it.
 */
const holdAudience = 'order-hold';

export async function signHoldToken(config: TokenConfig, orderId: string, now: Date, until: Date) {
  return jwtFor(config).sign({
    sub: orderId,
    aud: holdAudience,
    iat: Math.floor(now.getTime() / 1000),
    exp: Math.floor(until.getTime() / 1000),
  });
}

/** The order id of a valid, unexpired hold token; null for anything else. */
export async function verifyHoldToken(config: TokenConfig, token: string, now: Date): Promise<string | null> {
  const payload = verified(config, token, now);
  return payload?.aud === holdAudience && typeof payload.sub === 'string' ? payload.sub : null;
}
