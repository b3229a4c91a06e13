import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

// Local stand-ins for Meta's Conversions API (Graph `POST /{version}/{pixel-id}/events`) and
// TikTok's Events API 2.0 (`POST /open_api/v1.3/event/track/`), written from their documentation,
// not from our adapters: they check the access token, the required fields and that customer data
// arrives hashed (64 hex characters), and answer as the platforms do (Meta: `events_received`;
// TikTok: HTTP 200 with `code: 0`, or a non-zero code for a refusal). `fail` scripts 5xx answers.

export interface ReceivedEvent {
  platform: 'meta' | 'tiktok';
  pixelId: string;
  accessToken: string;
  /** One event of the request's `data`. */
  event: Record<string, unknown> & { user_data?: Record<string, unknown>; user?: Record<string, unknown> };
}

export interface FakeAdPlatforms {
  url: string;
  /** Accepted events, in arrival order. */
  received: ReceivedEvent[];
  /** Requests answered with an error (scripted failures and refusals). */
  refused: { platform: 'meta' | 'tiktok'; status: number }[];
  /** The access token each platform accepts. */
  tokens: { meta: string; tiktok: string };
  /** Answer the next n requests of a platform with HTTP 500. */
  fail: { meta: number; tiktok: number };
  close(): Promise<void>;
}

const hashed = (value: unknown) => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
const allHashed = (value: unknown) =>
  value === undefined || (Array.isArray(value) ? value.every(hashed) : hashed(value));

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Why Meta would refuse this server event, or null. */
function metaProblem(event: Record<string, unknown>): string | null {
  if (typeof event.event_name !== 'string') return 'event_name is required';
  if (!Number.isInteger(event.event_time)) return 'event_time must be a unix timestamp in seconds';
  if (event.action_source !== 'website') return 'action_source must be website';
  const user = event.user_data as Record<string, unknown> | undefined;
  if (!user) return 'user_data is required';
  for (const key of ['em', 'ph', 'fn', 'ln', 'ct', 'zp', 'country', 'external_id']) {
    if (!allHashed(user[key])) return `user_data.${key} must be SHA-256 hashed`;
  }
  return null;
}

/** Why TikTok would refuse this event, or null. */
function tiktokProblem(event: Record<string, unknown>): string | null {
  if (typeof event.event !== 'string') return 'event is required';
  if (!Number.isInteger(event.event_time)) return 'event_time must be a unix timestamp in seconds';
  const user = event.user as Record<string, unknown> | undefined;
  if (!user) return 'user is required';
  for (const key of ['email', 'phone', 'external_id']) {
    if (!allHashed(user[key])) return `user.${key} must be SHA-256 hashed`;
  }
  return null;
}

export async function startFakeAdPlatforms(): Promise<FakeAdPlatforms> {
  const fake: FakeAdPlatforms = {
    url: '',
    received: [],
    refused: [],
    tokens: { meta: 'EAAG-meta-test-token-0123456789', tiktok: 'tiktok-test-token-0123456789abcdef' },
    fail: { meta: 0, tiktok: 0 },
    close: async () => {},
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await readBody(req);
    const answer = (platform: 'meta' | 'tiktok', status: number, body: unknown) => {
      if (status !== 200 || (platform === 'tiktok' && (body as { code: number }).code !== 0)) {
        fake.refused.push({ platform, status });
      }
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const meta = /^\/v\d+\.\d+\/(\d+)\/events$/.exec(url.pathname);
    if (req.method === 'POST' && meta) {
      if (fake.fail.meta > 0) {
        fake.fail.meta -= 1;
        return answer('meta', 500, { error: { message: 'An unexpected error has occurred', code: 2 } });
      }
      const token = url.searchParams.get('access_token') ?? '';
      if (token !== fake.tokens.meta) {
        return answer('meta', 400, {
          error: { message: 'Invalid OAuth access token', type: 'OAuthException', code: 190 },
        });
      }
      const data = (JSON.parse(raw) as { data?: Record<string, unknown>[] }).data ?? [];
      const problem = data.map(metaProblem).find((p) => p !== null);
      if (data.length === 0 || problem) {
        return answer('meta', 400, {
          error: { message: problem ?? 'data is required', type: 'OAuthException', code: 100 },
        });
      }
      for (const event of data)
        fake.received.push({ platform: 'meta', pixelId: meta[1] as string, accessToken: token, event });
      return answer('meta', 200, { events_received: data.length, messages: [], fbtrace_id: randomUUID() });
    }
    if (req.method === 'POST' && url.pathname === '/open_api/v1.3/event/track/') {
      if (fake.fail.tiktok > 0) {
        fake.fail.tiktok -= 1;
        return answer('tiktok', 500, { code: 50000, message: 'Internal error' });
      }
      const token = String(req.headers['access-token'] ?? '');
      if (token !== fake.tokens.tiktok) {
        return answer('tiktok', 200, {
          code: 40001,
          message: 'Access token is incorrect or has been revoked.',
        });
      }
      const body = JSON.parse(raw) as {
        event_source?: string;
        event_source_id?: string;
        data?: Record<string, unknown>[];
      };
      const data = body.data ?? [];
      const problem =
        body.event_source !== 'web' || !body.event_source_id
          ? 'event_source web and event_source_id are required'
          : data.map(tiktokProblem).find((p) => p !== null);
      if (data.length === 0 || problem) {
        return answer('tiktok', 200, { code: 40002, message: problem ?? 'data is required' });
      }
      for (const event of data) {
        fake.received.push({
          platform: 'tiktok',
          pixelId: body.event_source_id as string,
          accessToken: token,
          event,
        });
      }
      return answer('tiktok', 200, { code: 0, message: 'OK', request_id: randomUUID(), data: {} });
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}
