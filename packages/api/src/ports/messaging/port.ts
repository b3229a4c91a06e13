import { ProviderUnavailableError } from '../unavailable.ts';

/**
 * Messaging (WhatsApp). Shaped after the WhatsApp Cloud API: outside a 24-hour customer window
 * only approved templates may be sent, so every message names a template and its parameters;
 * `text` is the rendered body (what a `wa.me` link would prefill, and what the sandbox records).
 */
export interface OutgoingMessage {
  to: string;
  template: string;
  language: 'id' | 'en';
  params: string[];
  text: string;
}

/** The provider's delivery states, in the order a message passes through them. */
export const deliveryStatuses = ['sent', 'delivered', 'read', 'failed'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/**
 * What the provider's status webhook is checked with: `appSecret` signs every callback
 * (`X-Hub-Signature-256`), `verifyToken` answers the subscription handshake.
 */
export interface StatusWebhookSecrets {
  appSecret: string;
  verifyToken: string;
}

/**
 * A provider's answer about a number. `checked` false: the provider has no look-up (WhatsApp
 * Cloud API), so `valid` is only the benefit of the doubt, not a fact about the number.
 */
export interface NumberCheck {
  valid: boolean;
  checked: boolean;
}

export interface MessagingPort {
  send(message: OutgoingMessage): Promise<{ messageId: string }>;
  /** Whether the number has a WhatsApp account, as far as the provider can tell. */
  validateNumber(phone: string): Promise<NumberCheck>;
  readonly webhook: StatusWebhookSecrets;
}

/** Thrown by adapters when the provider cannot be reached; rendered as 503. */
export class MessagingUnavailableError extends ProviderUnavailableError {
  constructor(message = 'The messaging provider is unavailable') {
    super(message);
  }
}
