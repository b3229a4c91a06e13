import { createHash, randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

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

export async function signAccessToken(config: TokenConfig, claims: AccessClaims, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId, realm: claims.realm })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(issuer)
    .setIssuedAt(iat)
    .setExpirationTime(iat + config.accessTtlSeconds)
    .sign(config.secret);
}

/** Returns the claims of a valid, unexpired access token, or null for anything else. */
export async function verifyAccessToken(
  config: TokenConfig,
  token: string,
  now: Date,
): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, config.secret, {
      issuer,
      algorithms: ['HS256'],
      currentDate: now,
    });
    const { sub, sid, realm } = payload;
    if (typeof sub !== 'string' || typeof sid !== 'string' || (realm !== 'seller' && realm !== 'admin'))
      return null;
    return { subject: sub, sessionId: sid, realm };
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
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
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    uid: grant.userId,
    kind: grant.kind,
    format: grant.format,
    prm: grant.params ?? null,
    ...(grant.realm ? { rlm: grant.realm } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(grant.storeId)
    .setIssuer(issuer)
    .setAudience(downloadAudience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(config.secret);
}

/** The grant of a valid, unexpired download token, or null (access tokens are never accepted here). */
export async function verifyDownloadToken(
  config: TokenConfig,
  token: string,
  now: Date,
): Promise<DownloadGrant | null> {
  try {
    const { payload } = await jwtVerify(token, config.secret, {
      issuer,
      audience: downloadAudience,
      algorithms: ['HS256'],
      currentDate: now,
    });
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
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
