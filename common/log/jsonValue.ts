/** A JSON value, the type of every redacted log field. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
