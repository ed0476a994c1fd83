/**
 * A problem with something the shop entered, addressed to the field that caused it so the form
 * can show it there. `code` is looked up in the i18n resources (menu.problem.<code>); `params`
 * fill the message's placeholders (which item has this SKU, how many options there are).
 */
export type FieldPath = readonly (string | number)[];

export interface FieldProblem<Code extends string = string> {
  path: FieldPath;
  code: Code;
  params?: Record<string, string | number>;
}
