/**
 * Changes to the storefront's draft and its publishing. A block is added whole, edited by the
 * fields that changed (so two desktops editing different fields of one block both keep theirs),
 * moved by writing one new sort key, and removed. Publishing appends a request the platform turns
 * into a numbered version (platform/storefront); a schedule is a record the platform carries out at
 * its time. Versions and the site's slug are written by the platform alone.
 */
import { z } from 'zod';
import { idSchema } from '../ids';
import { sortKeySchema } from '../menu/schema';
import { defineMutation } from '../mutations/define';
import {
  blockFieldSchemas,
  blockTypeSchema,
  draftBlockSchema,
  draftThemeSchema,
  publishRequestSchema,
  publishScheduleSchema,
  themeFieldsSchema,
  visibilitySchema,
} from './schema';

export const addBlock = defineMutation({
  name: 'storefrontBlock.add',
  version: 1,
  args: z.object({ block: draftBlockSchema }),
  ops: ({ block }) => [{ op: 'put', table: 'storefrontBlock', row: block }],
});

/** The fields of a block an edit may change: its type's own, and when it shows. */
export const blockEditSchema = z
  .object({
    id: idSchema,
    type: blockTypeSchema,
    fields: z.record(z.string(), z.unknown()),
    at: z.number().int(),
  })
  .superRefine((edit, context) => {
    const allowed = blockFieldSchemas[edit.type]
      .extend({ visibility: visibilitySchema })
      .partial()
      .strict()
      .safeParse(edit.fields);
    if (!allowed.success) context.addIssue({ code: 'custom', message: 'block_fields' });
    if (Object.keys(edit.fields).length === 0)
      context.addIssue({ code: 'custom', message: 'no_fields' });
  });

export const editBlock = defineMutation({
  name: 'storefrontBlock.edit',
  version: 1,
  args: blockEditSchema,
  ops: ({ id, fields, at }) => [
    { op: 'patch', table: 'storefrontBlock', id, fields: { ...fields, updatedAt: at } },
  ],
});

export const moveBlock = defineMutation({
  name: 'storefrontBlock.move',
  version: 1,
  args: z.object({ id: idSchema, sortKey: sortKeySchema, at: z.number().int() }),
  ops: ({ id, sortKey, at }) => [
    { op: 'patch', table: 'storefrontBlock', id, fields: { sortKey, updatedAt: at } },
  ],
});

export const removeBlock = defineMutation({
  name: 'storefrontBlock.remove',
  version: 1,
  args: z.object({ id: idSchema }),
  ops: ({ id }) => [{ op: 'delete', table: 'storefrontBlock', id }],
});

export const putTheme = defineMutation({
  name: 'storefrontTheme.put',
  version: 1,
  args: z.object({ theme: draftThemeSchema }),
  ops: ({ theme }) => [{ op: 'put', table: 'storefrontTheme', row: theme }],
});

export const editTheme = defineMutation({
  name: 'storefrontTheme.edit',
  version: 1,
  args: z.object({
    id: idSchema,
    fields: themeFieldsSchema.partial().strict(),
    at: z.number().int(),
  }),
  ops: ({ id, fields, at }) => [
    { op: 'patch', table: 'storefrontTheme', id, fields: { ...fields, updatedAt: at } },
  ],
});

export const publishStorefront = defineMutation({
  name: 'storefront.publish',
  version: 1,
  args: z.object({ request: publishRequestSchema }),
  ops: ({ request }) => [{ op: 'append', table: 'storefrontPublishRequest', row: request }],
});

export const schedulePublish = defineMutation({
  name: 'storefront.schedule',
  version: 1,
  args: z.object({
    schedule: publishScheduleSchema.refine(
      (schedule) => schedule.status === 'pending' && schedule.versionNumber === null,
      'new_schedule_is_pending',
    ),
  }),
  ops: ({ schedule }) => [{ op: 'put', table: 'storefrontSchedule', row: schedule }],
});

export const cancelSchedule = defineMutation({
  name: 'storefront.cancelSchedule',
  version: 1,
  args: z.object({ id: idSchema, at: z.number().int() }),
  ops: ({ id, at }) => [
    {
      op: 'patch',
      table: 'storefrontSchedule',
      id,
      fields: { status: 'cancelled', updatedAt: at },
    },
  ],
});

export const storefrontMutations = [
  addBlock,
  editBlock,
  moveBlock,
  removeBlock,
  putTheme,
  editTheme,
  publishStorefront,
  schedulePublish,
  cancelSchedule,
] as const;
