import { randomUUID } from 'node:crypto';
import { type MessagingPort, MessagingUnavailableError, type OutgoingMessage } from './port.ts';

export interface SentMessage extends OutgoingMessage {
  messageId: string;
  sentAt: Date;
}

/**
 * Records messages instead of sending them (embedded mode and tests). Deterministic rule for
 * number validation: a number whose last three digits are `000` has no WhatsApp account.
 * `failing = true` imitates a provider outage.
 */
export class SandboxMessaging implements MessagingPort {
  readonly sent: SentMessage[] = [];
  failing = false;

  async send(message: OutgoingMessage): Promise<{ messageId: string }> {
    if (this.failing) throw new MessagingUnavailableError();
    const messageId = `sandbox-${randomUUID()}`;
    this.sent.push({ ...message, messageId, sentAt: new Date() });
    return { messageId };
  }

  async validateNumber(phone: string): Promise<{ valid: boolean }> {
    if (this.failing) throw new MessagingUnavailableError();
    return { valid: !phone.endsWith('000') };
  }

  /** The most recent message sent to a number, for tests and the demo console. */
  lastTo(phone: string): SentMessage | undefined {
    return this.sent.findLast((m) => m.to === phone);
  }
}
