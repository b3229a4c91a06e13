import { snakeCase } from 'change-case';
import { camelCase as camelKeys, snakeCase as snakeKeys } from 'change-case/keys';

// The spec speaks snake_case JSON; procedures speak camelCase. One conversion, both directions.

export function toCamelKeys(value: unknown): unknown {
  return camelKeys(value, Number.POSITIVE_INFINITY);
}

/** Converts a procedure's output for the wire: JSON values first (dates → ISO strings), then keys. */
export function toSnakeKeys(value: unknown): unknown {
  if (value === undefined) return undefined;
  return snakeKeys(JSON.parse(JSON.stringify(value)), Number.POSITIVE_INFINITY);
}

/** `receiver.receiverPhone` → `receiver.receiver_phone`, for field errors on the REST door. */
export function toSnakePath(path: string): string {
  return path
    .split('.')
    .map((part) => (/^\d+$/.test(part) || part === '_' ? part : snakeCase(part)))
    .join('.');
}

export { snakeCase };
