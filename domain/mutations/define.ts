/**
 * A mutation is a named, versioned change a shop makes: its arguments (validated with zod at
 * every boundary) and the row operations it causes. The same definition runs on the device, when
 * the change is made and when pending changes are replayed, and on the platform when it arrives.
 */
import type { z } from 'zod';
import type { RowOp } from './row-ops';

export interface MutationDefinition<Name extends string = string, Args = unknown> {
  readonly name: Name;
  /** Bumped when the arguments change shape; the platform accepts the previous version too. */
  readonly version: number;
  readonly args: z.ZodType<Args>;
  /** The rows this mutation writes. Pure: no clock, no randomness, no reads. */
  readonly ops: (args: Args) => RowOp[];
}

export function defineMutation<Name extends string, Args>(
  definition: MutationDefinition<Name, Args>,
): MutationDefinition<Name, Args> {
  return definition;
}
