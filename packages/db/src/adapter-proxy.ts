import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';

/**
 * The same adapter factory, each connection it opens passed through `wrap` (statement-log.ts and
 * write-watch.ts look at every statement below Prisma this way).
 */
export function wrapConnections(
  factory: SqlDriverAdapterFactory,
  wrap: (adapter: SqlDriverAdapter) => SqlDriverAdapter,
): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'connect') return async () => wrap(await value.call(target));
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** What an adapter's queryRaw and executeRaw are given (the rest of it is the arguments). */
export type Query = { sql: string };

/** A method as the proxy hands it over: bound to its object, arguments and answer unchecked. */
export type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * `target` with the methods named in `replacements` replaced; each replacement is made from the
 * original (bound). Everything else is the target's own.
 */
export function replaceMethods<T extends object>(
  target: T,
  replacements: Record<string, (original: Method) => Method>,
): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      const original = value.bind(object) as Method;
      const replace = typeof property === 'string' ? replacements[property] : undefined;
      return replace ? replace(original) : original;
    },
  });
}
