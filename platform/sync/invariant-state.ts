/**
 * Loads the state an invariant rule asks for (domain/sync/invariants.ts) from the vendor's rows,
 * inside the push transaction, so it includes the mutations applied before it in the same batch.
 * Reads by a field go through the table's declared lookups (row_lookups, kept by lookups.ts): an
 * index range, never a scan. A read by a lookup the table does not declare is a bug in the rule
 * and fails loudly rather than scanning.
 */
import type { EntityRow } from '../../domain/mutations/row-ops';
import { tableLookups, type LookupRegistry } from '../../domain/mutations/tables';
import {
  matchValues,
  type InvariantLoader,
  type InvariantRead,
  type Scalar,
} from '../../domain/sync/invariants';
import type { Queryable, SqlParam } from '../db/database';

export class UndeclaredLookupError extends Error {}

function assertDeclared(lookups: LookupRegistry, table: string, field: string): void {
  if (!(field in (lookups.get(table) ?? {}))) {
    throw new UndeclaredLookupError(`table ${table} declares no lookup ${field}`);
  }
}

/** `and data ->> field = value` for each extra condition, fields and values as parameters. */
function andConditions(
  and: Readonly<Record<string, Scalar>> | undefined,
  params: SqlParam[],
  alias: string,
): string {
  return Object.entries(and ?? {})
    .map(([field, value]) => {
      params.push(field, String(value));
      return ` and ${alias}.data ->> $${params.length - 1} = $${params.length}`;
    })
    .join('');
}

/** The rows of `source` (entities or ledger entries) under one lookup's values. */
function byLookup(source: 'entities' | 'ledger_entries', select: string, tail = ''): string {
  const live = source === 'entities' ? ' and not r.deleted' : '';
  return `select ${select} from row_lookups l join ${source} r
    on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
    where l.vendor_id = $1 and l.tbl = $2 and l.lookup = $3 and l.value = any($4::text[])${live}${tail}`;
}

export function invariantLoader(
  tx: Queryable,
  vendorId: string,
  lookups: LookupRegistry = tableLookups,
): InvariantLoader {
  return async (read: InvariantRead) => {
    if (read.kind === 'entity') {
      const [row] = await tx.query<{ data: EntityRow }>(
        'select data from entities where vendor_id = $1 and tbl = $2 and id = $3 and not deleted',
        [vendorId, read.table, read.id],
      );
      return row?.data ?? null;
    }
    assertDeclared(lookups, read.table, read.field);
    const values = read.kind === 'entitiesMatchingAny' ? [...read.values] : matchValues(read);
    const params: SqlParam[] = [vendorId, read.table, read.field, values];
    switch (read.kind) {
      case 'entitiesMatchingAny':
      case 'entitiesWhere': {
        const and = read.kind === 'entitiesWhere' ? andConditions(read.and, params, 'r') : '';
        const rows = await tx.query<{ data: EntityRow }>(
          byLookup('entities', 'distinct r.id, r.data', `${and} order by r.id`),
          params,
        );
        return rows.map((row) => row.data);
      }
      case 'entitiesOverlapping': {
        params.push(read.end, read.start);
        const spanParams = ` and l.span_start < $${params.length - 1} and l.span_end > $${params.length}`;
        const and = andConditions(read.and, params, 'r');
        const rows = await tx.query<{ data: EntityRow }>(
          byLookup('entities', 'distinct r.id, r.data', `${spanParams}${and} order by r.id`),
          params,
        );
        return rows.map((row) => row.data);
      }
      case 'ledgerSum': {
        params.push(read.sum);
        const sumParam = params.length;
        const and = andConditions(read.and, params, 'r');
        const [row] = await tx.query<{ total: string | number }>(
          `select coalesce(sum((r.data ->> $${sumParam})::numeric), 0)::text as total from (${byLookup(
            'ledger_entries',
            'distinct r.id, r.data',
            and,
          )}) r`,
          params,
        );
        return Number(row?.total ?? 0);
      }
      case 'ledgerLatest': {
        const and = andConditions(read.and, params, 'r');
        params.push(read.limit);
        const rows = await tx.query<{ data: EntityRow }>(
          `select data from (${byLookup('ledger_entries', 'distinct r.id, r.data, r.seq', and)}) r
           order by r.seq desc, r.id desc limit $${params.length}`,
          params,
        );
        return rows.map((row) => row.data);
      }
      case 'ledgerCount': {
        const and = andConditions(read.and, params, 'r');
        const [row] = await tx.query<{ n: number }>(
          `select count(distinct r.id) as n from (${byLookup('ledger_entries', 'r.id, r.data', and)}) r`,
          params,
        );
        return Number(row?.n ?? 0);
      }
    }
  };
}
