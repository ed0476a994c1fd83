/**
 * PostgreSQL text and jsonb cannot hold NUL. What the platform writes of its own accord — a
 * verdict, a Needs-attention item — must always be recordable, or the shop's queue would jam.
 */
export function storable(text: string): string {
  return text.replaceAll('\u0000', '\uFFFD');
}

export function storableJson<T extends object>(value: T): T & Record<string, unknown> {
  return JSON.parse(JSON.stringify(value).replace(/\\u0000/g, '\\ufffd')) as T &
    Record<string, unknown>;
}
