/** Conditions a permission's guard can use (PermissionDeclaration.guards[].when). Pure. */
import type { RowOp } from '../mutations/row-ops';

/** The change sets any of these fields on a row of `table` (a patch naming them). */
export function setsFields(table: string, fields: readonly string[]) {
  return (_args: unknown, ops: readonly RowOp[]): boolean =>
    ops.some(
      (op) =>
        op.table === table &&
        op.op === 'patch' &&
        fields.some((field) => Object.prototype.hasOwnProperty.call(op.fields, field)),
    );
}
