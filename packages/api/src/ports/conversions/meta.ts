import { sha256 } from './hash.ts';
import { postJson } from './http.ts';
import type { ConversionEvent, ConversionTarget, PlatformSender } from './port.ts';

export interface MetaConversionsConfig {
  /** Graph API root with the version, e.g. `https://graph.facebook.com/v21.0`. */
  graphUrl: string;
  timeoutMs: number;
}

const list = (value: string | null) => (value ? [value] : undefined);

/**
 * Meta Conversions API: `POST /{pixel-id}/events` with the access token, one server event in
 * `data`. Customer information is hashed with SHA-256 as Meta requires (em, ph, fn, ln, ct, zp,
 * country, external_id); the client's IP address and user agent are sent as they are.
 */
export class MetaConversions implements PlatformSender {
  constructor(private readonly config: MetaConversionsConfig) {}

  send(target: ConversionTarget, event: ConversionEvent) {
    const url = `${this.config.graphUrl.replace(/\/+$/, '')}/${encodeURIComponent(target.pixelId)}/events`;
    return postJson(
      `${url}?access_token=${encodeURIComponent(target.accessToken)}`,
      {},
      { data: [metaServerEvent(event)] },
      this.config.timeoutMs,
    );
  }
}

/** One event as the Conversions API reads it. */
export function metaServerEvent(event: ConversionEvent) {
  const { user } = event;
  return {
    event_name: event.name,
    event_time: Math.floor(event.time.getTime() / 1000),
    event_id: event.id,
    action_source: 'website',
    ...(event.sourceUrl ? { event_source_url: event.sourceUrl } : {}),
    user_data: {
      em: list(sha256(user.email)),
      ph: list(sha256(user.phone)),
      fn: list(sha256(user.firstName)),
      ln: list(sha256(user.lastName)),
      ct: list(sha256(user.city)),
      zp: list(sha256(user.zip)),
      country: list(sha256(user.country)),
      external_id: list(sha256(user.externalId)),
      ...(user.clientIp ? { client_ip_address: user.clientIp } : {}),
      ...(user.userAgent ? { client_user_agent: user.userAgent } : {}),
    },
    custom_data: {
      currency: event.currency,
      value: event.value,
      order_id: event.orderId,
      content_type: 'product',
      content_ids: event.contents.map((c) => c.id),
      contents: event.contents.map((c) => ({ id: c.id, quantity: c.quantity, item_price: c.price })),
      num_items: event.contents.reduce((sum, c) => sum + c.quantity, 0),
    },
  };
}
