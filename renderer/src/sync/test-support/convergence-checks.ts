/**
 * What "converged" means, checked after a faulty run has healed: every device holds exactly the
 * platform's rows and has nothing queued; every change any device saved was processed exactly
 * once; every rejection is on its device's needs-attention list and nothing else is, and on the
 * shop-wide list (attention items) every device holds; and the platform's other rows are exactly
 * the applied changes folded in the platform's order, so no change a device showed as saved went
 * missing and none was applied twice. For the members' accounts: no account is below zero on the
 * platform, in principal, bonus or points, and each device's balances are the platform's sums.
 */
import { CUSTOMER_ERASED } from '@domain/customers/invariants/erased';
import { expect } from 'vitest';
import type { EntityRow, RowOp } from '@domain/mutations/row-ops';
import type { OutboxEntry } from '@domain/outbox';
import { canonicalJson } from '@domain/sync/checksum';
import { applyEntityOp } from '@domain/sync/row-state';
import { needsAttentionTable } from '../engine/needs-attention';
import { opsOfEntry } from '../engine/replay';
import type { PlatformHarness, ProcessedMutation, TableRows } from './platform-harness';
import { localRows, type SimDevice } from './sim-device';

export interface ConvergenceFigures {
  mutations: number;
  applied: number;
  rejected: number;
  /** Spends of stored value or points the platform turned down (two consoles spent the same). */
  balanceRejections: number;
}

export async function expectConverged(
  platform: PlatformHarness,
  vendorId: string,
  devices: readonly SimDevice[],
): Promise<ConvergenceFigures> {
  const server = await platform.rows(vendorId);
  for (const device of devices) {
    expect(await device.db.outbox.count(), `${device.label} has nothing queued`).toBe(0);
    expect(await localRows(device.db), `${device.label} equals the platform`).toEqual(server);
  }

  const made = new Map<string, OutboxEntry>();
  for (const device of devices) for (const entry of device.made) made.set(entry.id, entry);
  const results = await platform.results(vendorId);
  const originated = platform.originated(vendorId);
  const processedIds = results.map((result) => result.mutationId);
  expect(new Set(processedIds).size, 'no change processed twice').toBe(results.length);
  // The consoles' changes and the platform's own (the vouchers it issued), each processed once.
  expect([...processedIds].sort(), 'every saved change processed').toEqual(
    [...made.keys(), ...originated.keys()].sort(),
  );

  await expectRejectionsListed(devices, results);
  const { attentionItem = {}, ...records } = server;
  const rejectedIds = results.filter((r) => r.status === 'rejected').map((r) => r.mutationId);
  expect(Object.keys(attentionItem).sort(), 'one shop-wide attention item per rejection').toEqual(
    rejectedIds.sort(),
  );
  const opsOf = (id: string) => originated.get(id) ?? opsOfEntry(made.get(id)!);
  expect(foldApplied(results, opsOf), 'platform = applied changes in order').toEqual(records);
  await expectBalancesHold(server, devices);
  const rejected = results.filter((result) => result.status === 'rejected').length;
  const balanceRejections = results.filter(
    (result) => result.rule === 'storedValue.belowZero' || result.rule === 'points.belowZero',
  ).length;
  return {
    mutations: results.length,
    applied: results.length - rejected,
    rejected,
    balanceRejections,
  };
}

type Balances = Record<string, { principalFen: number; bonusFen: number; points: number }>;

/** Each account's balances (a customer and the profiles merged into it) from rows by table. */
function balancesOf(rows: Record<string, Record<string, unknown>[]>): Balances {
  const accountOf = new Map(
    (rows.customer ?? []).map((c) => [
      c.id as string,
      (c.mergedInto as string | null) ?? (c.id as string),
    ]),
  );
  const balances: Balances = {};
  const of = (customerId: string) =>
    (balances[accountOf.get(customerId) ?? customerId] ??= {
      principalFen: 0,
      bonusFen: 0,
      points: 0,
    });
  for (const entry of rows.storedValueEntry ?? []) {
    const balance = of(entry.customerId as string);
    balance.principalFen += entry.principalFen as number;
    balance.bonusFen += entry.bonusFen as number;
  }
  for (const entry of rows.pointsEntry ?? [])
    of(entry.customerId as string).points += entry.points as number;
  return balances;
}

const parsed = (tables: TableRows) =>
  Object.fromEntries(
    Object.entries(tables).map(([table, byId]) => [
      table,
      Object.values(byId).map((json) => JSON.parse(json) as Record<string, unknown>),
    ]),
  );

async function expectBalancesHold(server: TableRows, devices: readonly SimDevice[]): Promise<void> {
  const platformBalances = balancesOf(parsed(server));
  for (const [account, balance] of Object.entries(platformBalances)) {
    for (const [part, value] of Object.entries(balance))
      expect(value, `${account}'s ${part} on the platform`).toBeGreaterThanOrEqual(0);
  }
  for (const device of devices) {
    const local = balancesOf(parsed(await localRows(device.db)));
    expect(local, `${device.label}'s balances are the platform's sums`).toEqual(platformBalances);
  }
}

async function expectRejectionsListed(
  devices: readonly SimDevice[],
  results: readonly ProcessedMutation[],
): Promise<void> {
  for (const device of devices) {
    const listed = await needsAttentionTable(device.db).toArray();
    const expected = results
      .filter((result) => result.deviceId === device.deviceId && result.status === 'rejected')
      .map((result) => `${result.mutationId}:${result.reason}`)
      .sort();
    const shown = listed.map((row) => `${row.mutationId}:${row.reason}`).sort();
    expect(shown, `${device.label} lists exactly its rejected changes`).toEqual(expected);
    // ...but an edit of an erased person keeps none of it, so the data stays gone.
    for (const row of listed.filter((row) => row.rule !== CUSTOMER_ERASED))
      expect(row.args, 'a rejection keeps what the change was').not.toBeNull();
  }
}

/** The platform's rows as they must be: every applied change, in the platform's order. */
function foldApplied(
  results: readonly ProcessedMutation[],
  opsOf: (mutationId: string) => readonly RowOp[],
): TableRows {
  const state = new Map<string, Map<string, EntityRow>>();
  const tableOf = (name: string) => {
    let table = state.get(name);
    if (!table) state.set(name, (table = new Map()));
    return table;
  };
  for (const result of results) {
    if (result.status !== 'applied') continue;
    for (const op of opsOf(result.mutationId)) {
      const table = tableOf(op.table);
      if (op.op === 'append') {
        if (!table.has(op.row.id)) table.set(op.row.id, op.row);
        continue;
      }
      const id = op.op === 'put' ? op.row.id : op.id;
      const current = table.get(id);
      const next = applyEntityOp(current ? { row: current, deleted: false } : undefined, op);
      if (!next) continue;
      if (next.deleted || !next.row) table.delete(id);
      else table.set(id, next.row);
    }
  }
  const rows: TableRows = {};
  for (const [name, table] of state) {
    if (table.size === 0) continue;
    rows[name] = Object.fromEntries([...table].map(([id, row]) => [id, canonicalJson(row)]));
  }
  return rows;
}
