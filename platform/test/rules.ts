/**
 * Test-only mutations and rules beside the real registry: a stored-value ledger guarded by a
 * "never below zero" invariant, a mutation writing several rows (of both kinds) at once, a delete, and a
 * mutation at version 3 whose version 2 arguments need an upgrade.
 */
import { z } from 'zod';
import { defineMutation, type MutationDefinition } from '../../domain/mutations/define';
import { findMutation } from '../../domain/mutations/registry';
import { tableLookups, type EntityTable, type LedgerTable } from '../../domain/mutations/tables';
import { fieldLookup } from '../../domain/parts/define';
import { defineInvariant, InvariantRegistry } from '../../domain/sync/invariants';
import type { SyncRules } from '../sync/rules';

// Test tables are not part of the product's table list; the casts keep them out of it.
const ledger = 'storedValueEntry' as LedgerTable;
const notes = 'testNote' as EntityTable;

const entry = z.object({
  entryId: z.string(),
  customerId: z.string(),
  amountFen: z.number().int(),
});

const topUp = defineMutation({
  name: 'test.storedValue.topUp',
  version: 1,
  args: entry,
  ops: ({ entryId, customerId, amountFen }) => [
    { op: 'append', table: ledger, row: { id: entryId, customerId, amountFen } },
  ],
});
const spend = defineMutation({
  name: 'test.storedValue.spend',
  version: 1,
  args: entry,
  ops: ({ entryId, customerId, amountFen }) => [
    { op: 'append', table: ledger, row: { id: entryId, customerId, amountFen: -amountFen } },
  ],
});
const writeNotes = defineMutation({
  name: 'test.notes.write',
  version: 1,
  args: z.object({
    notes: z.array(z.object({ id: z.string(), text: z.string() })),
    /** Ledger rows in the same mutation, after the notes (a mutation writing both kinds). */
    topUps: z.array(entry).optional(),
  }),
  ops: ({ notes: list, topUps = [] }) => [
    ...list.map((row) => ({ op: 'put' as const, table: notes, row })),
    ...topUps.map(({ entryId, customerId, amountFen }) => ({
      op: 'append' as const,
      table: ledger,
      row: { id: entryId, customerId, amountFen },
    })),
  ],
});
const deleteNote = defineMutation({
  name: 'test.notes.delete',
  version: 1,
  args: z.object({ id: z.string() }),
  ops: ({ id }) => [{ op: 'delete', table: notes, id }],
});
const retitle = defineMutation({
  name: 'test.notes.retitle',
  version: 3,
  args: z.object({ id: z.string(), text: z.string(), by: z.string() }),
  ops: ({ id, text, by }) => [{ op: 'patch', table: notes, id, fields: { text, by } }],
});

const balanceNeverBelowZero = defineInvariant({
  rule: 'storedValue.balanceBelowZero',
  mutation: spend.name,
  reads: (args: z.infer<typeof entry>) => ({
    balanceFen: {
      kind: 'ledgerSum',
      table: ledger,
      field: 'customerId',
      equals: args.customerId,
      sum: 'amountFen',
    },
  }),
  check: (args, { balanceFen }) =>
    balanceFen < args.amountFen
      ? {
          message: 'stored value would go below zero',
          details: { balanceFen, requestedFen: args.amountFen },
        }
      : null,
});

const testMutations = new Map<string, MutationDefinition<string, unknown>>(
  [topUp, spend, writeNotes, deleteNote, retitle].map((definition) => [
    definition.name,
    definition as MutationDefinition<string, unknown>,
  ]),
);

export const testSyncRules: SyncRules = {
  findMutation: (name) => testMutations.get(name) ?? findMutation(name),
  argsUpgrades: {
    // Version 2 had no author.
    'test.notes.retitle@2': (args) => ({ ...(args as object), by: 'unknown' }),
  },
  invariants: new InvariantRegistry([balanceNeverBelowZero]),
  lookups: new Map([...tableLookups, [ledger, { customerId: fieldLookup('customerId') }]]),
};
