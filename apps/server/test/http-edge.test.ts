import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../src/seed/demo.ts';
import { imageForm, pngImage } from './catalog-fixtures.ts';
import { demoSellerClient, startTestServer, type TestServer } from './harness.ts';

// What every answer carries (security headers, CORS) and what a browser finds at the root.

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ seed: true });
  ({ token } = await demoSellerClient(server));
});
afterAll(() => server?.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers });
const trpcMe = '/trpc/profile.me?batch=1&input=%7B%7D';

describe('security headers', () => {
  it('every answer says nosniff and a referrer policy: JSON, HTML, script, errors', async () => {
    for (const path of [
      '/healthz',
      '/profile/me',
      trpcMe,
      '/f/kopi-arabica',
      '/widget/bos-checkout.js',
      '/no/such',
    ]) {
      const res = await get(path);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
    }
  });

  it('answers to a request with a token are never stored, on both doors; public ones may be', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const rest = await get('/profile/me', auth);
    expect(rest.status).toBe(200);
    expect(rest.headers.get('cache-control')).toBe('no-store');
    const trpc = await get(trpcMe, auth);
    expect(trpc.status).toBe(200);
    expect(trpc.headers.get('cache-control')).toBe('no-store');
    // Refused ones too: a 401 for a stale token is about that user.
    expect((await get('/profile/me', { authorization: 'Bearer nope' })).headers.get('cache-control')).toBe(
      'no-store',
    );
    expect((await get('/region?q=buduran')).headers.get('cache-control')).toBeNull();
  });

  it('the widget and uploaded files stay loadable from sellers’ sites', async () => {
    const widget = await get('/widget/bos-checkout.js');
    expect(widget.status).toBe(200);
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    // A 304 refreshes the browser's copy's headers, so it must not turn them same-origin.
    const again = await get('/widget/bos-checkout.js', { 'if-none-match': widget.headers.get('etag')! });
    expect(again.status).toBe(304);
    expect(again.headers.get('cross-origin-resource-policy')).toBe('cross-origin');

    const image = await server
      .client({ token })
      .product.uploadImage.mutate(imageForm(await pngImage(60, 60)));
    const file = await get(image.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    // The API's own JSON is not for other sites' <script>/<img> tags.
    expect((await get('/healthz')).headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('the hosted checkout may be framed only by this server, then by the store’s own verified domains', async () => {
    const before = await get('/f/kopi-arabica');
    expect(before.status).toBe(200);
    expect(before.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    expect(before.headers.get('x-frame-options')).toBe('SAMEORIGIN');

    const seller = server.client({ token });
    const slug = `kopi${process.pid}`;
    await seller.store.setSubdomain.mutate({ slug });
    const verified = await seller.store.addDomain.mutate({ hostname: 'www.kopi-demo.example' });
    server.dns.publish(verified.txtRecord.name, verified.txtRecord.value);
    expect((await seller.store.verifyDomain.mutate({ id: verified.id })).verified).toBe(true);
    await seller.store.addDomain.mutate({ hostname: 'pending.kopi-demo.example' });

    const after = await get('/f/kopi-arabica');
    expect(after.status).toBe(200);
    expect(after.headers.get('content-security-policy')).toBe(
      `frame-ancestors 'self' https://${slug}.bosonline.id https://www.kopi-demo.example`,
    );
    // It can name one origin only; browsers follow frame-ancestors instead.
    expect(after.headers.get('x-frame-options')).toBeNull();
    // Other pages keep the default.
    expect((await get('/')).headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe('compression', () => {
  it('reads go out gzipped to a client that takes it, identity to one that does not; writes never', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const list = '/trpc/profile.me,order.list?batch=1&input=%7B%7D';
    const gzipped = await get(list, { ...auth, 'accept-encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toMatch(/accept-encoding/i);
    // fetch unpacks it: the same answer as uncompressed.
    const plain = await get(list, { ...auth, 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await gzipped.json()).toEqual(await plain.json());
    // The REST door's reads too.
    expect(
      (await get('/profile/me', { ...auth, 'accept-encoding': 'gzip' })).headers.get('content-encoding'),
    ).toBe('gzip');
    // A login's answer carries tokens: never compressed (BREACH).
    const login = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ login: demoAccounts.seller.email, password: demoAccounts.seller.password }),
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('content-encoding')).toBeNull();
  });
});

describe('CORS', () => {
  const origin = 'https://toko-kopi.example';

  it('REST paths answer a preflight as /trpc does, for any origin and the headers a client sends', async () => {
    for (const path of ['/order/d9cc7807-36c2-4eb1-b910-ece18a1bbb6e', '/trpc/checkout.createOrder']) {
      const res = await fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization, idempotency-key',
        },
      });
      expect(res.status, path).toBe(204);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-allow-methods'), path).toContain('POST');
      expect(res.headers.get('access-control-allow-headers'), path).toContain('idempotency-key');
      expect(res.headers.get('access-control-allow-credentials'), path).toBeNull();
    }
    const put = await fetch(`${server.url}/store/order/INV1/detail/customer`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'PUT' },
    });
    expect(put.status).toBe(204);
    expect(put.headers.get('access-control-allow-methods')).toContain('PUT');
  });

  it('answers on both doors, errors included, are readable from another origin with their request id', async () => {
    for (const path of ['/region?q=buduran', '/profile/me', '/openapi.json', '/trpc/region.provinces']) {
      const res = await get(path, { origin });
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-expose-headers'), path).toContain('x-request-id');
      expect(res.headers.get('x-request-id'), path).toMatch(/^[\w-]{8,}$/);
    }
  });
});

describe('GET /', () => {
  it('is a small bilingual page linking what answers on this server', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain('<html lang="id">');
    expect(page).toContain('is running');
    // The dashboard (/app) answers once built, as `pnpm build` does before the tests.
    for (const href of ['/app', '/f/kopi-arabica', '/openapi.json', '/healthz']) {
      expect(page).toContain(`href="${href}"`);
      expect((await get(href)).status, href).toBe(200);
    }
    expect(page).toContain(`curl -s '${server.url}/region?q=buduran'`);
  });
});
