/**
 * The import's two steps for the dialog: plan the file (in a worker when the browser has them),
 * then commit the plan as ONE menu.import mutation — one transaction, so a failure leaves the
 * menu exactly as it was. The undo is also one menu.import: it puts back what was deleted or
 * changed and removes what was created.
 */
import { importArgsOf, type ImportPlan } from '@domain/menu/import/plan';
import { importMenu, type MenuImport } from '@domain/menu/mutations';
import type { Menu } from '@domain/menu/schema';
import { inverseItemChanges } from '@domain/menu/undo';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import type { Undo } from '../actions/undo';
import {
  analyzeImport,
  type ImportAnalysis,
  type ImportPhase,
  type ImportRequest,
} from './analyze-import';

type WorkerReply = { phase: ImportPhase } | { analysis: ImportAnalysis } | { error: string };

function inWorker(request: ImportRequest, onPhase: (phase: ImportPhase) => void) {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ImportAnalysis>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if ('phase' in reply) return onPhase(reply.phase);
      worker.terminate();
      if ('analysis' in reply) resolve(reply.analysis);
      else reject(new Error(reply.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}

export async function planFile(
  request: ImportRequest,
  onPhase: (phase: ImportPhase) => void,
): Promise<ImportAnalysis> {
  if (typeof Worker !== 'undefined') return inWorker(request, onPhase);
  return analyzeImport(request, onPhase);
}

/** The menu.import that reverses `plan` applied to `before`. */
export function importUndoArgs(plan: ImportPlan, before: Menu, now: number): MenuImport {
  const deleted = new Set(plan.toDelete);
  const deletedCategories = new Set(plan.categoriesToDelete);
  return {
    categories: before.categories.filter((category) => deletedCategories.has(category.id)),
    tags: [],
    createItems: before.items.filter((item) => deleted.has(item.id)),
    updateItems: inverseItemChanges(before.items, plan.toUpdate),
    deleteItemIds: plan.toCreate.map((item) => item.id),
    deleteCategoryIds: plan.categoriesToCreate.map((category) => category.id),
    updatedAt: now,
  };
}

export async function commitImport(db: VendorDb, plan: ImportPlan, before: Menu): Promise<Undo> {
  await mutate(db, importMenu, importArgsOf(plan, Date.now()));
  return async () => {
    await mutate(db, importMenu, importUndoArgs(plan, before, Date.now()));
  };
}
