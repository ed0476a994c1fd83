/**
 * The diff of two storefront documents (domain/storefront/diff.ts) in words, for the side-by-side
 * view: one row per block that was added, removed, moved or changed, and one for the theme, each
 * with its changed fields as "before → after" in the shop's language — block type names, field
 * names, visibility in words, texts quoted per language, colours as swatches. Pure: the caller
 * passes its `t` (the storefront namespace).
 */
import type { DocumentDiff, FieldChange } from '@domain/storefront/diff';
import type { Block, StorefrontDocument, Visibility } from '@domain/storefront/schema';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One side of a changed field as shown: words, or a colour (drawn as a swatch beside its code). */
export type Shown = { kind: 'text'; text: string } | { kind: 'colour'; hex: string };

export interface ChangeLine {
  label: string;
  /** null: this side has no such value (the block is not there). */
  before: Shown | null;
  after: Shown | null;
}

export type RowStatus = 'added' | 'removed' | 'changed' | 'moved' | 'theme';

export interface DiffRow {
  key: string;
  heading: string;
  /** What happened to the block; a moved block may also have changed fields. */
  statuses: RowStatus[];
  /** "Moved from position 2 to 4", when it moved. */
  moved: string | null;
  lines: ChangeLine[];
}

export interface DiffWords {
  rows: DiffRow[];
  summary: string;
}

const TEXT_FIELDS = new Set(['text', 'title', 'body', 'alt', 'headline']);
const CHOICE_FIELDS = new Set(['categoryIds', 'itemIds', 'offerIds', 'serviceIds']);
const IMAGE_FIELDS = new Set(['image', 'logo', 'cover']);
const COLOUR_FIELDS = new Set(['primary', 'background', 'text']);

const text = (value: string): Shown => ({ kind: 'text', text: value });

function isPageText(value: unknown): value is { zh: string; en: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { zh?: unknown }).zh === 'string' &&
    typeof (value as { en?: unknown }).en === 'string'
  );
}

export function visibilityInWords(visibility: Visibility, t: Translate): string {
  const parts: string[] = [];
  if (visibility.days !== 'all') parts.push(t(`versions.values.days.${visibility.days}`));
  if (visibility.dayparts.length > 0)
    parts.push(t('versions.values.dayparts', { count: visibility.dayparts.length }));
  if (visibility.from) parts.push(t('versions.values.from', { date: visibility.from }));
  if (visibility.until) parts.push(t('versions.values.until', { date: visibility.until }));
  return parts.length === 0 ? t('versions.values.always') : parts.join(t('versions.values.joiner'));
}

function quoted(value: string, t: Translate): string {
  return value.trim() === ''
    ? t('versions.values.empty')
    : t('versions.values.quoted', { text: value });
}

function blockName(block: Block, t: Translate): string {
  return t(`versions.blockTypes.${block.type}`);
}

interface Context {
  t: Translate;
  /** Both documents' blocks, to name a banner's target. */
  blocks: ReadonlyMap<string, Block>;
}

/** One field's value in words (not page texts: those are split per language by the caller). */
function shownValue(field: string, value: unknown, other: unknown, ctx: Context): Shown {
  const { t } = ctx;
  if (COLOUR_FIELDS.has(field) && typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value))
    return { kind: 'colour', hex: value };
  if (typeof value === 'boolean')
    return text(t(value ? 'versions.values.on' : 'versions.values.off'));
  if (IMAGE_FIELDS.has(field)) {
    if (value === null || value === undefined) return text(t('versions.values.none'));
    return text(
      t(
        typeof other === 'string' && other !== value
          ? 'versions.values.imageReplaced'
          : 'versions.values.image',
      ),
    );
  }
  if (CHOICE_FIELDS.has(field) && Array.isArray(value))
    return text(
      value.length === 0
        ? t('versions.values.all')
        : t('versions.values.chosen', { count: value.length }),
    );
  if (field === 'photos' && Array.isArray(value))
    return text(t('versions.values.photos', { count: value.length }));
  if (field === 'limit' && typeof value === 'number')
    return text(t('versions.values.limit', { count: value }));
  if (field === 'tone' || field === 'corner' || field === 'textSize')
    return text(t(`versions.values.${field}.${String(value)}`));
  if (field === 'target') {
    if (value === null || value === undefined) return text(t('versions.values.none'));
    const target = ctx.blocks.get(String(value));
    return text(
      target
        ? t('versions.values.blockRef', { block: blockName(target, t) })
        : t('versions.values.missingBlock'),
    );
  }
  if (field === 'visibility') return text(visibilityInWords(value as Visibility, t));
  if (typeof value === 'string' || typeof value === 'number') return text(String(value));
  return text(JSON.stringify(value));
}

function fieldLabel(field: string, theme: boolean, t: Translate): string {
  return t(theme ? `versions.themeFields.${field}` : `versions.fields.${field}`);
}

/** A changed field as lines: a page text gives one line per language that changed. */
function changeLines(change: FieldChange, theme: boolean, ctx: Context): ChangeLine[] {
  const { t } = ctx;
  const label = fieldLabel(change.field, theme, t);
  const { before, after } = change;
  if (!theme && TEXT_FIELDS.has(change.field) && (isPageText(before) || isPageText(after))) {
    const b = isPageText(before) ? before : null;
    const a = isPageText(after) ? after : null;
    return (['zh', 'en'] as const)
      .filter((language) => b?.[language] !== a?.[language])
      .map((language) => ({
        label: t(language === 'zh' ? 'versions.fields.inZh' : 'versions.fields.inEn', {
          field: label,
        }),
        before: b ? text(quoted(b[language], t)) : null,
        after: a ? text(quoted(a[language], t)) : null,
      }));
  }
  return [
    {
      label,
      before: before === undefined ? null : shownValue(change.field, before, undefined, ctx),
      after: after === undefined ? null : shownValue(change.field, after, before, ctx),
    },
  ];
}

/** A whole block's fields, for one that was added or removed (only the side it is on). */
function wholeBlockLines(block: Block, side: 'before' | 'after', ctx: Context): ChangeLine[] {
  const fields = Object.entries(block).filter(([field]) => field !== 'id' && field !== 'type');
  return fields.flatMap(([field, value]) =>
    changeLines(
      side === 'after'
        ? { field, before: undefined, after: value }
        : { field, before: value, after: undefined },
      false,
      ctx,
    ).filter((line) => {
      // An added block's empty texts say nothing; leave them out.
      const shown = side === 'after' ? line.after : line.before;
      return !(shown?.kind === 'text' && shown.text === ctx.t('versions.values.empty'));
    }),
  );
}

export function describeDiff(
  diff: DocumentDiff,
  before: StorefrontDocument,
  after: StorefrontDocument,
  t: Translate,
): DiffWords {
  const blocks = new Map<string, Block>([
    ...before.blocks.map((block) => [block.id, block] as const),
    ...after.blocks.map((block) => [block.id, block] as const),
  ]);
  const ctx: Context = { t, blocks };
  const rows: DiffRow[] = [];
  const counts = { added: 0, removed: 0, moved: 0, changed: 0 };

  if (diff.theme.length > 0) {
    rows.push({
      key: 'theme',
      heading: t('versions.diff.theme'),
      statuses: ['theme'],
      moved: null,
      lines: diff.theme.flatMap((change) => changeLines(change, true, ctx)),
    });
  }
  for (const entry of diff.blocks) {
    if (entry.kind === 'added') {
      counts.added += 1;
      rows.push({
        key: `added-${entry.block.id}`,
        heading: t('versions.diff.blockAt', {
          block: blockName(entry.block, t),
          position: entry.toIndex + 1,
        }),
        statuses: ['added'],
        moved: null,
        lines: wholeBlockLines(entry.block, 'after', ctx),
      });
    } else if (entry.kind === 'removed') {
      counts.removed += 1;
      rows.push({
        key: `removed-${entry.block.id}`,
        heading: t('versions.diff.blockAt', {
          block: blockName(entry.block, t),
          position: entry.fromIndex + 1,
        }),
        statuses: ['removed'],
        moved: null,
        lines: wholeBlockLines(entry.block, 'before', ctx),
      });
    } else if (entry.moved || entry.fields.length > 0) {
      const statuses: RowStatus[] = [];
      if (entry.moved) {
        statuses.push('moved');
        counts.moved += 1;
      }
      if (entry.fields.length > 0) {
        statuses.push('changed');
        counts.changed += 1;
      }
      rows.push({
        key: `kept-${entry.after.id}`,
        heading: t('versions.diff.blockAt', {
          block: blockName(entry.after, t),
          position: entry.toIndex + 1,
        }),
        statuses,
        moved: entry.moved
          ? t('versions.diff.moved', { from: entry.fromIndex + 1, to: entry.toIndex + 1 })
          : null,
        lines: entry.fields.flatMap((change) => changeLines(change, false, ctx)),
      });
    }
  }
  const summary = t('versions.diff.summary', { ...counts, theme: diff.theme.length });
  return { rows, summary };
}
