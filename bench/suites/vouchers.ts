/**
 * Issue 14: the redemption desk (核销台) with 20,000 vouchers in the store, each with a real
 * signed QR, and a few thousand redemptions. Look-up by code (the desk's lookUpVoucher) beside a
 * raw Dexie get, interleaved; from the scanner's Enter to the voucher shown on the group-buy
 * page's desk, a scanned QR (signature checked) beside a typed 12-digit code; and signature
 * verification per voucher (verifyVoucher) beside a bare crypto.subtle.verify of the same bytes
 * with the same key. Runs against the web build (dist-web).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { webBuildDir } from '../lib/harness';
import { callBench } from '../lib/page-call';
import { compared, diagnostic, measured } from '../lib/stats';
import type { Suite } from '../lib/types';

const SUITE = 'vouchers';
const OFFERS = 5;

/**
 * The page's side of one desk round, as source text (tsx would wrap a function's named helpers in
 * a __name() the page lacks): a capture listener on the window, installed before the typing,
 * takes the time of the Enter keydown before the desk's own handler runs, then checks every
 * animation frame for the one where the region labelled 券码 shows `shown` (the formatted code).
 */
function armEnter(shown: string): string {
  return `(() => {
    window.__vcDeskShown = new Promise((done, fail) => {
      const onKey = (event) => {
        if (event.key !== 'Enter') return;
        window.removeEventListener('keydown', onKey, true);
        const started = performance.now();
        const timeout = setTimeout(() => fail(new Error('voucher ' + ${JSON.stringify(shown)} + ' never shown')), 15000);
        const check = () => {
          const region = document.querySelector('section[aria-label="券码"]');
          if (region && (region.textContent || '').includes(${JSON.stringify(shown)})) {
            clearTimeout(timeout);
            done(performance.now() - started);
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      };
      window.addEventListener('keydown', onKey, true);
    });
  })()`;
}

/** Types `text` as a keyboard-wedge scanner would (fast keystrokes, then Enter); ms to shown. */
async function deskRound(page: Page, text: string, shown: string): Promise<number> {
  const input = page.getByLabel('券码或二维码');
  await input.fill('');
  await input.focus();
  await page.evaluate(armEnter(shown));
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  return (await page.evaluate('window.__vcDeskShown')) as number;
}

const suite: Suite = {
  name: SUITE,
  issue: 14,
  description:
    'redemption desk with 20,000 signed vouchers: look-up, Enter → shown, signature check',
  async run(ctx) {
    if (!existsSync(resolve(webBuildDir, 'index.html'))) {
      return { rows: [], notes: [], skipped: 'no web build (dist-web); run `npm run build:web`' };
    }
    const vouchers = ctx.quick ? 2_000 : 20_000;
    const redemptions = ctx.quick ? 300 : 3_000;
    const seedPage = await ctx.benchPage();
    ctx.log(
      `seeding ${vouchers} signed vouchers of ${OFFERS} offers and ${redemptions} redemptions`,
    );
    const seed = await callBench(seedPage, 'seedVouchers', {
      vouchers,
      offers: OFFERS,
      redemptions,
    });
    ctx.log(`seeded in ${seed.seedSeconds.toFixed(1)} s`);
    const lookup = await callBench(seedPage, 'voucherLookup', {
      vendorId: seed.vendorId,
      runs: ctx.quick ? 40 : 400,
      warmup: ctx.quick ? 5 : 40,
    });
    const verifyRuns = ctx.quick ? 200 : 2_000;
    const verify = await callBench(seedPage, 'voucherVerify', {
      vendorId: seed.vendorId,
      qrs: verifyRuns,
      runs: verifyRuns,
      warmup: ctx.quick ? 20 : 100,
    });

    const page = await seedPage.context().newPage();
    await page.goto(`${ctx.origin}/#/groupbuy`);
    await page.getByRole('tab', { name: '核销台' }).click({ timeout: 120_000 });
    await page.getByLabel('券码或二维码').waitFor({ timeout: 60_000 });
    const warmup = ctx.quick ? 1 : 3;
    const rounds = ctx.quick ? 4 : 20;
    const scanned: number[] = [];
    const typed: number[] = [];
    const fresh = [...seed.fresh];
    for (let i = 0; i < warmup + rounds; i += 1) {
      // Interleaved: every round runs both, starting with a different one each time, each on a
      // voucher not shown before (so Enter looks up rather than redeems).
      const order = i % 2 === 0 ? (['qr', 'code'] as const) : (['code', 'qr'] as const);
      for (const kind of order) {
        const voucher = fresh.shift();
        if (!voucher) throw new Error('ran out of unredeemed vouchers for the desk rounds');
        const ms = await deskRound(page, kind === 'qr' ? voucher.qr : voucher.code, voucher.shown);
        if (i >= warmup) (kind === 'qr' ? scanned : typed).push(ms);
      }
    }
    await page.close();

    const lookups = lookup.samples.lookUpCode.length + (ctx.quick ? 5 : 40);
    return {
      rows: [
        compared(
          SUITE,
          `look-up by code, ${lookup.storeVouchers.toLocaleString('en')} vouchers in the store`,
          measured('desk: lookUpVoucher(db, vendorId, code)', lookup.samples.lookUpCode),
          measured('raw Dexie: db.voucher.get(id)', lookup.samples.rawGet),
          {
            storeVouchers: lookup.storeVouchers,
            storeRedemptions: lookup.storeRedemptions,
            calls: lookups,
            foundLookUp: lookup.found.lookUpCode,
            foundRawGet: lookup.found.rawGet,
          },
        ),
        diagnostic(
          SUITE,
          'look-up: the code index read alone',
          measured("db.voucher.where('code').equals(code).first()", lookup.samples.indexRead),
          { found: lookup.found.indexRead, calls: lookups },
        ),
        diagnostic(
          SUITE,
          'look-up of the QR text (signature checked, keys read from the store)',
          measured('desk: lookUpVoucher(db, vendorId, qrText)', lookup.samples.lookUpQr),
          { foundAndVerified: lookup.found.lookUpQr, calls: lookups },
        ),
        compared(
          SUITE,
          'desk: scanner Enter → voucher shown',
          measured('QR text (204 characters), signature checked', scanned),
          measured('typed 12-digit code, no signature', typed),
        ),
        compared(
          SUITE,
          'signature verification per voucher',
          measured('verifyVoucher(keys, qrText, { vendorId })', verify.samples.verifyVoucher),
          measured(
            'bare crypto.subtle.verify(Ed25519), same bytes and key',
            verify.samples.subtleVerify,
          ),
          {
            good: verify.good.verifyVoucher,
            goodBaseline: verify.good.subtleVerify,
            calls: verify.samples.verifyVoucher.length + (ctx.quick ? 20 : 100),
          },
        ),
      ],
      notes: [
        `The shop is seeded straight into the store (no outbox) in ${seed.seedSeconds.toFixed(0)} s: ` +
          `${vouchers.toLocaleString('en')} vouchers of ${OFFERS} offers, each with a QR signed by ` +
          'signVoucher with an Ed25519 key pair made in the page (its public key in voucherKey, ' +
          `where the desk reads it), ids from voucherIdFor, and ${redemptions.toLocaleString('en')} ` +
          'redemptions. Look-ups pick a different voucher each call, spread over the store. ' +
          'lookUpVoucher reads the code index, then the offer, the voucher’s redemptions and the ' +
          'shop’s settings; the raw get reads the voucher row alone by its id.',
        'Enter → shown is timed in the console’s page (#/groupbuy, tab 核销台) from the Enter ' +
          'keydown (a capture listener on the window, ahead of the desk’s handler) to the first ' +
          'animation frame where the region labelled 券码 shows the voucher’s code; Playwright ' +
          `types the text fast first (untimed). Warm-up rounds: ${warmup}, then ${rounds} timed, each ` +
          'round a QR and a code on vouchers not shown before, alternating which goes first. The ' +
          'seeded vouchers’ customers are not in the store, so the desk shows no customer line.',
        'verifyVoucher parses the QR text (zod, base32), finds the key and verifies; the bare ' +
          'verify gets the signed bytes and signature parsed beforehand and the key imported once.',
      ],
    };
  },
};

export default suite;
