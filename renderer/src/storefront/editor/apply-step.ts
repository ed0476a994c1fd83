/**
 * Writes an editor step through the mutation layer: the storefront's own mutations, one per
 * change, so each syncs and merges like any other edit. A theme step on a shop without a theme
 * record puts the whole theme first (its id is the vendor's), an edit afterwards.
 */
import { defaultTheme, type DraftBlock } from '@domain/storefront/schema';
import {
  addBlock,
  editBlock,
  editTheme,
  moveBlock,
  putTheme,
  removeBlock,
} from '@domain/storefront/mutations';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import type { Step } from './history';

export async function applyStep(db: VendorDb, step: Step, at = Date.now()): Promise<void> {
  switch (step.kind) {
    case 'add': {
      const block: DraftBlock = { ...step.block, updatedAt: at };
      await mutate(db, addBlock, { block });
      return;
    }
    case 'remove':
      await mutate(db, removeBlock, { id: step.block.id });
      return;
    case 'edit':
      await mutate(db, editBlock, { id: step.id, type: step.type, fields: step.fields, at });
      return;
    case 'move':
      await mutate(db, moveBlock, { id: step.id, sortKey: step.to, at });
      return;
    case 'theme': {
      const theme = await db.storefrontTheme.get(db.vendorId);
      if (theme) {
        await mutate(db, editTheme, { id: theme.id, fields: step.fields, at });
      } else {
        await mutate(db, putTheme, {
          theme: { ...defaultTheme(), ...step.fields, id: db.vendorId, updatedAt: at },
        });
      }
      return;
    }
    case 'group':
      for (const each of step.steps) await applyStep(db, each, at);
      return;
  }
}
