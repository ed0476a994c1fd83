/**
 * Decides whether a pushed mutation can be applied, before any state is read: its name must be
 * registered, its version must be the current one or the one before, and its arguments must parse.
 * Pure, so the platform's verdicts are testable without a server. A rejection here is permanent.
 */
import type { MutationDefinition } from '../mutations/define';
import type { RowOp } from '../mutations/row-ops';
import type { OutboxEntry } from '../outbox';
import {
  fitsOneMutation,
  MAX_MUTATION_BYTES,
  MAX_ROW_OPS_PER_MUTATION,
} from '../menu/mutations/limits';
import { findUnstorableText } from '../text';
import type { RejectionReason } from './protocol';

/**
 * Turns arguments of version `from` into those of `from + 1`. When a mutation's version is bumped,
 * register `'<name>@<old version>'` here if the old arguments do not parse as the new ones.
 */
export type ArgsUpgrade = (argsOfPreviousVersion: unknown) => unknown;
export const argsUpgrades: Readonly<Record<string, ArgsUpgrade>> = {};

export type Acceptance =
  | { ok: true; definition: MutationDefinition<string, unknown>; args: unknown; ops: RowOp[] }
  | { ok: false; reason: RejectionReason; message: string };

export function acceptMutation(
  entry: Pick<OutboxEntry, 'name' | 'version' | 'args'>,
  find: (name: string) => MutationDefinition<string, unknown> | undefined,
  upgrades: Readonly<Record<string, ArgsUpgrade>> = argsUpgrades,
): Acceptance {
  const definition = find(entry.name);
  if (!definition) {
    return { ok: false, reason: 'unknown_mutation', message: `unknown mutation ${entry.name}` };
  }
  const { version } = definition;
  if (entry.version !== version && entry.version !== version - 1) {
    return {
      ok: false,
      reason: 'unsupported_version',
      message: `${entry.name} v${entry.version} is not accepted; the platform takes v${version - 1} and v${version}`,
    };
  }
  const upgrade = entry.version < version ? upgrades[`${entry.name}@${entry.version}`] : undefined;
  let raw = entry.args;
  try {
    if (upgrade) raw = upgrade(raw);
  } catch (error) {
    return { ok: false, reason: 'invalid_args', message: `upgrade failed: ${String(error)}` };
  }
  if (!fitsOneMutation(raw)) {
    return { ok: false, reason: 'invalid_args', message: `more than ${MAX_MUTATION_BYTES} bytes` };
  }
  const unstorable = findUnstorableText(raw);
  if (unstorable) {
    // No database can hold it, and every retry would fail the same way.
    const where = unstorable.join('.') || '(args)';
    return { ok: false, reason: 'invalid_args', message: `${where}: NUL or a lone surrogate` };
  }
  const parsed = definition.args.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || '(args)';
    return {
      ok: false,
      reason: 'invalid_args',
      message: `${where}: ${first?.message ?? 'invalid'}`,
    };
  }
  try {
    const ops = definition.ops(parsed.data);
    // Every schema should bound its own work (limits.ts); this catches one that does not.
    if (ops.length > MAX_ROW_OPS_PER_MUTATION) {
      const message = `${ops.length} row operations; at most ${MAX_ROW_OPS_PER_MUTATION}`;
      return { ok: false, reason: 'invalid_args', message };
    }
    return { ok: true, definition, args: parsed.data, ops };
  } catch (error) {
    // ops() is pure, so a throw would repeat on every retry: reject rather than jam the queue.
    return { ok: false, reason: 'invalid_args', message: `ops failed: ${String(error)}` };
  }
}
