/**
 * How much one change may do. The platform applies a push in one transaction, and on PGlite (one
 * connection) every other shop waits for it, so each mutation's work is bounded here, in its
 * own argument schema: the console refuses an oversized change before saving it and the
 * platform rejects one that slips through as invalid_args, never by refusing the whole push.
 * The largest change the console makes is a menu import of a 10,000-row file (menu.import, one
 * mutation): replacing a menu of as many items is 10,000 puts + 10,000 deletes + categories.
 */
import type { z } from 'zod';

/** The most records one argument list may name. */
export const MAX_BATCH = 20_000;

/** The most row operations one mutation may cause: a 10,000-row "replace" import with room. */
export const MAX_ROW_OPS_PER_MUTATION = 25_000;

/**
 * The most one mutation's arguments may weigh as JSON (UTF-8): 10,000 imported items with
 * descriptions fit (bench items are ~450 bytes each). Below the platform's body limit
 * (MAX_PUSH_BYTES), so every change fits in a push of its own.
 */
export const MAX_MUTATION_BYTES = 12 * 1024 * 1024;

const utf8 = new TextEncoder();

/** The size of `value` as the JSON a push carries, in UTF-8 bytes. */
export function jsonBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value) ?? '').length;
}

export function fitsOneMutation(args: unknown): boolean {
  const text = JSON.stringify(args) ?? '';
  // A UTF-16 unit is at most 3 UTF-8 bytes: encode only when that bound is not enough.
  return text.length * 3 <= MAX_MUTATION_BYTES || utf8.encode(text).length <= MAX_MUTATION_BYTES;
}

/** A mutation's argument schema with the bounds above: its row operations and its size. */
export function bounded<Schema extends z.ZodType>(
  schema: Schema,
  rowOps: (args: z.output<Schema>) => number,
): Schema {
  return schema
    .refine((args) => rowOps(args) <= MAX_ROW_OPS_PER_MUTATION, {
      error: `more than ${MAX_ROW_OPS_PER_MUTATION} row operations in one change`,
    })
    .refine(fitsOneMutation, {
      error: `more than ${MAX_MUTATION_BYTES} bytes in one change`,
    });
}
