import { type BosClient, type BosTokens, createBosClient } from '@bosonline/sdk';

// Who is signed in, and the API client they call with. Two of them live side by side: the
// seller's (`session`) and the platform staff's (`adminSession`, admin-session.ts), each with its
// own tokens, so signing in to one never signs in to, or out of, the other.
//
// The access token lives only in memory (this module): a script injected into the page cannot
// find it in storage, and it expires within minutes anyway. The refresh token is kept in
// sessionStorage, handed to the SDK as `refreshToken` and updated through `onTokens`, as the SDK
// intends: a reload in the same tab stays signed in (the first call's 401 makes the SDK refresh
// once and retry), while closing the tab ends the session, which suits a shared shop computer
// better than localStorage would. The seller's chosen store (X-Store-Id) is kept beside it.
//
// Why not localStorage: every tab would hold the same refresh token, two tabs refreshing at once
// would present it twice, and the server revokes a session whose refresh token is reused. A tab
// of its own avoids that race; a duplicated tab (which copies sessionStorage) can still meet it,
// so a shared, cross-tab session waits for the SDK to coordinate refreshes between tabs.

export interface Session {
  client: BosClient;
  signedIn: boolean;
  /** The store calls act in; null: the user's own (the server's default). */
  storeId: string | null;
}

export interface SessionStore {
  get(): Session;
  subscribe(listener: () => void): () => void;
  /** Acts in another store from now on: the same client and tokens, another X-Store-Id. */
  switchStore(storeId: string): void;
  /** Ends the session on the server (best effort: offline, it still ends here) and forgets it here. */
  logout(): Promise<void>;
  /** Forgets the tokens without asking the server (they were refused). */
  forget(): void;
}

export interface SessionKeys {
  /** sessionStorage key of the refresh token. */
  refreshToken: string;
  /** sessionStorage key of the chosen store (the seller's; staff act in no store). */
  storeId?: string;
  /** The realm's own logout procedure (the seller's and the staff's are different ones). */
  endOnServer: (client: BosClient) => Promise<unknown>;
  /** A refresh the page started before this code ran (index.html), for the first client to use. */
  pendingTokens?: Promise<BosTokens | null | undefined>;
}

/** One signed-in realm: its tokens under `keys`, its client, and who listens for changes. */
export function createSession(keys: SessionKeys): SessionStore {
  let accessToken: string | undefined;
  const listeners = new Set<() => void>();

  function remember(tokens: BosTokens) {
    accessToken = tokens.accessToken;
    if (tokens.refreshToken) sessionStorage.setItem(keys.refreshToken, tokens.refreshToken);
    if (!state.signedIn) set({ ...state, signedIn: true });
  }

  let pendingTokens = keys.pendingTokens;
  function build(storeId: string | null): Session {
    const refreshToken = sessionStorage.getItem(keys.refreshToken) ?? undefined;
    const client = createBosClient({
      pendingTokens: refreshToken ? pendingTokens : undefined,
      // Same origin: the server that serves /app also answers /trpc (Vite proxies it in `pnpm dev`).
      url: location.origin,
      token: accessToken,
      refreshToken,
      onTokens: remember,
      storeId: storeId ?? undefined,
    });
    return { client, signedIn: refreshToken !== undefined, storeId };
  }

  let state: Session = build(keys.storeId ? sessionStorage.getItem(keys.storeId) : null);
  pendingTokens = undefined;

  function set(next: Session) {
    state = next;
    for (const listener of listeners) listener();
  }

  const store: SessionStore = {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    switchStore(storeId) {
      if (keys.storeId) sessionStorage.setItem(keys.storeId, storeId);
      state.client.storeId = storeId;
      set({ ...state, storeId });
    },
    async logout() {
      if (sessionStorage.getItem(keys.refreshToken))
        await keys.endOnServer(state.client).catch(() => undefined);
      store.forget();
    },
    forget() {
      accessToken = undefined;
      sessionStorage.removeItem(keys.refreshToken);
      if (keys.storeId) sessionStorage.removeItem(keys.storeId);
      set(build(null));
    },
  };
  return store;
}

declare global {
  interface Window {
    /** The refresh index.html starts for the seller's session (same sessionStorage key). */
    bosPendingTokens?: Promise<BosTokens | null>;
  }
}

/** The seller's session: the dashboard's own pages. */
export const session = createSession({
  refreshToken: 'bos.refreshToken',
  pendingTokens: window.bosPendingTokens,
  storeId: 'bos.storeId',
  endOnServer: (client) => client.auth.logout.mutate(),
});
