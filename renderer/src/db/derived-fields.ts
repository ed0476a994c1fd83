/**
 * Fields the console's store computes from a record so IndexedDB can index them, and nothing
 * else reads: an item's codes, its own and its variants' ('sku:YP-9', see itemCodes), under a
 * multi-entry index, so a scanned code finds its item (and variant) with one index lookup.
 * They are set on every write that reaches IndexedDB — a put, an add, and the puts Dexie makes of
 * update() and modify() — so no caller has to remember them, and they never travel: a mutation's
 * arguments are parsed by its schema, which drops fields it does not name. Nor do reads see them
 * (get, bulkGet, queries, cursors): a row read back equals the row written, so the checksums and
 * the rebase that compare local rows with the platform's need not know of them.
 */
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, Middleware } from 'dexie';
import { itemCodes } from '@domain/menu/codes';

type Row = Record<string, unknown>;

interface DerivedField {
  field: string;
  derive: (row: Row) => unknown;
}

const derivedFields: Readonly<Record<string, DerivedField>> = {
  menuItem: { field: 'codes', derive: itemCodes },
};

/**
 * The cursor with its value stripped. In Chromium the cursor is IndexedDB's own, whose methods and
 * getters must be called on it (a prototype-chained copy throws "Illegal invocation"), so every
 * other property is read from the cursor itself and its methods are bound to it.
 */
function strippedCursor(cursor: DBCoreCursor, strip: (row: unknown) => unknown): DBCoreCursor {
  return new Proxy(cursor, {
    get(target, property) {
      if (property === 'value') return strip(target.value);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}

/** The row as the rest of the console knows it: the derived field left out. */
function without(row: unknown, field: string): unknown {
  if (!row || typeof row !== 'object' || !(field in row)) return row;
  const { [field]: _derived, ...rest } = row as Row;
  return rest;
}

/** A row as IndexedDB stores it: with the derived field of its table, if it has one. */
export function storedRow<R extends Row>(table: string, row: R): R {
  const derived = derivedFields[table];
  return derived ? { ...row, [derived.field]: derived.derive(row) } : row;
}

function withDerived(req: DBCoreMutateRequest, table: string): DBCoreMutateRequest {
  if (req.type !== 'put' && req.type !== 'add') return req;
  return { ...req, values: req.values.map((value: Row) => storedRow(table, value)) };
}

/**
 * The middleware for a database whose newest stores are `stores`: a field is derived only where
 * that schema indexes it, so a database opened at an older version writes rows as that release
 * did (which is what the upgrade tests need to start from).
 */
export function derivedFieldsMiddleware(
  stores: Readonly<Record<string, string>>,
): Middleware<DBCore> {
  const indexed = (table: string, field: string) =>
    (stores[table] ?? '').split(',').some((index) => index.trim().replace(/^\*/, '') === field);
  return {
    stack: 'dbcore',
    name: 'DerivedFields',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const derived = derivedFields[name];
        if (!derived || !indexed(name, derived.field)) return table;
        const strip = (row: unknown) => without(row, derived.field);
        return {
          ...table,
          mutate: (req) => table.mutate(withDerived(req, name)),
          get: (req) => table.get(req).then(strip),
          getMany: (req) => table.getMany(req).then((rows) => rows.map(strip)),
          query: (req) =>
            table
              .query(req)
              .then((res) => (req.values ? { ...res, result: res.result.map(strip) } : res)),
          openCursor: (req) =>
            table.openCursor(req).then((cursor) => cursor && strippedCursor(cursor, strip)),
        };
      },
    }),
  };
}
