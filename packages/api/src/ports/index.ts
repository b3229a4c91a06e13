import type { DomainResolverPort } from './dns/port.ts';
import type { MessagingPort } from './messaging/port.ts';
import type { ShippingPort } from './shipping/port.ts';
import type { ObjectStoragePort } from './storage/port.ts';

export interface Ports {
  messaging: MessagingPort;
  storage: ObjectStoragePort;
  dns: DomainResolverPort;
  shipping: ShippingPort;
}

export { DnsUnavailableError, type DomainResolverPort } from './dns/port.ts';
export { SandboxResolver } from './dns/sandbox.ts';
export { SystemResolver } from './dns/system.ts';
export {
  type DeliveryStatus,
  deliveryStatuses,
  type MessagingPort,
  MessagingUnavailableError,
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
export {
  type Booking,
  type CourierInfo,
  type RateQuery,
  type ShipmentRequest,
  type ShippingPort,
  type ShippingRate,
  ShippingUnavailableError,
} from './shipping/port.ts';
export { SandboxShipping, sandboxCouriers } from './shipping/sandbox.ts';
export { LocalFolderStorage } from './storage/local-folder.ts';
export { MemoryStorage } from './storage/memory.ts';
export type { ObjectStoragePort } from './storage/port.ts';
export { isProviderUnavailable, ProviderUnavailableError } from './unavailable.ts';
