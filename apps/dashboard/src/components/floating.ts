// Mantine's floating components that the app's first screen shows only on demand (the bell's
// drawer, the order list's download menu), loaded after that screen (hooks/floating.ts). With their
// positioning library they are ~80 KB of code the order list's first load does not run.
export { Drawer, Menu } from '@mantine/core';
