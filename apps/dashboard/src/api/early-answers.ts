import { transformer } from '@bosonline/contracts';
import type { QueryFunction } from '@tanstack/react-query';

// The answers to the calls index.html started before the page's code arrived (early-calls.ts).
// A page's loader takes the one for its own call, once; whatever nobody took is dropped when the
// first page has loaded (forgetEarlyAnswers), so a later visit never shows an old answer.

/** One early call and its item of tRPC's batch answer (`result.data`, or `error`). */
interface EarlyAnswer {
  path: string;
  input?: unknown;
  answer?: { result?: { data?: unknown } };
}

declare global {
  interface Window {
    /** Set by index.html: the early calls' answers (null: none could be made, or they failed). */
    bosEarlyAnswers?: Promise<EarlyAnswer[] | null>;
  }
}

let early: Promise<EarlyAnswer[] | null> | undefined = window.bosEarlyAnswers;

/** The same call: the same input once in the URL (JSON drops what is undefined, as tRPC's does). */
const sameInput = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The early answer to `path` with `input`, taken (a second ask gets undefined); undefined: none. */
function takeEarlyAnswer(path: string, input: unknown): Promise<unknown> | undefined {
  const answers = early;
  if (!answers) return undefined;
  return answers.then(
    (list) => {
      const index = list?.findIndex((item) => item.path === path && sameInput(item.input, input)) ?? -1;
      const data = index >= 0 ? list?.splice(index, 1)[0]?.answer?.result?.data : undefined;
      // A refused early call (an error item) is asked again by the page, which then shows the error.
      return data === undefined
        ? undefined
        : transformer.deserialize(data as Parameters<typeof transformer.deserialize>[0]);
    },
    () => undefined,
  );
}

export function forgetEarlyAnswers() {
  early = undefined;
}

/**
 * A tRPC query's options whose first fetch takes the early answer to the same call when there is
 * one, and asks the server as usual otherwise (and for every later fetch or page).
 */
export function withEarlyAnswer<T extends { queryKey: readonly unknown[]; queryFn?: unknown }>(
  options: T,
): T {
  const [path, key] = options.queryKey as [string[] | undefined, { input?: unknown } | undefined];
  const answer = path && early ? takeEarlyAnswer(path.join('.'), key?.input) : undefined;
  const ask = options.queryFn as QueryFunction | undefined;
  if (!answer || !ask) return options;
  let taken = false;
  const queryFn: QueryFunction = (context) => {
    if (taken || ('pageParam' in context && context.pageParam != null)) return ask(context);
    taken = true;
    return answer.then((data) => (data === undefined ? ask(context) : data));
  };
  return { ...options, queryFn };
}
