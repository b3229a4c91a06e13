import { type ZodError, ZodRealError } from 'zod';

// What every input must be before any schema or database sees it, checked once for both doors:
// no NUL characters (PostgreSQL text cannot hold them), no lone UTF-16 surrogates (they cannot be
// encoded as UTF-8), and no nesting deeper than any real request needs (recursive code downstream,
// from key conversion to superjson, would run out of stack).

/** Deeper than any input of the API (the checkout body is 4 levels); JSON bombs are far deeper. */
export const maxInputDepth = 32;

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return 'Must not contain NUL characters (\\u0000)';
  if (loneSurrogate.test(text)) return 'Must not contain unpaired UTF-16 surrogates (invalid Unicode)';
  return null;
}

export interface InputProblem {
  path: Array<string | number>;
  message: string;
}

/** Plain data only: uploads (FormData, Blob) and class instances (Date) are checked where they are read. */
function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (!value || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The first problem in a parsed input, or null. Walks with an explicit stack, so the walk itself
 * cannot overflow on the inputs it exists to refuse.
 */
export function findInputProblem(
  input: unknown,
  { maxDepth = maxInputDepth, checkText = true }: { maxDepth?: number; checkText?: boolean } = {},
): InputProblem | null {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = [{ value: input, path: [] }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: Array<string | number> };
    if (typeof value === 'string') {
      const message = checkText ? textProblem(value) : null;
      if (message) return { path, message };
      continue;
    }
    if (!isPlainContainer(value)) continue;
    if (path.length >= maxDepth) {
      return { path: [], message: `Input is nested too deeply (more than ${maxDepth} levels)` };
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(value)
      ? value.map((item, index) => [index, item])
      : Object.entries(value);
    for (const [key, item] of entries) {
      if (checkText && typeof key === 'string') {
        const message = textProblem(key);
        if (message) return { path: [...path, key], message: `Field name: ${message}` };
      }
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

/**
 * The problem as a schema failure, so each door names the field its own way (camelCase on tRPC,
 * snake_case on REST) exactly as it does for any other invalid value.
 */
export function inputProblemError(problem: InputProblem): ZodError {
  // ZodRealError is the `Error` subclass zod throws from parse (plain ZodError is not an Error,
  // and tRPC would wrap it as an unknown cause).
  return new ZodRealError([
    { code: 'custom', path: problem.path, message: problem.message, input: undefined },
  ]);
}
