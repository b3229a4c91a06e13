import { camelCase, snakeCase } from 'change-case';

// The spec speaks snake_case JSON; procedures speak camelCase. One conversion, both directions.
// Only keys shaped like identifiers of the other convention are renamed: keys that are data
// (a variant's option "Warna", a buyer's custom field) pass through as the seller wrote them.

const snakeIdentifier = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;
const camelIdentifier = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/;

/**
 * `rename`, remembered per key. Every answer repeats the same few hundred field names, and
 * change-case's word splitting was ~4 % of a product list's CPU on the REST door. Bounded, since
 * keys that are data (custom fields) can be anything: past the bound a key is renamed afresh.
 */
function remembered(rename: (key: string) => string, bound = 5_000): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let renamed = known.get(key);
    if (renamed === undefined) {
      renamed = rename(key);
      if (known.size < bound) known.set(key, renamed);
    }
    return renamed;
  };
}

const toCamel = remembered((key) => (snakeIdentifier.test(key) ? camelCase(key) : key));
const toSnake = remembered((key) => (camelIdentifier.test(key) ? snakeCase(key) : key));

function renameKeys(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameKeys(item, rename));
  // Plain objects only (parsed JSON, and query/param maps, which may have no prototype).
  const proto = value && typeof value === 'object' ? Object.getPrototypeOf(value) : undefined;
  if (proto !== Object.prototype && proto !== null) return value;
  // A loop, not Object.entries/fromEntries: this walks every answer of the REST door.
  const source = value as Record<string, unknown>;
  const renamed: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const item = renameKeys(source[key], rename);
    // JSON may carry an own "__proto__" key; assigned, it would become the copy's prototype.
    if (key === '__proto__')
      Object.defineProperty(renamed, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else renamed[rename(key)] = item;
  }
  return renamed;
}

export function toCamelKeys(value: unknown): unknown {
  return renameKeys(value, toCamel);
}

/** Converts a procedure's output for the wire: JSON values first (dates → ISO strings), then keys. */
export function toSnakeKeys(value: unknown): unknown {
  if (value === undefined) return undefined;
  return renameKeys(JSON.parse(JSON.stringify(value)), toSnake);
}

/** `receiver.receiverPhone` → `receiver.receiver_phone`, for field errors on the REST door. */
export function toSnakePath(path: string): string {
  return path
    .split('.')
    .map((part) => (/^\d+$/.test(part) || part === '_' ? part : snakeCase(part)))
    .join('.');
}

export { snakeCase };
