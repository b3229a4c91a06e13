import type { AppRouter } from '@bosonline/api';
import { maxBatchCalls, transformer } from '@bosonline/contracts';
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  isNonJsonSerializable,
  splitLink,
  TRPCClientError,
  type TRPCLink,
} from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { BosClient, BosClientControls, BosProcedures } from './client-types.ts';
import { type BosError, isBosError } from './errors.ts';

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
  /**
   * Enables automatic refresh: on a 401 the client rotates it once and retries the call. A client
   * given a refresh token and no access token (a page reload) refreshes before its first call.
   */
  refreshToken?: string;
  /**
   * A refresh that began before the client existed (a page that rotated its refresh token while
   * its code was still downloading): calls wait for these tokens instead of refreshing again. If it
   * brings none, the client refreshes with `refreshToken` as usual.
   */
  pendingTokens?: Promise<BosTokens | null | undefined>;
  /** Called whenever the client obtains new tokens (login, register, refresh): persist them here. */
  onTokens?: (tokens: BosTokens) => void;
  /** Custom fetch (tests, older runtimes, instrumentation). */
  fetch?: typeof fetch;
  headers?: Record<string, string>;
  /**
   * For people working in several stores: the store calls act in (sent as X-Store-Id). Change it
   * later with `bos.storeId = …`.
   */
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
  const state: { accessToken?: string; refreshToken?: string; storeId?: string } = {
    accessToken: options.token,
    refreshToken: options.refreshToken,
    storeId: options.storeId,
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
          ...(state.storeId ? { 'x-store-id': state.storeId } : {}),
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
  const rotate = (): Promise<void> => {
    const refreshToken = state.refreshToken;
    if (!refreshToken) return Promise.reject(new Error('No refresh token: log in first'));
    return refresher.auth.refresh.mutate({ refreshToken }).then(setTokens);
  };
  let refreshing: Promise<void> | undefined;
  /** One refresh at a time: the explicit `refresh()`, every 401 retry and a pending one share it. */
  const refresh = (started?: Promise<void>): Promise<void> => {
    refreshing ??= (started ?? rotate()).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  };
  if (options.pendingTokens)
    void refresh(
      options.pendingTokens.then(
        (tokens) =>
          tokens?.refreshToken ? setTokens({ ...tokens, refreshToken: tokens.refreshToken }) : rotate(),
        rotate,
      ),
    ).catch(() => undefined);

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
              withRetryAfter(error);
              const canRetry = !retried && op.path !== 'auth.refresh' && isBosError(error, 'UNAUTHORIZED');
              if (!canRetry || !state.refreshToken) return observer.error(error);
              retried = true;
              refresh().then(run, () => observer.error(error));
            },
            complete() {
              observer.complete();
            },
          });
        };
        // A call that would certainly be refused (no access token yet, only a refresh token: a
        // reloaded page) or that would race a rotation under way waits for the refresh instead,
        // saving the 401's round trip. Calls that issue tokens go at once.
        const mustWait =
          !tokenIssuers.has(op.path) &&
          !options.getToken &&
          (refreshing !== undefined || (!state.accessToken && state.refreshToken !== undefined));
        if (mustWait) {
          retried = true;
          refresh().then(run, (error: unknown) => observer.error(TRPCClientError.from(error as Error)));
        } else run();
        return () => subscription?.unsubscribe();
      });

  const procedures: BosProcedures = createTRPCClient<AppRouter>({ links: [sessionLink, transport(true)] });
  const controls: BosClientControls = {
    get storeId() {
      return state.storeId;
    },
    set storeId(storeId) {
      state.storeId = storeId || undefined;
    },
    refresh: () => refresh(),
  };
  // The tRPC client is a proxy in which every name is a procedure path; these few names are the
  // client's own (server-types.check.ts makes sure no router takes them).
  return new Proxy(procedures, {
    get: (target, key, receiver) =>
      Object.hasOwn(controls, key) ? Reflect.get(controls, key) : Reflect.get(target, key, receiver),
    set: (_target, key, value) => Object.hasOwn(controls, key) && Reflect.set(controls, key, value),
  }) as BosClient;
}

/** A 429 says how long to wait as a number on the error itself (the server sends it in `data`). */
function withRetryAfter(error: unknown) {
  const seconds = isBosError(error, 'TOO_MANY_REQUESTS') ? error.data?.retryAfterSeconds : undefined;
  if (seconds !== undefined) Object.assign(error as BosError, { retryAfterSeconds: seconds });
}
