import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoStore } from '../src/seed/demo-store.ts';
import { startTestServer, type TestServer } from './harness.ts';

// The checkout is the hottest write: each SQL statement is a round trip under the buyer's wait
// and a share of the database's capacity. The count is asserted so it cannot creep.

const maxStatements = 10;

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

async function statementsOf(phone: string): Promise<string[]> {
  recorded = [];
  try {
    const res = await server.rest('POST', `/order/${demoStore.form.id}`, { body: body(phone) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return recorded;
  } finally {
    recorded = null;
  }
}

describe('POST /order/{id}', () => {
  it(`sends at most ${maxStatements} SQL statements per order once the form is cached`, async () => {
    // The first order loads the published form into the cache, as a live form's first buyer does.
    await statementsOf('081200000001');
    const statements = await statementsOf('081200000002');
    expect(statements.length, statements.join('\n')).toBeLessThanOrEqual(maxStatements);
  });
});
