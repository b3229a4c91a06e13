import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStore } from '../src/seed/demo-store.ts';
import { expectError, sellerClient, startTestServer, type TestServer } from './harness.ts';

// The hot paths' SQL statements, counted at the database layer: each is a round trip under the
// caller's wait and a share of the database's capacity. The counts are asserted so they cannot creep.

// 10 before issue 18. The Order Shield's buyer facts ride in the statement that reads the COD risk
// facts and takes the invoice number; one statement more caches a first-time number's WhatsApp
// answer (the shield's "not on WhatsApp" rule asked the provider).
const maxStatements = 11;

let server: TestServer;
/** Statements sent while `recording` is on. */
let recorded: string[] | null = null;
beforeAll(async () => {
  server = await startTestServer({
    seed: true,
    onStatement: (sql) => recorded?.push(sql),
  });
});
afterAll(() => server?.close());

/** A COD order of one item, as most buyers place it (the bench's body). */
const body = (phone: string) => ({
  receiver: {
    receiver_name: 'Pembeli',
    receiver_phone: phone,
    receiver_addr_id: 15022,
    receiver_address: 'Jl. Contoh 1',
  },
  items: {
    service_code: '00',
    courier_code: 'idx',
    payment_method: { type: 'cod', bank: null },
    order_items: [{ item_sku: 'BAT-AA-001-01', item_qty: 1 }],
  },
});

/** The statements sent while `work` runs. */
async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  recorded = [];
  try {
    await work();
    return recorded;
  } finally {
    recorded = null;
  }
}

async function order(phone: string) {
  const res = await server.rest('POST', `/order/${demoStore.form.id}`, { body: body(phone) });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

describe('POST /order/{id}', () => {
  it(`sends at most ${maxStatements} SQL statements per order once the form is cached`, async () => {
    // The first order loads the published form into the cache, as a live form's first buyer does.
    await order('081200000001');
    const statements = await statementsOf(() => order('081200000002'));
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(maxStatements);
  });
});

describe('profile.me', () => {
  it('checks the session in one statement and reads the profile in one more, and a logout takes effect at once', async () => {
    const { client } = await sellerClient(server);
    // The first call of a new session touches lastSeenAt in the same statement; so does any later one.
    const statements = await statementsOf(() => client.profile.me.query());
    expect(statements.length, statements.join('\n')).toBe(2);
    await client.auth.logout.mutate();
    await expectError(client.profile.me.query(), 'UNAUTHORIZED');
  });
});
