import { useEffect } from 'react';

/**
 * Runs `task` once the browser is idle after the page has rendered (at the latest after 5 s;
 * after 2 s where there is no idle callback): for code a seller will likely need next, fetched
 * without competing with what the first screen needs. `task` must be stable (module-level or memoised).
 */
export function useWhenIdle(task: () => void) {
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(task, 2_000);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(task, { timeout: 5_000 });
    return () => cancelIdleCallback(handle);
  }, [task]);
}
