/**
 * Loads the state an invariant rule asks for (domain/sync/invariants.ts) from the vendor's rows,
 * inside the push transaction, so it includes the mutations applied before it in the same batch.
 */
import type { EntityRow } from '../../domain/mutations/row-ops';
import { matchConditions, type InvariantLoader, type RowMatch } from '../../domain/sync/invariants';
import type { Queryable, SqlParam } from '../db/database';

/**
 * `data ->> field = value` for each condition of `match`, with field names and values as
 * parameters (never spliced into the SQL) numbered after the `params` already taken.
 */
function whereMatches(match: RowMatch, params: SqlParam[]): string {
  return matchConditions(match)
    .map(([field, value]) => {
      params.push(field, String(value));
      return `data ->> $${params.length - 1} = $${params.length}`;
    })
    .join(' and ');
}

export function invariantLoader(tx: Queryable, vendorId: string): InvariantLoader {
  return async (read) => {
    switch (read.kind) {
      case 'entity': {
        const [row] = await tx.query<{ data: EntityRow }>(
          'select data from entities where vendor_id = $1 and tbl = $2 and id = $3 and not deleted',
          [vendorId, read.table, read.id],
        );
        return row?.data ?? null;
      }
      case 'entitiesWhere': {
        const params: SqlParam[] = [vendorId, read.table];
        const where = whereMatches(read, params);
        const rows = await tx.query<{ data: EntityRow }>(
          `select data from entities where vendor_id = $1 and tbl = $2 and not deleted
           and ${where} order by id`,
          params,
        );
        return rows.map((row) => row.data);
      }
      case 'ledgerSum': {
        const params: SqlParam[] = [vendorId, read.table, read.sum];
        const where = whereMatches(read, params);
        const [row] = await tx.query<{ total: string | number }>(
          `select coalesce(sum((data ->> $3)::numeric), 0)::text as total from ledger_entries
           where vendor_id = $1 and tbl = $2 and ${where}`,
          params,
        );
        return Number(row?.total ?? 0);
      }
      case 'ledgerCount': {
        const params: SqlParam[] = [vendorId, read.table];
        const where = whereMatches(read, params);
        const [row] = await tx.query<{ n: number }>(
          `select count(*) as n from ledger_entries
           where vendor_id = $1 and tbl = $2 and ${where}`,
          params,
        );
        return Number(row?.n ?? 0);
      }
    }
  };
}
