import { createBosClient } from '@bosonline/sdk';

/** The SDK clients the widget talks through; `url` is the bosOnline server the script came from. */
export function createApi(url: string) {
  // Captured once: a host page that later wraps or breaks `window.fetch` cannot break checkout.
  const nativeFetch = window.fetch.bind(window);
  return {
    client: createBosClient({ url, fetch: nativeFetch }),
    /**
     * For the save when the buyer leaves: sent at once (a batch waits for a timer that never fires
     * on a page being left) and with `keepalive`, so the request outlives the page.
     */
    beacon: createBosClient({
      url,
      batch: false,
      fetch: (input, init) => nativeFetch(input, { ...init, keepalive: true }),
    }),
  };
}

export type Api = ReturnType<typeof createApi>;
