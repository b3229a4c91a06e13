import type { MessagingPort } from './messaging/port.ts';

export interface Ports {
  messaging: MessagingPort;
}

export { type MessagingPort, MessagingUnavailableError, type OutgoingMessage } from './messaging/port.ts';
export { SandboxMessaging, type SentMessage } from './messaging/sandbox.ts';
