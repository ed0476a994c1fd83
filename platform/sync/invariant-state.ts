/**
 * Loads the state an invariant rule asks for (domain/sync/invariants.ts) from the vendor's rows,
 * inside the push transaction, so it includes the mutations applied before it in the same batch.
 */
import type { EntityRow } from '../../domain/mutations/row-ops';
import type { InvariantLoader } from '../../domain/sync/invariants';
import type { Queryable } from '../db/database';

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
        const rows = await tx.query<{ data: EntityRow }>(
          `select data from entities where vendor_id = $1 and tbl = $2 and not deleted
           and data ->> $3 = $4 order by id`,
          [vendorId, read.table, read.field, String(read.equals)],
        );
        return rows.map((row) => row.data);
      }
      case 'ledgerSum': {
        const [row] = await tx.query<{ total: string | number }>(
          `select coalesce(sum((data ->> $3)::numeric), 0)::text as total from ledger_entries
           where vendor_id = $1 and tbl = $2 and data ->> $4 = $5`,
          [vendorId, read.table, read.sum, read.field, String(read.equals)],
        );
        return Number(row?.total ?? 0);
      }
      case 'ledgerCount': {
        const [row] = await tx.query<{ n: number }>(
          `select count(*) as n from ledger_entries
           where vendor_id = $1 and tbl = $2 and data ->> $3 = $4`,
          [vendorId, read.table, read.field, String(read.equals)],
        );
        return Number(row?.n ?? 0);
      }
    }
  };
}
