/**
 * Issue 12: importing 10,000 customers with opening balances from a GBK CSV end to end (read in
 * the worker + plan + write through the mutation layer) beside a raw Dexie bulkPut of the same rows.
 */
import { callBench } from '../lib/page-call';
import { compared, diagnostic, measured } from '../lib/stats';
import type { Suite } from '../lib/types';

const SUITE = 'customers-import';
const ROWS = 10_000;

const suite: Suite = {
  name: SUITE,
  issue: 12,
  description:
    'import of 10,000 customers (GBK CSV, opening balances) end to end vs raw Dexie bulkPut',
  async run(ctx) {
    const page = await ctx.benchPage();
    const result = await callBench(page, 'customersImport', {
      rows: ROWS,
      rounds: ctx.quick ? 1 : 3,
      warmupRows: 1_000,
    });
    const name = `Customer import: ${ROWS.toLocaleString('en')} customers`;
    const subject = measured('end to end', result.samples.endToEnd);
    const rows = [
      compared(SUITE, name, subject, measured('raw bulkPut, strict', result.samples.rawBulkPut), {
        'rows written': result.rowsWritten,
        changes: result.changes,
        'customers/s': Math.round(ROWS / (subject.stats.p50 / 1000)),
        'CSV MB': result.fileBytes / 2 ** 20,
      }),
      ...Object.entries(result.phases).map(([phase, samples]) =>
        diagnostic(SUITE, `${name}: ${phase}`, measured(phase, samples)),
      ),
    ];
    return { rows, notes: [`Pipeline: ${result.pipeline.join(' → ')}.`] };
  },
};

export default suite;
