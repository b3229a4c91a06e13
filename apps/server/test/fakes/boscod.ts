import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type BoscodWebhookBody, signBoscodWebhook } from '@bosonline/api';

// A local BosCOD speaking the documented API (docs/integrations.md): bearer auth, rates per
// courier, orders booked once per external id with no AWB in the answer, cancel, tracking with a
// proof-of-delivery photo, pickup-address registration and region search. It can be down (503) or
// hang (answers nothing, as a stuck provider), and it signs webhooks as BosCOD does.

export interface FakeShipment {
  orderNo: string;
  externalId: string;
  reference: string;
  courierCode: string;
  serviceCode: string;
  codAmount: number;
  awb: string | null;
  canceled: boolean;
  history: Array<{ date: string; status: string; description: string }>;
  podPhotoUrl: string | null;
}

const rateTable: Record<string, Array<{ service_code: string; perKg: number; cod: 0 | 1; etd: string }>> = {
  idx: [{ service_code: '00', perKg: 9_000, cod: 1, etd: '2-3' }],
  jne: [
    { service_code: 'REG', perKg: 10_000, cod: 1, etd: '2-3' },
    { service_code: 'YES', perKg: 18_000, cod: 0, etd: '1' },
  ],
};

export const fakeRegions = [
  {
    id: 15022,
    name: 'Sibuak',
    district: 'Tapung',
    city: 'Kabupaten Kampar',
    province: 'Riau',
    postal_code: '28464',
  },
  {
    id: 76518,
    name: 'Buduran',
    district: 'Buduran',
    city: 'Kabupaten Sidoarjo',
    province: 'Jawa Timur',
    postal_code: '61252',
  },
];

export interface FakeBoscod {
  url: string;
  apiKey: string;
  /** `down`: every call answers 503; `hang`: calls get no answer at all. */
  mode: 'up' | 'down' | 'hang';
  /** This many next calls answer 503 (a blip), then it is up again. */
  failNext: number;
  shipments: FakeShipment[];
  warehouses: Array<{ id: string; name: string; addr_id: number }>;
  /** Calls received, e.g. `POST /v1/order`. */
  calls: string[];
  /** The notification BosCOD would send about a shipment, signed with `secret`. */
  webhook(
    secret: string,
    shipment: FakeShipment,
    event: BoscodWebhookBody['event'],
    extra?: Partial<BoscodWebhookBody>,
  ): { rawBody: string; signature: string; body: BoscodWebhookBody };
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startFakeBoscod(apiKey = 'fake-boscod-key'): Promise<FakeBoscod> {
  const sockets = new Set<Socket>();
  let awbCounter = 0;
  const fake: FakeBoscod = {
    url: '',
    apiKey,
    mode: 'up',
    failNext: 0,
    shipments: [],
    warehouses: [],
    calls: [],
    webhook(secret, shipment, event, extra = {}) {
      if (event === 'awb_assigned' && !shipment.awb) {
        awbCounter += 1;
        shipment.awb = `${shipment.courierCode.toUpperCase()}${String(9_000_000_000 + awbCounter)}`;
      }
      if (event === 'delivered') shipment.podPhotoUrl = `${fake.url}/pod/${shipment.orderNo}.jpg`;
      const body: BoscodWebhookBody = {
        id: randomUUID(),
        event,
        order_no: shipment.orderNo,
        external_id: shipment.externalId,
        awb: shipment.awb,
        occurred_at: new Date().toISOString(),
        description: event.replaceAll('_', ' '),
        pod_photo_url: event === 'delivered' ? shipment.podPhotoUrl : null,
        ...extra,
      };
      shipment.history.push({
        date: body.occurred_at,
        status: event,
        description: body.description ?? event,
      });
      const rawBody = JSON.stringify(body);
      return { rawBody, signature: signBoscodWebhook(secret, rawBody), body };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    fake.calls.push(`${req.method} ${url.pathname}`);
    if (fake.mode === 'hang') return; // never answers; the socket is destroyed at close
    if (fake.mode === 'down') return send(res, 503, { message: 'Service Unavailable' });
    if (fake.failNext > 0) {
      fake.failNext -= 1;
      return send(res, 503, { message: 'Service Unavailable' });
    }
    if (req.headers.authorization !== `Bearer ${apiKey}`) return send(res, 401, { message: 'Unauthorized' });

    if (req.method === 'GET' && url.pathname === '/v1/courier/rates') {
      const weight = Number(url.searchParams.get('weight'));
      if (!(weight >= 0.5 && weight <= 99)) return send(res, 422, { message: 'weight must be 0.5 to 99 kg' });
      const rows = rateTable[url.searchParams.get('courier_code') ?? ''] ?? [];
      return send(res, 200, {
        data: rows.map((r) => ({
          cod: r.cod,
          price: r.perKg * Math.ceil(weight),
          max_price: r.perKg * Math.ceil(weight) + 1_000,
          etd: r.etd,
          service_code: r.service_code,
        })),
      });
    }
    if (req.method === 'POST' && url.pathname === '/v1/order') {
      const body = await readJson(req);
      const [shipment] = body.shipments as Array<Record<string, unknown>>;
      if (!shipment?.external_id) return send(res, 422, { message: 'external_id is required' });
      // One booking per external id: a repeat answers the order already made.
      let known = fake.shipments.find((s) => s.externalId === shipment.external_id);
      if (!known) {
        known = {
          orderNo: `BC${String(fake.shipments.length + 1).padStart(8, '0')}`,
          externalId: String(shipment.external_id),
          reference: String(shipment.reference),
          courierCode: String(body.courier_code),
          serviceCode: String(body.service_code),
          codAmount: Number(shipment.cod_amount),
          awb: null,
          canceled: false,
          history: [{ date: new Date().toISOString(), status: 'booked', description: 'Order received' }],
          podPhotoUrl: null,
        };
        fake.shipments.push(known);
      }
      return send(res, 200, {
        data: [{ order_no: known.orderNo, external_id: known.externalId, awb: null }],
      });
    }
    const cancel = url.pathname.match(/^\/v1\/order\/([^/]+)\/cancel$/);
    if (req.method === 'POST' && cancel) {
      const shipment = fake.shipments.find((s) => s.orderNo === cancel[1]);
      if (!shipment) return send(res, 404, { message: 'Order not found' });
      shipment.canceled = true;
      return send(res, 200, { message: 'Canceled' });
    }
    const tracking = url.pathname.match(/^\/v1\/order\/tracking\/([^/]+)$/);
    if (req.method === 'GET' && tracking) {
      const shipment = fake.shipments.find((s) => s.orderNo === tracking[1]);
      if (!shipment) return send(res, 404, { message: 'Order not found' });
      return send(res, 200, {
        data: {
          order_no: shipment.orderNo,
          awb: shipment.awb,
          pod_photo_url: shipment.podPhotoUrl,
          history: shipment.history,
        },
      });
    }
    if (req.method === 'POST' && url.pathname === '/v1/warehouse') {
      const body = await readJson(req);
      const warehouse = {
        id: `WH${fake.warehouses.length + 1}`,
        name: String(body.name),
        addr_id: Number(body.addr_id),
      };
      fake.warehouses.push(warehouse);
      return send(res, 200, { data: { id: warehouse.id } });
    }
    if (req.method === 'GET' && url.pathname === '/v1/region') {
      const search = (url.searchParams.get('search') ?? '').toLowerCase();
      return send(res, 200, {
        data: fakeRegions.filter((r) => `${r.name} ${r.district} ${r.city}`.toLowerCase().includes(search)),
      });
    }
    return send(res, 404, { message: 'Not found' });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 400, { message: 'Bad request' }));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
