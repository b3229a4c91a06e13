import type { FormPixels } from '@bosonline/contracts';

// The form's ad pixels (Meta, TikTok). Nothing loads and nothing fires unless the seller set an
// id on the form. The vendors' loaders queue calls made before their script arrives, so events
// are never lost to a slow network; on a page that already runs the vendor's pixel, that one is
// reused and our events go to the form's id only. The Purchase carries the event id the order
// is sent with, so the server's event for the same purchase (Conversions API, Events API) is
// recognised as the same one.

export type PixelEvent = 'InitiateCheckout' | 'AddPaymentInfo' | 'Purchase';
export interface PixelData {
  value: number;
  currency: 'IDR';
}

type Queue = ((...args: unknown[]) => void) & { queue?: unknown[][]; push?: unknown; loaded?: boolean };
type TikTokQueue = unknown[] & Record<string, unknown>;

declare global {
  interface Window {
    fbq?: Queue;
    _fbq?: Queue;
    ttq?: TikTokQueue;
  }
}

function addScript(src: string) {
  const script = document.createElement('script');
  script.async = true;
  script.src = src;
  document.head.appendChild(script);
}

function metaPixel(id: string) {
  if (!window.fbq) {
    const fbq: Queue = (...args: unknown[]) => {
      fbq.queue?.push(args);
    };
    fbq.queue = [];
    fbq.push = fbq;
    fbq.loaded = true;
    window.fbq = fbq;
    window._fbq ??= fbq;
    addScript('https://connect.facebook.net/en_US/fbevents.js');
  }
  window.fbq('init', id);
  return (event: PixelEvent, data?: PixelData, eventID?: string) =>
    window.fbq?.('trackSingle', id, event, data ?? {}, eventID ? { eventID } : {});
}

function tiktokPixel(id: string) {
  if (!window.ttq) {
    const ttq = [] as unknown as TikTokQueue;
    for (const method of ['load', 'page', 'track', 'identify', 'instance']) {
      ttq[method] = (...args: unknown[]) => ttq.push([method, ...args]);
    }
    window.ttq = ttq;
    addScript(`https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=${encodeURIComponent(id)}&lib=ttq`);
  }
  const ttq = window.ttq as TikTokQueue & { load(id: string): void; track(...args: unknown[]): void };
  ttq.load(id);
  return (event: PixelEvent, data?: PixelData, event_id?: string) =>
    ttq.track(event, data ?? {}, { pixel_code: id, event_id });
}

/** Fires each event at most once per page (a buyer toggling payment methods is one AddPaymentInfo). */
export function createPixels(config: FormPixels) {
  const senders = [
    config.metaPixelId ? metaPixel(config.metaPixelId) : null,
    config.tiktokPixelId ? tiktokPixel(config.tiktokPixelId) : null,
  ].filter((send) => send !== null);
  const fired = new Set<PixelEvent>();
  return (event: PixelEvent, data?: PixelData, eventId?: string) => {
    if (fired.has(event)) return;
    fired.add(event);
    for (const send of senders) {
      try {
        send(event, data, eventId);
      } catch {
        // A broken pixel must never break checkout.
      }
    }
  };
}
