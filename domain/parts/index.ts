/**
 * Every part of the product, in the order their pages appear. A new part is a folder with its
 * tables.ts, mutations, rules and part.ts, listed here and its tables in domain/mutations/tables.ts;
 * the registries below and the contract test (renderer/src/app/parts.contract.test.ts) do the rest.
 */
import { bookingsPart } from '../bookings/part';
import { customersPart } from '../customers/part';
import { menuPart } from '../menu/part';
import { offersPart } from '../offers/part';
import { staffPart } from '../staff/part';
import { storefrontPart } from '../storefront/part';
import { syncPart } from '../sync/part';
import { vendorPart } from '../vendor/part';
import type { AnyMutation, PartManifest, PlatformCheck, RuleAction } from './define';

export const parts: readonly PartManifest[] = [
  vendorPart,
  menuPart,
  syncPart,
  staffPart,
  customersPart,
  bookingsPart,
  offersPart,
  storefrontPart,
];

const partByMutation = new Map<string, PartManifest>();
const partByTable = new Map<string, PartManifest>();
const partByPermission = new Map<string, PartManifest>();
const ruleById = new Map<string, { part: PartManifest; rule: PlatformCheck }>();
for (const part of parts) {
  for (const mutation of part.mutations) partByMutation.set(mutation.name, part);
  for (const table of part.tables) partByTable.set(table.name, part);
  for (const rule of part.rules ?? []) {
    ruleById.set(rule.invariant.rule, { part, rule: { rule: rule.invariant.rule, ...rule } });
  }
  for (const check of part.checks ?? []) ruleById.set(check.rule, { part, rule: check });
  for (const permission of part.permissions ?? []) partByPermission.set(permission.id, part);
}

export const allMutations: readonly AnyMutation[] = parts.flatMap((part) => part.mutations);

export const partOfMutation = (name: string): PartManifest | undefined => partByMutation.get(name);
export const partOfTable = (table: string): PartManifest | undefined => partByTable.get(table);
export const partOfPermission = (id: string): PartManifest | undefined => partByPermission.get(id);
export const partOfRule = (rule: string): PartManifest | undefined => ruleById.get(rule)?.part;

/** The one-click fixes Needs attention offers for a rule's rejections. */
export function actionsOfRule(rule: string | null): readonly RuleAction[] {
  return (rule && ruleById.get(rule)?.rule.actions) || [];
}
