import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import type { adminSession } from '../api/admin-session.ts';
import type { session } from '../api/session.ts';
import type { trpcOutsideReact } from '../api/trpc.ts';

export interface RouterContext {
  session: typeof session;
  /** The platform staff's own session (/admin), apart from the seller's. */
  adminSession: typeof adminSession;
  /** For loaders that start a page's queries before its code arrives. */
  queryClient: QueryClient;
  trpc: typeof trpcOutsideReact;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({ component: Outlet });
