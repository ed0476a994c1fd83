/**
 * Keeps row_lookups (migration 4) equal to what the tables' lookup declarations say of the live
 * rows: written in the transaction that writes the rows, so an invariant read later in the same
 * push already sees them, and built at start for rows stored before a lookup was declared or
 * changed. A deleted record has no lookups; a ledger entry's never change.
 */
import type { EntityRow } from '../../domain/mutations/row-ops';
import { tableLookups, type LookupRegistry } from '../../domain/mutations/tables';
import type { Database, Queryable } from '../db/database';

type LookupPair = [lookup: string, value: string, span: { start: number; end: number } | null];

/** The lookup rows of one record: [lookup, value, span] for each value, each once. */
function lookupPairs(lookups: LookupRegistry, table: string, row: EntityRow): LookupPair[] {
  const pairs = new Map<string, LookupPair>();
  for (const [lookup, declaration] of Object.entries(lookups.get(table) ?? {})) {
    const span = declaration.span?.(row) ?? null;
    for (const value of declaration.values(row))
      pairs.set(`${lookup}\u0000${value}`, [lookup, value, span]);
  }
  return [...pairs.values()];
}

export function hasLookups(lookups: LookupRegistry, table: string): boolean {
  return Object.keys(lookups.get(table) ?? {}).length > 0;
}

/** Records whose lookups a batch of row operations changed; written once, at the end. */
export class LookupChanges {
  /** table → id → the record's row now (null: deleted), for entities; appended ledger rows. */
  private readonly entities = new Map<string, Map<string, EntityRow | null>>();
  private readonly appended = new Map<string, EntityRow[]>();

  constructor(private readonly lookups: LookupRegistry) {}

  entity(table: string, id: string, row: EntityRow | null): void {
    if (!hasLookups(this.lookups, table)) return;
    let rows = this.entities.get(table);
    if (!rows) this.entities.set(table, (rows = new Map()));
    rows.set(id, row);
  }

  append(table: string, row: EntityRow): void {
    if (!hasLookups(this.lookups, table)) return;
    const rows = this.appended.get(table) ?? [];
    rows.push(row);
    this.appended.set(table, rows);
  }

  async save(tx: Queryable, vendorId: string): Promise<void> {
    for (const [table, rows] of this.entities) {
      await tx.query('delete from row_lookups where vendor_id = $1 and tbl = $2 and id = any($3)', [
        vendorId,
        table,
        [...rows.keys()],
      ]);
      const live = [...rows.values()].filter((row): row is EntityRow => row !== null);
      await insertLookups(tx, this.lookups, vendorId, table, live);
    }
    for (const [table, rows] of this.appended) {
      await insertLookups(tx, this.lookups, vendorId, table, rows);
    }
  }
}

/** One statement for any number of rows: the values travel as three parallel arrays. */
async function insertLookups(
  tx: Queryable,
  lookups: LookupRegistry,
  vendorId: string,
  table: string,
  rows: readonly EntityRow[],
  only?: string,
): Promise<void> {
  const names: string[] = [];
  const values: string[] = [];
  const ids: string[] = [];
  const starts: Array<number | null> = [];
  const ends: Array<number | null> = [];
  for (const row of rows) {
    for (const [lookup, value, span] of lookupPairs(lookups, table, row)) {
      if (only !== undefined && lookup !== only) continue;
      names.push(lookup);
      values.push(value);
      ids.push(row.id);
      starts.push(span?.start ?? null);
      ends.push(span?.end ?? null);
    }
  }
  if (ids.length === 0) return;
  await tx.query(
    `insert into row_lookups (vendor_id, tbl, lookup, value, id, span_start, span_end)
     select $1, $2, lookup, value, id, span_start, span_end
       from unnest($3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[])
         as l(lookup, value, id, span_start, span_end)
     on conflict do nothing`,
    [vendorId, table, names, values, ids, starts, ends],
  );
}

const BUILD_PAGE = 1000;

/**
 * Indexes the stored rows for every declared lookup not yet built at its version (a new part's,
 * or one whose `values` changed). Runs at start, after the migrations; two instances starting
 * at once build it once. Returns the lookups built, as 'table.lookup'.
 */
export async function buildLookups(
  db: Database,
  lookups: LookupRegistry = tableLookups,
): Promise<string[]> {
  const built: string[] = [];
  for (const [table, declared] of lookups) {
    for (const [lookup, { version }] of Object.entries(declared)) {
      const ran = await db.transaction(async (tx) => {
        await tx.query('lock table lookup_builds in exclusive mode');
        const [done] = await tx.query<{ version: number }>(
          'select version from lookup_builds where tbl = $1 and lookup = $2',
          [table, lookup],
        );
        if (done?.version === version) return false;
        await tx.query('delete from row_lookups where tbl = $1 and lookup = $2', [table, lookup]);
        await indexStoredRows(tx, lookups, table, lookup);
        await tx.query(
          `insert into lookup_builds (tbl, lookup, version) values ($1, $2, $3)
           on conflict (tbl, lookup) do update set version = excluded.version, built_at = now()`,
          [table, lookup, version],
        );
        return true;
      });
      if (ran) built.push(`${table}.${lookup}`);
    }
  }
  return built;
}

/** Every vendor's live rows of `table`, a page at a time in key order. */
async function indexStoredRows(
  tx: Queryable,
  lookups: LookupRegistry,
  table: string,
  lookup: string,
): Promise<void> {
  let after = { vendorId: '00000000-0000-0000-0000-000000000000', id: '' };
  for (;;) {
    const rows = await tx.query<{ vendor_id: string; id: string; data: EntityRow }>(
      `select vendor_id, id, data from entities where tbl = $1 and not deleted and (vendor_id, id) > ($2, $3)
       union all
       select vendor_id, id, data from ledger_entries where tbl = $1 and (vendor_id, id) > ($2, $3)
       order by vendor_id, id limit ${BUILD_PAGE}`,
      [table, after.vendorId, after.id],
    );
    if (rows.length === 0) return;
    const byVendor = new Map<string, EntityRow[]>();
    for (const { vendor_id, id, data } of rows) {
      const list = byVendor.get(vendor_id) ?? [];
      list.push({ ...data, id });
      byVendor.set(vendor_id, list);
    }
    for (const [vendorId, list] of byVendor) {
      await insertLookups(tx, lookups, vendorId, table, list, lookup);
    }
    const last = rows[rows.length - 1]!;
    after = { vendorId: last.vendor_id, id: last.id };
  }
}
