import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sellerClient, startTestServer, type TestServer } from './harness.ts';

// A new user's first minutes on a brand-new embedded database: the client connected before the
// migrations created the enum types. Template-cloned databases hid a 500 on the order list here.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ fromScratch: true });
});
afterAll(() => server?.close());

describe('a database migrated after the connection opened', () => {
  it('lists orders with their tab counts, recaps and exports them', async () => {
    const { client, token } = await sellerClient(server);
    const list = await client.order.list.query({});
    expect(list).toMatchObject({ items: [], total: 0, nextCursor: null });
    expect(list.statusCounts.unpaid).toBe(0);
    const rest = await server.rest('GET', '/store/order?status=unpaid', { token });
    expect(rest.status).toBe(200);
    const recap = await server.rest('GET', '/store/order/recap', { token });
    expect(recap.status).toBe(200);
  });
});
