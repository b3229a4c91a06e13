import { type AnyRoute, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';

/**
 * The sidebar's pages' code, fetched once the browser is idle after a page has shown: the next
 * click opens a page whose code is already here (on a phone's connection the chunk was most of
 * the wait). Only code: their data would be stale by the time it is opened, and the route's
 * loader asks for it on the click.
 */
export function usePreloadedSections(paths: readonly string[]) {
  const router = useRouter();
  // The list as one string: callers pass a new array on every render.
  const key = paths.join(' ');
  useEffect(() => {
    const routes = router.routesByPath as Record<string, AnyRoute | undefined>;
    const load = () => {
      for (const path of key.split(' ')) {
        const route = routes[path];
        if (route) Promise.resolve(router.loadRouteChunk(route)).catch(() => undefined);
      }
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(load, 1_000);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(load, { timeout: 5_000 });
    return () => cancelIdleCallback(handle);
  }, [router, key]);
}
