import { camelCase, snakeCase } from 'change-case';

// The spec speaks snake_case JSON; procedures speak camelCase. One conversion, both directions.
// Only keys shaped like identifiers of the other convention are renamed: keys that are data
// (a variant's option "Warna", a buyer's custom field) pass through as the seller wrote them.

const snakeIdentifier = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
const camelIdentifier = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/;

function renameKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, rename));
  // Plain objects only (parsed JSON, and query/param maps, which may have no prototype).
  const proto = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto === Object.prototype || proto === null) {
    return Object.fromEntries(
      Object.entries(value as object).map(([key, item]) => [rename(key), renameKeys(item, rename)]),
    );
  }
  return value;
}

export function toCamelKeys(value: unknown): unknown {
  return renameKeys(value, (key) => (snakeIdentifier.test(key) ? camelCase(key) : key));
}

/** Converts a procedure's output for the wire: JSON values first (dates → ISO strings), then keys. */
export function toSnakeKeys(value: unknown): unknown {
  if (value === undefined) return undefined;
  return renameKeys(JSON.parse(JSON.stringify(value)), (key) =>
    camelIdentifier.test(key) ? snakeCase(key) : key,
  );
}

/** `receiver.receiverPhone` → `receiver.receiver_phone`, for field errors on the REST door. */
export function toSnakePath(path: string): string {
  return path
    .split('.')
    .map((part) => (/^\d+$/.test(part) || part === '_' ? part : snakeCase(part)))
    .join('.');
}

export { snakeCase };
