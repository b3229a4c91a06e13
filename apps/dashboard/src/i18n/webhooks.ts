import type { WithSections } from './i18n.tsx';
import { webhooksEn } from './webhooks.en.ts';
import { webhooksId } from './webhooks.id.ts';

/** The words of the webhook settings, loaded with them (i18n.tsx `Sections`): `useT(webhooksSection)`. */
export const webhooksSection = { webhooks: { id: webhooksId, en: webhooksEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithWebhooks = WithSections<typeof webhooksSection>;
