import type { Messages } from './messages.id.ts';
import { webhooksEn } from './webhooks.en.ts';
import { type WebhookMessages, webhooksId } from './webhooks.id.ts';

/** The words of the webhook settings, loaded with them (i18n.tsx `Sections`): `useT(webhooksSection)`. */
export const webhooksSection = { webhooks: { id: webhooksId, en: webhooksEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithWebhooks = Messages & { webhooks: WebhookMessages };
