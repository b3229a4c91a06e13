import { createRoute, redirect } from '@tanstack/react-router';
import { rootRoute } from '../root.tsx';

// The console's two frame routes. Only their paths and guard load with the app: the frame itself
// (its client, sidebar and header: frame.tsx) is a lazy chunk, like every console page, so a
// seller's first load carries no admin code.

/** Everything under /admin talks as the platform staff member (frame.tsx: their own client and cache). */
export const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/admin',
}).lazy(() => import('./frame.tsx').then((m) => m.adminRealmLazy));

/** Every admin page but its login: signed-in staff only, inside the console's sidebar and header. */
export const adminLayoutRoute = createRoute({
  getParentRoute: () => adminRoute,
  id: 'staff',
  beforeLoad: ({ context, location }) => {
    if (!context.adminSession.get().signedIn) {
      throw redirect({ to: '/admin/login', search: { redirect: location.href } });
    }
  },
}).lazy(() => import('./frame.tsx').then((m) => m.adminFrameLazy));
