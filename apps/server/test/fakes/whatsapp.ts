import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for the WhatsApp Cloud API (Graph API `POST /{phone-number-id}/messages`),
// speaking its documented request and answer shapes, so the real adapter is tested over HTTP.

export interface GraphRequest {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
}

export interface FakeWhatsApp {
  /** Graph root with version, for WHATSAPP_API_URL. */
  url: string;
  requests: GraphRequest[];
  /** What the next answers are: `ok`, a Graph error, or no answer until the client gives up. */
  mode: 'ok' | 'template-missing' | 'down' | 'hang';
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
}

export async function startFakeWhatsApp(token: string, phoneNumberId: string): Promise<FakeWhatsApp> {
  const fake: Omit<FakeWhatsApp, 'url' | 'close'> = { requests: [], mode: 'ok' };
  const server = createServer(async (req, res) => {
    const body = await readJson(req);
    const path = req.url ?? '';
    fake.requests.push({ path, authorization: req.headers.authorization, body });
    const answer = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    if (fake.mode === 'hang') return; // never answers; the adapter's timeout must end the wait
    if (req.headers.authorization !== `Bearer ${token}`) {
      return answer(401, {
        error: { message: 'Invalid OAuth access token', type: 'OAuthException', code: 190 },
      });
    }
    if (req.method !== 'POST' || path !== `/v21.0/${phoneNumberId}/messages`) {
      return answer(404, { error: { message: 'Unknown path', code: 100 } });
    }
    if (fake.mode === 'down') {
      return answer(503, { error: { message: 'Service temporarily unavailable', code: 2 } });
    }
    if (fake.mode === 'template-missing' && body.type === 'template') {
      return answer(404, {
        error: { message: '(#132001) Template name does not exist in the translation', code: 132001 },
      });
    }
    return answer(200, {
      messaging_product: 'whatsapp',
      contacts: [{ input: body.to, wa_id: body.to }],
      messages: [{ id: `wamid.${randomUUID()}` }],
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}/v21.0`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  }) as FakeWhatsApp;
}
