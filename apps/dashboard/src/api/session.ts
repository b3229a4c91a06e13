import { type BosClient, type BosTokens, createBosClient } from '@bosonline/sdk';

// Who is signed in, and the one API client the dashboard uses.
//
// The access token lives only in memory (this module): a script injected into the page cannot
// find it in storage, and it expires within minutes anyway. The refresh token is kept in
// sessionStorage, handed to the SDK as `refreshToken` and updated through `onTokens`, as the SDK
// intends: a reload in the same tab stays signed in (the first call's 401 makes the SDK refresh
// once and retry), while closing the tab ends the session, which suits a shared shop computer
// better than localStorage would. The chosen store (X-Store-Id) is kept beside it.
//
// Why not localStorage: every tab would hold the same refresh token, two tabs refreshing at once
// would present it twice, and the server revokes a session whose refresh token is reused. A tab
// of its own avoids that race; a duplicated tab (which copies sessionStorage) can still meet it,
// so a shared, cross-tab session waits for the SDK to coordinate refreshes between tabs.

const refreshKey = 'bos.refreshToken';
const storeKey = 'bos.storeId';

export interface Session {
  client: BosClient;
  signedIn: boolean;
  /** The store calls act in; null: the user's own (the server's default). */
  storeId: string | null;
}

let accessToken: string | undefined;
let state: Session = build(sessionStorage.getItem(storeKey));
const listeners = new Set<() => void>();

function remember(tokens: BosTokens) {
  accessToken = tokens.accessToken;
  if (tokens.refreshToken) sessionStorage.setItem(refreshKey, tokens.refreshToken);
  if (!state.signedIn) set({ ...state, signedIn: true });
}

function build(storeId: string | null): Session {
  const refreshToken = sessionStorage.getItem(refreshKey) ?? undefined;
  const client = createBosClient({
    // Same origin: the server that serves /app also answers /trpc (Vite proxies it in `pnpm dev`).
    url: location.origin,
    token: accessToken,
    refreshToken,
    onTokens: remember,
    storeId: storeId ?? undefined,
  });
  return { client, signedIn: refreshToken !== undefined, storeId };
}

function set(next: Session) {
  state = next;
  for (const listener of listeners) listener();
}

export const session = {
  get: (): Session => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Acts in another store from now on: the same client and tokens, another X-Store-Id. */
  switchStore(storeId: string) {
    sessionStorage.setItem(storeKey, storeId);
    state.client.storeId = storeId;
    set({ ...state, storeId });
  },
  /** Ends the session on the server (best effort: offline, it still ends here) and forgets it here. */
  async logout() {
    const refreshToken = sessionStorage.getItem(refreshKey) ?? undefined;
    if (refreshToken) await state.client.auth.logout.mutate().catch(() => undefined);
    session.forget();
  },
  /** Forgets the tokens without asking the server (they were refused). */
  forget() {
    accessToken = undefined;
    sessionStorage.removeItem(refreshKey);
    sessionStorage.removeItem(storeKey);
    set(build(null));
  },
};
