/**
 * Issue 2: the local write path. Single edits through mutate() beside raw Dexie puts, and a
 * 10,000-row menu import (one mutation) beside raw bulkPut of the same rows, all interleaved in
 * one page on one database.
 */
import { callBench } from '../lib/page-call';
import { compared, diagnostic, measured } from '../lib/stats';
import type { BenchRow, Suite } from '../lib/types';

const SUITE = 'write-path';
const BULK_ROWS = 10_000;

const rowsPerSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000));

async function singleEditRows(
  page: Parameters<typeof callBench>[0],
  target: 'vendorProfile' | 'menuItem',
  quick: boolean,
): Promise<BenchRow[]> {
  const edits = quick ? 40 : 300;
  const samples = await callBench(page, 'singleEdits', { target, edits, warmup: quick ? 5 : 30 });
  const what = target === 'vendorProfile' ? 'vendor profile' : 'menu item';
  const mutation = target === 'vendorProfile' ? 'updateVendorProfile' : 'updateItem';
  const subject = measured(`mutate(${mutation})`, samples.mutate);
  return [
    compared(SUITE, `single edit: ${what}`, subject, measured('raw put, strict', samples.rawPut)),
    compared(
      SUITE,
      `single edit: ${what} (vs relaxed)`,
      subject,
      measured('raw put, relaxed', samples.rawPutRelaxed),
    ),
  ];
}

async function bulkRows(
  page: Parameters<typeof callBench>[0],
  quick: boolean,
): Promise<BenchRow[]> {
  const samples = await callBench(page, 'bulkWrite', {
    rows: BULK_ROWS,
    rounds: quick ? 1 : 3,
    warmupRows: 1_000,
  });
  const bulkPut = measured('raw bulkPut, strict', samples.rawBulkPut);
  const subject = measured('mutate(importMenu)', samples.mutate);
  const name = `bulk write: ${BULK_ROWS.toLocaleString('en')} items`;
  return [
    compared(SUITE, name, subject, bulkPut, {
      'rows/s': rowsPerSecond(BULK_ROWS, subject.stats.p50),
      'baseline rows/s': rowsPerSecond(BULK_ROWS, bulkPut.stats.p50),
    }),
    compared(
      SUITE,
      `${name}: put per row in one tx`,
      measured('raw put ×N, one tx', samples.rawPutLoop),
      bulkPut,
    ),
    compared(
      SUITE,
      `${name}: bulkPut through the console's store (derived codes)`,
      measured('VendorDb bulkPut', samples.storeBulkPut),
      bulkPut,
    ),
    diagnostic(SUITE, `${name}: args validation only`, measured('zod parse', samples.validateOnly)),
  ];
}

const suite: Suite = {
  name: SUITE,
  issue: 2,
  description: 'single edits and a 10,000-row write through the mutation layer vs raw Dexie',
  async run(ctx) {
    const page = await ctx.benchPage();
    ctx.log('single edits: vendor profile');
    const rows = await singleEditRows(page, 'vendorProfile', ctx.quick);
    ctx.log('single edits: menu item');
    rows.push(...(await singleEditRows(page, 'menuItem', ctx.quick)));
    ctx.log(`bulk write: ${BULK_ROWS} rows`);
    rows.push(...(await bulkRows(page, ctx.quick)));
    return {
      rows,
      notes: [
        'Single edits: each edit is its own transaction on both sides. mutate() parses the args, ' +
          'reads the device id and outbox counter, patches the row and appends the outbox entry; ' +
          'the raw put writes the already-edited row and nothing else.',
        'Durability: the vendor database opens with strict durability, so mutate() and the ' +
          '"strict" raw puts both wait for the disk flush; the "relaxed" rows use a second ' +
          'connection with relaxed durability to show what strictness itself costs.',
        'Bulk write: menu.import with 10,000 new items (one mutation, one transaction, one outbox ' +
          'entry carrying all rows) vs one transaction of bulkPut; tables and outbox emptied ' +
          '(untimed) before every call. "put per row" is what applyOps does inside mutate(); ' +
          '"validation only" is the zod parse of the same arguments, without the database.',
      ],
    };
  },
};

export default suite;
