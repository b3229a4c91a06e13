import { randomBytes, randomUUID } from 'node:crypto';
import {
  type MessagingPort,
  MessagingUnavailableError,
  type NumberCheck,
  type OutgoingMessage,
  type StatusWebhookSecrets,
} from './port.ts';

export interface SentMessage extends OutgoingMessage {
  messageId: string;
  sentAt: Date;
}

/**
 * Records messages instead of sending them (embedded mode and tests). Deterministic rule for
 * number validation: a number whose last three digits are `000` has no WhatsApp account.
 * `failing = true` imitates a provider outage; `canLookUp = false` a provider without a look-up
 * (WhatsApp Cloud: every number answers `checked: false`); `lookUps` counts the numbers asked about. Like the real provider it reports delivery later:
 * whoever set `onSent` (the whatsapp jobs) turns each message into signed status callbacks that
 * go through the same webhook code as WhatsApp's own.
 */
export class SandboxMessaging implements MessagingPort {
  readonly sent: SentMessage[] = [];
  readonly webhook: StatusWebhookSecrets;
  failing = false;
  canLookUp = true;
  lookUps = 0;
  onSent: ((message: SentMessage) => Promise<void>) | null = null;

  constructor(secrets: Partial<StatusWebhookSecrets> = {}) {
    // Without configured secrets the callbacks are signed with a per-process one nobody else knows.
    this.webhook = {
      appSecret: secrets.appSecret ?? randomBytes(32).toString('base64url'),
      verifyToken: secrets.verifyToken ?? randomBytes(16).toString('base64url'),
    };
  }

  async send(message: OutgoingMessage): Promise<{ messageId: string }> {
    if (this.failing) throw new MessagingUnavailableError();
    const sent = { ...message, messageId: `wamid.sandbox-${randomUUID()}`, sentAt: new Date() };
    this.sent.push(sent);
    await this.onSent?.(sent);
    return { messageId: sent.messageId };
  }

  /** Imitates a provider that can tell: a number ending in `000` has no WhatsApp. */
  async validateNumber(phone: string): Promise<NumberCheck> {
    this.lookUps += 1;
    if (this.failing) throw new MessagingUnavailableError();
    if (!this.canLookUp) return { valid: true, checked: false };
    return { valid: !phone.endsWith('000'), checked: true };
  }

  /** The most recent message sent to a number, for tests and the demo console. */
  lastTo(phone: string): SentMessage | undefined {
    return this.sent.findLast((m) => m.to === phone);
  }
}
