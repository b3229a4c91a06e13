import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import type { session } from '../api/session.ts';

export interface RouterContext {
  session: typeof session;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet });
