import { errors, jwtVerify, SignJWT } from 'jose';
import type { TokenConfig } from '../../lib/tokens.ts';

// The token in a held order's confirm / cancel links: HMAC-SHA256 (HS256) over the order id with
// the server's secret, expiring with the order's confirmation window. Its own audience, so no
// other token of the server (an access token, a download link) is ever taken for it.

const audience = 'order-hold';
const issuer = 'bosonline';

export async function signHoldToken(config: TokenConfig, orderId: string, now: Date, until: Date) {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(orderId)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(until.getTime() / 1000))
    .sign(config.secret);
}

/** The order id of a valid, unexpired hold token; null for anything else. */
export async function verifyHoldToken(config: TokenConfig, token: string, now: Date): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, config.secret, {
      issuer,
      audience,
      algorithms: ['HS256'],
      currentDate: now,
    });
    return typeof payload.sub === 'string' ? payload.sub : null;
  } catch (error) {
    if (error instanceof errors.JOSEError) return null;
    throw error;
  }
}
