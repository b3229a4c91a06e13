import { sha256 } from './hash.ts';
import { postJson } from './http.ts';
import type { ConversionEvent, ConversionTarget, PlatformSender } from './port.ts';

export interface TikTokEventsConfig {
  /** Business API root with the version, e.g. `https://business-api.tiktok.com/open_api/v1.3`. */
  apiUrl: string;
  timeoutMs: number;
}

/**
 * TikTok Events API 2.0: `POST /event/track/` with the `Access-Token` header, web events of one
 * pixel (`event_source_id`). E-mail, phone (E.164 with its plus) and external id are SHA-256
 * hashed; IP and user agent are sent as they are. TikTok answers HTTP 200 for refusals too, with
 * a non-zero `code`: only `code: 0` is accepted.
 */
export class TikTokEvents implements PlatformSender {
  constructor(private readonly config: TikTokEventsConfig) {}

  send(target: ConversionTarget, event: ConversionEvent) {
    return postJson(
      `${this.config.apiUrl.replace(/\/+$/, '')}/event/track/`,
      { 'access-token': target.accessToken },
      tiktokTrackBody(target.pixelId, event),
      this.config.timeoutMs,
      (status, body) => status >= 200 && status < 300 && tiktokCode(body) === 0,
    );
  }
}

function tiktokCode(body: string): number | null {
  try {
    const code = (JSON.parse(body) as { code?: unknown }).code;
    return typeof code === 'number' ? code : null;
  } catch {
    return null;
  }
}

export function tiktokTrackBody(pixelCode: string, event: ConversionEvent) {
  const { user } = event;
  return {
    event_source: 'web',
    event_source_id: pixelCode,
    data: [
      {
        event: event.name,
        event_time: Math.floor(event.time.getTime() / 1000),
        event_id: event.id,
        user: {
          email: sha256(user.email) ?? undefined,
          phone: sha256(`+${user.phone}`),
          external_id: sha256(user.externalId),
          ...(user.clientIp ? { ip: user.clientIp } : {}),
          ...(user.userAgent ? { user_agent: user.userAgent } : {}),
        },
        properties: {
          currency: event.currency,
          value: event.value,
          order_id: event.orderId,
          content_type: 'product',
          contents: event.contents.map((c) => ({ content_id: c.id, quantity: c.quantity, price: c.price })),
        },
        ...(event.sourceUrl ? { page: { url: event.sourceUrl } } : {}),
      },
    ],
  };
}
