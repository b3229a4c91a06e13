import { notifications } from '@mantine/notifications';

/** A short notice after a save; its close button is named by the theme (ui/theme.ts), as every toast's. */
export function notify(color: 'teal' | 'red', message: string) {
  notifications.show({ color, message });
}
