/** Writing the shop's dayparts and tags through the mutation layer; deletes can be undone. */
import {
  createDaypart as createDaypartMutation,
  createTag as createTagMutation,
  deleteDaypart as deleteDaypartMutation,
  deleteTag as deleteTagMutation,
  updateDaypart as updateDaypartMutation,
  updateTag as updateTagMutation,
} from '@domain/menu/mutations';
import { keyForIndex } from '@domain/menu/sort-key';
import type { Daypart, LocalizedName, MenuTag } from '@domain/menu/schema';
import { newId } from '@domain/ids';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import type { Undo } from './undo';

const keyAtEnd = (rows: readonly { sortKey: string }[]) =>
  keyForIndex(
    rows.map((row) => row.sortKey),
    rows.length,
  );

export type DaypartFields = Pick<Daypart, 'name' | 'start' | 'end'>;

/** Adds dayparts at the end of the list, in the order given. */
export async function createDayparts(
  db: VendorDb,
  list: readonly DaypartFields[],
  existing: readonly Daypart[],
): Promise<void> {
  const rows = [...existing];
  for (const fields of list) {
    const daypart: Daypart = { id: newId(), sortKey: keyAtEnd(rows), ...fields };
    await mutate(db, createDaypartMutation, daypart);
    rows.push(daypart);
  }
}

export async function updateDaypart(
  db: VendorDb,
  id: string,
  fields: Partial<DaypartFields>,
): Promise<void> {
  await mutate(db, updateDaypartMutation, { id, ...fields });
}

/** Items naming a deleted daypart ignore it; the undo brings the same daypart back. */
export async function deleteDaypart(db: VendorDb, daypart: Daypart): Promise<Undo> {
  await mutate(db, deleteDaypartMutation, { id: daypart.id });
  return async () => {
    await mutate(db, createDaypartMutation, daypart);
  };
}

export async function createTags(
  db: VendorDb,
  names: readonly LocalizedName[],
  existing: readonly MenuTag[],
): Promise<MenuTag[]> {
  const rows = [...existing];
  const created: MenuTag[] = [];
  for (const name of names) {
    const tag: MenuTag = { id: newId(), sortKey: keyAtEnd(rows), name };
    await mutate(db, createTagMutation, tag);
    rows.push(tag);
    created.push(tag);
  }
  return created;
}

export async function renameTag(db: VendorDb, id: string, name: LocalizedName): Promise<void> {
  await mutate(db, updateTagMutation, { id, name });
}

/** Items carrying a deleted tag ignore it; the undo brings the same tag back. */
export async function deleteTag(db: VendorDb, tag: MenuTag): Promise<Undo> {
  await mutate(db, deleteTagMutation, { id: tag.id });
  return async () => {
    await mutate(db, createTagMutation, tag);
  };
}
