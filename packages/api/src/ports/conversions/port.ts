// Server-side ad conversions: one Purchase per order, sent to Meta's Conversions API and TikTok's
// Events API with the event id the widget's browser pixel used, so each platform counts it once.

export const conversionPlatforms = ['meta', 'tiktok'] as const;
export type ConversionPlatform = (typeof conversionPlatforms)[number];

/**
 * The buyer as the checkout knew them, normalised the way both platforms ask before hashing
 * (domains/conversion/user-data.ts); each adapter hashes and names the fields its own way.
 */
export interface ConversionUser {
  /** Lower-case, trimmed. */
  email: string | null;
  /** E.164 digits without the plus: `6281234567890`. */
  phone: string;
  /** Lower-case, no punctuation. */
  firstName: string | null;
  lastName: string | null;
  /** Lower-case, no spaces or punctuation. */
  city: string | null;
  zip: string | null;
  /** ISO 3166-1 alpha-2, lower-case. */
  country: 'id';
  /** Our stable id for the buyer (the store and phone), hashed like the rest. */
  externalId: string;
  /** Not hashed: the platforms match on them as they are. */
  clientIp: string | null;
  userAgent: string | null;
}

export interface ConversionEvent {
  /** `Purchase`. */
  name: string;
  /** The browser pixel's event id: the key both platforms deduplicate on. */
  id: string;
  /** When it happened (the browser event's time). */
  time: Date;
  /** The order's invoice. */
  orderId: string;
  /** Rupiah. */
  value: number;
  currency: 'IDR';
  contents: { id: string; quantity: number; price: number }[];
  /** The page the buyer ordered on, when known. */
  sourceUrl: string | null;
  user: ConversionUser;
}

/** Where to send: the form's pixel and its access token (decrypted just for this call). */
export interface ConversionTarget {
  pixelId: string;
  accessToken: string;
}

/** What the platform answered; `statusCode` null when no HTTP answer came (timeout, network). */
export interface ConversionAnswer {
  statusCode: number | null;
  /** An excerpt of the answer's body, or the network error. */
  body: string;
  /** Accepted by the platform (HTTP 2xx, and TikTok's own `code: 0`). */
  ok: boolean;
  /** Worth another try: no answer, a 5xx or a 429. */
  retry: boolean;
}

/** One sender per platform; a real adapter is a thin translation of the event to its API. */
export interface PlatformSender {
  send(target: ConversionTarget, event: ConversionEvent): Promise<ConversionAnswer>;
}

export type ConversionsPort = Record<ConversionPlatform, PlatformSender>;

/** Longest excerpt of a platform's answer kept in the delivery log. */
export const answerExcerpt = 500;

export const retryable = (statusCode: number | null) =>
  statusCode === null || statusCode === 429 || statusCode >= 500;
