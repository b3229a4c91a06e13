// What the app's first screen shows only on demand: the bell's drawer, the order list's download
// menu, and the toasts' container (a toast shown before it arrives waits in Mantine's store, which
// vite.config.ts keeps in a file of its own, and appears with it). Loaded after that screen
// (hooks/floating.ts); with their positioning library and transitions they are ~90 KB of code the
// order list's first load does not run.
export { Drawer, Menu } from '@mantine/core';
export { Notifications } from '@mantine/notifications';
