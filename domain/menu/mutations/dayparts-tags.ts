/** Daypart and tag mutations: changed fields only, no reads. */
import { z } from 'zod';
import { defineMutation } from '../../mutations/define';
import { daypartSchema, menuIdSchema, menuTagSchema } from '../schema';

export const createDaypart = defineMutation({
  name: 'menuDaypart.create',
  version: 1,
  args: daypartSchema,
  ops: (daypart) => [{ op: 'put', table: 'menuDaypart', row: daypart }],
});

export const updateDaypart = defineMutation({
  name: 'menuDaypart.update',
  version: 1,
  args: daypartSchema.omit({ id: true }).partial().extend({ id: menuIdSchema }),
  ops: ({ id, ...fields }) => [{ op: 'patch', table: 'menuDaypart', id, fields }],
});

/** Items and categories that still name a deleted daypart ignore it (see dayparts.ts). */
export const deleteDaypart = defineMutation({
  name: 'menuDaypart.delete',
  version: 1,
  args: z.object({ id: menuIdSchema }),
  ops: ({ id }) => [{ op: 'delete', table: 'menuDaypart', id }],
});

export const createTag = defineMutation({
  name: 'menuTag.create',
  version: 1,
  args: menuTagSchema,
  ops: (tag) => [{ op: 'put', table: 'menuTag', row: tag }],
});

export const updateTag = defineMutation({
  name: 'menuTag.update',
  version: 1,
  args: menuTagSchema.omit({ id: true }).partial().extend({ id: menuIdSchema }),
  ops: ({ id, ...fields }) => [{ op: 'patch', table: 'menuTag', id, fields }],
});

/** Items that still carry a deleted tag's id ignore it; no item is rewritten. */
export const deleteTag = defineMutation({
  name: 'menuTag.delete',
  version: 1,
  args: z.object({ id: menuIdSchema }),
  ops: ({ id }) => [{ op: 'delete', table: 'menuTag', id }],
});
