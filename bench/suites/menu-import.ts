/**
 * Issue 3: a 10,000-row CSV import end to end (decode + parse + validate + plan + write through
 * the mutation layer) beside a raw Dexie bulkPut of the same rows.
 */
import { callBench } from '../lib/page-call';
import { compared, diagnostic, measured } from '../lib/stats';
import type { Suite } from '../lib/types';

const SUITE = 'menu-import';
const ROWS = 10_000;

const suite: Suite = {
  name: SUITE,
  issue: 3,
  description: 'import of 10,000 CSV rows end to end vs raw Dexie bulkPut',
  async run(ctx) {
    const page = await ctx.benchPage();
    const result = await callBench(page, 'csvImport', {
      rows: ROWS,
      rounds: ctx.quick ? 1 : 3,
      warmupRows: 1_000,
    });
    const name = `CSV import: ${ROWS.toLocaleString('en')} rows`;
    const subject = measured('end to end', result.samples.endToEnd);
    const rows = [
      compared(SUITE, name, subject, measured('raw bulkPut, strict', result.samples.rawBulkPut), {
        'rows written': result.rowsWritten,
        'rows/s': Math.round(result.rowsWritten / (subject.stats.p50 / 1000)),
        'CSV MB': result.csvBytes / 2 ** 20,
      }),
      ...Object.entries(result.phases).map(([phase, samples]) =>
        diagnostic(SUITE, `${name}: ${phase}`, measured(phase, samples)),
      ),
    ];
    return { rows, notes: [`Pipeline: ${result.pipeline.join(' → ')}.`] };
  },
};

export default suite;
