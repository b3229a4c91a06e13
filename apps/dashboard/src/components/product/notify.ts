import { notifications } from '@mantine/notifications';
import type { Messages } from '../../i18n/messages.id.ts';

/** A short notice after a save; its close button is named, so screen readers can say what it does. */
export function notify(t: Messages, color: 'teal' | 'red', message: string) {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': t.common.closeNotice } });
}
