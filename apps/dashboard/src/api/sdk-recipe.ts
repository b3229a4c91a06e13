import type { BosClient } from '@bosonline/sdk';
import type { TRPCClient } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

// Recipe, until @bosonline/sdk exports these itself: the router's type, read off the client the
// SDK returns (a type-only step: nothing of packages/api reaches the browser bundle), and the
// input/output types of every procedure. When the SDK exports `AppRouter`, `BosInputs` and
// `BosOutputs`, import them from there and delete this file.

export type AppRouter = BosClient extends TRPCClient<infer Router> ? Router : never;
export type BosInputs = inferRouterInputs<AppRouter>;
export type BosOutputs = inferRouterOutputs<AppRouter>;

/** The error the server sent for a 429, which says in words how long to wait. */
export function retryAfterSeconds(message: string): number | null {
  const match = /(\d+) seconds?/.exec(message);
  return match ? Number(match[1]) : null;
}
