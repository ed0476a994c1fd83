/**
 * Plans an import before anything is written: every row with its errors and what it will do
 * (create, update, leave unchanged, skip), the new categories and tags, and in "replace" mode the
 * items and emptied categories to delete. Pure: the console shows the plan as the preview and
 * writes the valid part as one menu.import mutation, so nothing is ever half-imported.
 */
import { normalizeCode } from '../codes';
import { itemChangesSchema, type ItemChange } from '../mutations/items';
import type { MenuImport } from '../mutations/import';
import {
  menuItemSchema,
  type Category,
  type LocalizedName,
  type Menu,
  type MenuItem,
  type MenuTag,
} from '../schema';
import { changedFieldsOf, newItemOf } from './build-item';
import { assignItemSortKeys, assignSortKeys } from './sort-keys';
import type { ImportDraft, ImportProblem } from './draft';
import type { ImportFileWarning } from './file-warnings';
import { schemaProblems } from './schema-problems';
import { specGroupsByName, withKnownModifiers } from './known-modifiers';
import { indexMenu, nameKey, type MenuIndex } from './menu-index';
import { resolveDraft, type ResolvedDraft } from './resolve';

export type ImportMode = 'upsert_by_sku' | 'replace';

export interface PlanOptions {
  mode: ImportMode;
  newId: () => string;
  /** Stamped on created items (the mutation stamps updates). */
  updatedAt: number;
  /** Shop content from the i18n resources: where items without a category go. */
  defaultCategoryName: LocalizedName;
}

export type ImportFileErrorCode =
  'empty_file' | 'no_rows' | 'columns_missing' | 'nothing_to_import';

export interface ImportPreviewRow {
  lines: number[];
  name: string;
  action: 'create' | 'update' | 'unchanged' | 'delete' | 'skip';
  /** The existing item the row updates (or, for 'delete', removes). */
  itemId?: string;
  /** Why the row is skipped; empty for a row that will be imported. */
  errors: ImportProblem[];
  /** What the row leaves out, and why, though it is imported. */
  warnings: ImportProblem[];
  /** How many variants the row's item comes in, when it has them (the preview says so). */
  variantCount?: number;
}

export interface ImportPlan {
  fileErrors: { code: ImportFileErrorCode; params?: Record<string, string | number> }[];
  /** What the shop should know about the file; some must be confirmed (needsConfirmation). */
  fileWarnings: ImportFileWarning[];
  preview: ImportPreviewRow[];
  toCreate: MenuItem[];
  toUpdate: ItemChange[];
  toDelete: string[];
  categoriesToCreate: Category[];
  categoriesToDelete: string[];
  tagsToCreate: MenuTag[];
}

export function emptyPlan(fileErrors: ImportPlan['fileErrors'] = []): ImportPlan {
  return {
    fileErrors,
    fileWarnings: [],
    preview: [],
    toCreate: [],
    toUpdate: [],
    toDelete: [],
    categoriesToCreate: [],
    categoriesToDelete: [],
    tagsToCreate: [],
  };
}

class Planner {
  readonly plan = emptyPlan();
  private readonly index: MenuIndex;
  private readonly matched = new Set<string>();
  private readonly seenSku = new Map<string, number>();
  private readonly seenBarcode = new Map<string, number>();
  private readonly modifierGroups: ReturnType<typeof specGroupsByName>;

  constructor(
    private readonly existing: Menu,
    private readonly options: PlanOptions,
  ) {
    this.index = indexMenu(existing);
    this.modifierGroups = specGroupsByName(existing);
  }

  private match(value: ResolvedDraft): MenuItem | undefined {
    const byId = value.itemId ? this.index.itemsById.get(value.itemId) : undefined;
    if (byId) return byId;
    // The row's SKU, or its variants' (an export of an item with variants has them there).
    const skus = [value.sku, ...(value.variants ?? []).map((v) => v.sku)];
    for (const sku of skus) {
      const bySku = sku ? this.index.itemsBySku.get(normalizeCode(sku)) : undefined;
      if (bySku) return bySku;
    }
    const byName = this.index.itemsByName.get(nameKey(value.nameZh));
    return byName && (!value.sku || !byName.sku) ? byName : undefined;
  }

  private codeProblems(
    value: ResolvedDraft,
    target: MenuItem | undefined,
    line: number,
  ): ImportProblem[] {
    const problems: ImportProblem[] = [];
    if (target && this.matched.has(target.id))
      problems.push({ field: 'row', code: 'duplicate_item_in_file' });
    // The item's own codes, then each variant's, at the variant's line.
    const sites = [
      ...(['sku', 'barcode'] as const).map((kind) => ({
        kind,
        code: value[kind],
        line,
        field: kind,
      })),
      ...(value.variants ?? []).flatMap((variant, index) =>
        (['sku', 'barcode'] as const).map((kind) => ({
          kind,
          code: variant[kind],
          line: value.variantLines?.[index] ?? line,
          at: value.variantLines?.[index],
          field: 'variants' as const,
        })),
      ),
    ];
    for (const site of sites) {
      const { kind, field } = site;
      const code = site.code ? normalizeCode(site.code) : undefined;
      if (!code) continue;
      const seen = kind === 'sku' ? this.seenSku : this.seenBarcode;
      const firstLine = seen.get(code);
      const quoted: Record<string, string | number> =
        field === 'variants' ? { value: site.code!, ...(site.at ? { at: site.at } : {}) } : {};
      if (firstLine !== undefined) {
        problems.push({
          field,
          code: `duplicate_${kind}_in_file`,
          params: { ...quoted, line: firstLine },
        });
      } else seen.set(code, site.line);
      const owner =
        kind === 'sku' ? this.index.itemsBySku.get(code)?.id : this.index.barcodeOwners.get(code);
      // In "replace" mode every item the file does not match goes, so only the file can clash.
      if (this.options.mode === 'upsert_by_sku' && owner && owner !== target?.id) {
        problems.push({ field, code: `${kind}_taken`, params: { ...quoted, itemId: owner } });
      }
    }
    return problems;
  }

  private categoryIdFor(category: NonNullable<ResolvedDraft['category']>): string {
    const found = this.index.categoryIdsByName.get(nameKey(category.zh));
    if (found) return found;
    const created: Category = {
      id: this.options.newId(),
      name: { zh: category.zh, en: category.en ?? null },
      sortKey: 'i', // replaced in finish(), once all new categories are known
      hidden: category.hidden ?? false,
      availability: null,
    };
    this.plan.categoriesToCreate.push(created);
    this.index.categoryIdsByName.set(nameKey(category.zh), created.id);
    if (category.en) this.index.categoryIdsByName.set(nameKey(category.en), created.id);
    return created.id;
  }

  private tagIdsFor(names: readonly string[]): string[] {
    return [
      ...new Set(
        names.map((name) => {
          const found = this.index.tagIdsByName.get(nameKey(name));
          if (found) return found;
          const created: MenuTag = {
            id: this.options.newId(),
            name: { zh: name, en: null },
            sortKey: 'i',
          };
          this.plan.tagsToCreate.push(created);
          this.index.tagIdsByName.set(nameKey(name), created.id);
          return created.id;
        }),
      ),
    ];
  }

  add(read: ImportDraft): void {
    const draft = withKnownModifiers(read, this.modifierGroups);
    const row: ImportPreviewRow = {
      lines: draft.lines,
      name: draft.name,
      action: 'skip',
      errors: [],
      warnings: [],
    };
    this.plan.preview.push(row);
    if (draft.problems.some((p) => p.field === 'row')) {
      row.errors = draft.problems;
      return;
    }
    const { value, problems, warnings } = resolveDraft(draft, this.index);
    const target = this.match(value);
    row.itemId = target?.id;
    row.warnings = warnings;
    if (value.variants?.length) row.variantCount = value.variants.length;
    row.errors = [...problems, ...this.codeProblems(value, target, draft.lines[0] ?? 0)];
    if (row.errors.length > 0) return;
    if (target) this.matched.add(target.id);
    const categoryId = value.category
      ? this.categoryIdFor(value.category)
      : target
        ? undefined
        : this.categoryIdFor({ ...this.options.defaultCategoryName, hidden: false });
    const refs = {
      categoryId,
      tagIds: value.tagNames && this.tagIdsFor(value.tagNames),
      newId: this.options.newId,
    };
    if (target) {
      const fields = changedFieldsOf(value, target, refs);
      row.errors = schemaProblems(itemChangesSchema.safeParse(fields));
      if (row.errors.length > 0) return;
      row.action = Object.keys(fields).length === 0 ? 'unchanged' : 'update';
      if (row.action === 'update') this.plan.toUpdate.push({ id: target.id, fields });
      return;
    }
    const item = newItemOf(value, {
      ...refs,
      id: this.options.newId(),
      categoryId: categoryId!,
      sortKey: 'i',
      updatedAt: this.options.updatedAt,
    });
    row.errors = schemaProblems(menuItemSchema.safeParse(item));
    if (row.errors.length > 0) return;
    row.action = 'create';
    row.itemId = item.id;
    this.plan.toCreate.push(item);
  }

  finish(): ImportPlan {
    const plan = this.plan;
    if (plan.toCreate.length + plan.toUpdate.length + this.matched.size === 0) {
      return { ...emptyPlan([{ code: 'nothing_to_import' }]), preview: plan.preview };
    }
    if (this.options.mode === 'replace') this.planDeletes();
    assignSortKeys(plan.categoriesToCreate, this.existing.categories);
    assignSortKeys(plan.tagsToCreate, this.existing.tags);
    assignItemSortKeys(plan.toCreate, this.existing.items);
    return plan;
  }

  private planDeletes(): void {
    const plan = this.plan;
    for (const item of this.existing.items) {
      if (this.matched.has(item.id)) continue;
      plan.toDelete.push(item.id);
      plan.preview.push({
        lines: [],
        name: item.name.zh,
        action: 'delete',
        itemId: item.id,
        errors: [],
        warnings: [],
      });
    }
    const moved = new Map(plan.toUpdate.map((c) => [c.id, c.fields.categoryId]));
    const used = new Set([
      ...plan.toCreate.map((item) => item.categoryId),
      ...this.existing.items
        .filter((i) => this.matched.has(i.id))
        .map((i) => moved.get(i.id) ?? i.categoryId),
    ]);
    plan.categoriesToDelete = this.existing.categories
      .filter((c) => !used.has(c.id))
      .map((c) => c.id);
  }
}

/** A plan built one draft at a time, so a large file can be planned in slices (read.ts). */
export function createImportPlanner(
  existing: Menu,
  options: PlanOptions,
): { add(draft: ImportDraft): void; finish(): ImportPlan } {
  return new Planner(existing, options);
}

/** Plans the import of drafts read from a file (see read.ts) into the existing menu. */
export function planImportFromDrafts(
  drafts: readonly ImportDraft[],
  existing: Menu,
  options: PlanOptions,
): ImportPlan {
  const planner = new Planner(existing, options);
  for (const draft of drafts) planner.add(draft);
  return planner.finish();
}

/** The menu.import mutation's arguments for a plan. */
export function importArgsOf(plan: ImportPlan, updatedAt: number): MenuImport {
  return {
    categories: plan.categoriesToCreate,
    tags: plan.tagsToCreate,
    createItems: plan.toCreate,
    updateItems: plan.toUpdate,
    deleteItemIds: plan.toDelete,
    deleteCategoryIds: plan.categoriesToDelete,
    updatedAt,
  };
}
