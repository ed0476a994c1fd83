/**
 * What a merge fills in on the kept profile: each of its blank fields from the first merged
 * profile that has it, and the tags of all of them. Fields the kept profile has stay as they are.
 */
import type { PersonalPatch } from '@domain/customers/mutations';
import type { CustomerPersonal } from '@domain/customers/schema';

export function mergeFields(
  kept: CustomerPersonal | null,
  merged: readonly (CustomerPersonal | null)[],
): PersonalPatch {
  const others = merged.filter((person): person is CustomerPersonal => person !== null);
  const fields: PersonalPatch = {};
  const firstOf = <K extends 'name' | 'note'>(key: K) =>
    others.find((person) => person[key] !== '')?.[key];
  const firstSet = <K extends 'phone' | 'gender' | 'birthday'>(key: K) =>
    others.find((person) => person[key] !== null)?.[key];
  if (!kept?.name) {
    const name = firstOf('name');
    if (name) fields.name = name;
  }
  if (!kept?.note) {
    const note = firstOf('note');
    if (note) fields.note = note;
  }
  for (const key of ['phone', 'gender', 'birthday'] as const) {
    if (kept && kept[key] !== null) continue;
    const value = firstSet(key);
    if (value !== undefined && value !== null) Object.assign(fields, { [key]: value });
  }
  const tags = [...new Set([...(kept?.tags ?? []), ...others.flatMap((person) => person.tags)])];
  if (tags.length > (kept?.tags.length ?? 0)) fields.tags = tags.slice(0, 20);
  return fields;
}
