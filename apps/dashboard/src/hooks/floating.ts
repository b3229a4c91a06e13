import { useCallback, useState } from 'react';
import { useWhenIdle } from './when-idle.ts';

type Floating = typeof import('../components/floating.ts');

let loaded: Floating | undefined;
let loading: Promise<Floating> | undefined;

function loadFloating(): Promise<Floating> {
  loading ??= import('../components/floating.ts').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      // A failed download is tried again by the next use, not remembered.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The drawer, menu and toast container (components/floating.ts), fetched once the browser is idle
 * after the first screen: `floating` is undefined until then, so a component shows its plain
 * trigger (or, for the toasts, nothing yet).
 * `loadNow` fetches them at once, for a click that comes first.
 */
export function useFloating(): { floating: Floating | undefined; loadNow(): void } {
  const [floating, setFloating] = useState(loaded);
  const loadNow = useCallback(() => {
    loadFloating().then(setFloating, () => undefined);
  }, []);
  useWhenIdle(loadNow);
  return { floating, loadNow };
}
