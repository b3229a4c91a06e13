import type { AppRouter } from '@bosonline/api';
import { maxBatchCalls, transformer } from '@bosonline/contracts';
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  isNonJsonSerializable,
  splitLink,
  type TRPCLink,
} from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { BosClient } from './client-types.ts';
import { isBosError } from './errors.ts';

export interface BosTokens {
  accessToken: string;
  refreshToken?: string;
}

export interface BosClientOptions {
  /** Server origin, e.g. `https://api.bosonline.id` (the client talks to `<url>/trpc`). */
  url: string;
  /** A fixed access token. */
  token?: string;
  /** Or: where to get the access token for each request (your own session storage). */
  getToken?: () => string | undefined | null | Promise<string | undefined | null>;
  /** Enables automatic refresh: on a 401 the client rotates it once and retries the call. */
  refreshToken?: string;
  /** Called whenever the client obtains new tokens (login, register, refresh): persist them here. */
  onTokens?: (tokens: BosTokens) => void;
  /** Custom fetch (tests, older runtimes, instrumentation). */
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  /** For people working in several stores: the store every call acts in (sent as X-Store-Id). */
  storeId?: string;
  /**
   * Calls made in the same tick share one HTTP request (default). `false` sends each at once:
   * for a call made while a page is being left, when a batch's timer would never fire.
   */
  batch?: boolean;
}

// Procedures whose result is a token pair the client should start using.
const tokenIssuers = new Set(['auth.login', 'auth.register', 'auth.refresh', 'admin.auth.login']);

interface TokenPairLike {
  accessToken: string;
  refreshToken: string;
}

function isTokenPair(value: unknown): value is TokenPairLike {
  return !!value && typeof value === 'object' && 'accessToken' in value && 'refreshToken' in value;
}

/**
 * Typed client for the bosOnline API. It keeps the tokens it receives from login/register, adds
 * them to requests, and on an expired access token refreshes once (single-flight) and retries.
 */
export function createBosClient(options: BosClientOptions): BosClient {
  const state: { accessToken?: string; refreshToken?: string } = {
    accessToken: options.token,
    refreshToken: options.refreshToken,
  };
  const endpoint = `${options.url.replace(/\/$/, '')}/trpc`;

  const setTokens = (pair: TokenPairLike) => {
    state.accessToken = pair.accessToken;
    state.refreshToken = pair.refreshToken;
    options.onTokens?.({ accessToken: pair.accessToken, refreshToken: pair.refreshToken });
  };

  const transport = (withAuth: boolean) => {
    const settings = {
      url: endpoint,
      transformer,
      fetch: options.fetch,
      headers: async () => {
        const token = withAuth ? ((await options.getToken?.()) ?? state.accessToken) : undefined;
        return {
          ...options.headers,
          ...(options.storeId ? { 'x-store-id': options.storeId } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        };
      },
    };
    // Uploads (FormData) cannot ride in a JSON batch; they go on their own request.
    return splitLink<AppRouter>({
      condition: (op) => options.batch === false || isNonJsonSerializable(op.input),
      true: httpLink<AppRouter>(settings),
      false: httpBatchLink<AppRouter>({ ...settings, maxItems: maxBatchCalls }),
    });
  };

  // A bare client for the refresh call itself, so it never recurses into the refresh logic.
  const refresher = createTRPCClient<AppRouter>({ links: [transport(false)] });
  let refreshing: Promise<boolean> | undefined;
  const refreshOnce = (): Promise<boolean> => {
    const refreshToken = state.refreshToken;
    if (!refreshToken) return Promise.resolve(false);
    refreshing ??= refresher.auth.refresh
      .mutate({ refreshToken })
      .then((pair) => {
        setTokens(pair);
        return true;
      })
      .catch(() => false)
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  };

  const sessionLink: TRPCLink<AppRouter> =
    () =>
    ({ op, next }) =>
      observable((observer) => {
        let retried = false;
        let subscription: { unsubscribe(): void } | undefined;
        const run = () => {
          subscription = next(op).subscribe({
            next(result) {
              const data = result.result.type === 'data' ? result.result.data : undefined;
              if (tokenIssuers.has(op.path) && isTokenPair(data)) setTokens(data);
              observer.next(result);
            },
            error(error) {
              const canRetry = !retried && op.path !== 'auth.refresh' && isBosError(error, 'UNAUTHORIZED');
              if (!canRetry || !state.refreshToken) return observer.error(error);
              retried = true;
              void refreshOnce().then((ok) => (ok ? run() : observer.error(error)));
            },
            complete() {
              observer.complete();
            },
          });
        };
        run();
        return () => subscription?.unsubscribe();
      });

  return createTRPCClient<AppRouter>({ links: [sessionLink, transport(true)] });
}
