/** Per-field messages of a 4xx error, keyed by the field's dotted path (`receiver.phone`). */
export type FieldErrors = Record<string, string[]>;
