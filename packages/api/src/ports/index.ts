import type { CachePort } from './cache/port.ts';
import type { ConversionsPort } from './conversions/port.ts';
import type { DomainResolverPort } from './dns/port.ts';
import type { MessagingPort } from './messaging/port.ts';
import type { PaymentPort } from './payment/port.ts';
import type { ShippingPort } from './shipping/port.ts';
import type { ObjectStoragePort } from './storage/port.ts';
import type { WebhookSenderPort } from './webhook/port.ts';

export interface Ports {
  messaging: MessagingPort;
  storage: ObjectStoragePort;
  dns: DomainResolverPort;
  shipping: ShippingPort;
  payment: PaymentPort;
  webhooks: WebhookSenderPort;
  /** Ad platforms' server-side conversion APIs (Meta, TikTok). */
  conversions: ConversionsPort;
  /** Hot public reads; every write they depend on forgets them (domains/cache/forget.ts). */
  cache: CachePort;
}

export { MemoryCache, type MemoryCacheOptions, NoCache } from './cache/memory.ts';
export {
  type CacheEntry,
  type CacheKeyPage,
  type CachePort,
  type CacheStats,
  cacheKeyRoot,
  globToRegExp,
} from './cache/port.ts';
export { RedisCache, type RedisCacheOptions } from './cache/redis.ts';
export { MetaConversions, type MetaConversionsConfig } from './conversions/meta.ts';
export {
  type ConversionAnswer,
  type ConversionEvent,
  type ConversionPlatform,
  type ConversionsPort,
  type ConversionTarget,
  type ConversionUser,
  conversionPlatforms,
  type PlatformSender,
} from './conversions/port.ts';
export { type SandboxConversion, SandboxConversions } from './conversions/sandbox.ts';
export { TikTokEvents, type TikTokEventsConfig } from './conversions/tiktok.ts';
export { DnsUnavailableError, type DomainResolverPort } from './dns/port.ts';
export { SandboxResolver } from './dns/sandbox.ts';
export { SystemResolver } from './dns/system.ts';
export {
  type DeliveryStatus,
  deliveryStatuses,
  type MessagingPort,
  MessagingUnavailableError,
  type NumberCheck,
  type OutgoingMessage,
  type StatusWebhookSecrets,
} from './messaging/port.ts';
export { SandboxMessaging, type SentMessage } from './messaging/sandbox.ts';
export {
  type DeliveryUpdate,
  parseStatusWebhook,
  signStatusWebhook,
  statusWebhookBody,
  verifyStatusWebhook,
} from './messaging/status-webhook.ts';
export { type WhatsAppCloudConfig, WhatsAppCloudMessaging } from './messaging/whatsapp-cloud.ts';
export { winpayChannels } from './payment/channels.ts';
export {
  type Charge,
  type ChargeRequest,
  channelFee,
  type PaymentChannel,
  type PaymentPort,
  PaymentUnavailableError,
  type SignedCallback,
} from './payment/port.ts';
export { SandboxPayment } from './payment/sandbox.ts';
export { signSnap, snapTimestamp, stringToSign, verifySnap } from './payment/snap-signature.ts';
export { type WinpaySnapOptions, WinpaySnapPayment } from './payment/winpay.ts';
export { BosCodShipping } from './shipping/boscod.ts';
export {
  type Booking,
  type CourierInfo,
  type PickupAddress,
  type ProviderRegion,
  type RateQuery,
  type ShipmentRequest,
  type ShippingPort,
  type ShippingRate,
  ShippingUnavailableError,
  type Tracking,
} from './shipping/port.ts';
export { SandboxShipping, type SandboxWebhook, sandboxCouriers, sandboxScript } from './shipping/sandbox.ts';
export {
  type BoscodWebhookBody,
  boscodSignatureHeader,
  signBoscodWebhook,
  verifyBoscodWebhook,
} from './shipping/webhook.ts';
export { LocalFolderStorage } from './storage/local-folder.ts';
export { MemoryStorage } from './storage/memory.ts';
export type { ObjectStoragePort } from './storage/port.ts';
export { isProviderUnavailable, ProviderUnavailableError } from './unavailable.ts';
export { HttpWebhookSender } from './webhook/http.ts';
export type { WebhookResponse, WebhookSenderPort } from './webhook/port.ts';
