import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

declare module 'hono' {
  interface ContextVariableMap {
    /** Origins besides this server that may frame the page, set by its handler (the hosted checkout). */
    frameAncestors?: string[];
  }
}

const everyAnswer = {
  referrerPolicy: 'strict-origin-when-cross-origin',
  // A handler's own value wins: the widget and uploaded files say `Cross-Origin-Resource-Policy:
  // cross-origin` because sellers' pages load them; everything else stays same-origin.
  overwrite: false,
} as const;

/** By default a page may be framed only by this server (clickjacking). */
const framedBySelf = secureHeaders({
  ...everyAnswer,
  xFrameOptions: 'SAMEORIGIN',
  contentSecurityPolicy: { frameAncestors: ["'self'"] },
});

/**
 * A page that names more framing origins. X-Frame-Options can name only one, so it is left out:
 * browsers that know CSP (all current ones) follow frame-ancestors and ignore it anyway.
 */
const framedByList = secureHeaders({
  ...everyAnswer,
  xFrameOptions: false,
  contentSecurityPolicy: {
    frameAncestors: ["'self'", (c) => (c.get('frameAncestors') ?? []).join(' ')],
  },
});

const noop = async () => {};

/**
 * Security headers on every answer (hono/secure-headers), chosen after the handler ran, since
 * only it knows who may frame its page. An answer to a request carrying a token is never stored
 * by a browser or a proxy: it holds that user's data.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  await (c.get('frameAncestors')?.length ? framedByList : framedBySelf)(c, noop);
  if (c.req.header('authorization') && !c.res.headers.has('cache-control')) {
    c.res.headers.set('cache-control', 'no-store');
  }
};
