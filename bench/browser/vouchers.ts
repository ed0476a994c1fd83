/**
 * The redemption desk's bench page side (issue 14): a shop with 20,000 vouchers of a few offers
 * seeded on this origin, each with a real signed QR (an Ed25519 key pair made here with WebCrypto,
 * signed by the platform's own signVoucher, its public key stored where the desk reads it), and a
 * few thousand redemptions. Then the desk's look-up by code (lookUpVoucher) beside a raw Dexie
 * get of the voucher by id, and verifyVoucher beside a bare crypto.subtle.verify of the same
 * bytes with the same key, interleaved in one run.
 */
import { newId } from '@domain/ids';
import type { Offer, Redemption, Voucher } from '@domain/offers/schema';
import { sampleOffer } from '@domain/test-support/offers';
import { sampleVendorProfile } from '@domain/test-support/vendor-profile';
import { businessDate } from '@domain/time';
import { createVendorProfile } from '@domain/vendor/mutations';
import { formatVoucherCode, generateVoucherCodes, voucherIdFor } from '@domain/vouchers/code';
import { generateVoucherKeyPair, publicKeyText } from '@domain/vouchers/keys';
import { parseVoucherQr, signVoucher, verifyVoucher } from '@domain/vouchers/signature';
import { markProfileOpened, recordProfile } from '../../renderer/src/db/directory';
import { mutate } from '../../renderer/src/db/mutate';
import { VendorDb } from '../../renderer/src/db/vendor-db';
import { lookUpVoucher } from '../../renderer/src/offers/desk/desk-actions';
import { storedVoucherKeys } from '../../renderer/src/offers/keys/voucher-keys';
import type { Samples } from './api';
import { openBenchDb } from './store';
import { interleave } from './timing';

export interface VouchersSeedOptions {
  vouchers: number;
  offers: number;
  redemptions: number;
}

export interface VouchersSeed {
  vendorId: string;
  /** Seconds the seeding took (signing included), for the notes. */
  seedSeconds: number;
  /** Vouchers with no redemption, for the desk's Enter → shown rounds: code, QR, shown text. */
  fresh: { code: string; qr: string; shown: string }[];
}

const TIME_ZONE = 'Asia/Shanghai';
const CUTOFF = 240;
const DAY = 86_400_000;
const BATCH = 2_000;
/** Vouchers handed back for the desk rounds (never redeemed, spread over the store). */
const FRESH = 200;

const OFFER_TITLES = [
  { zh: '双人套餐', en: 'Set meal for two' },
  { zh: '四人聚餐', en: 'Dinner for four' },
  { zh: '工作日午市套餐', en: 'Weekday lunch set' },
  { zh: '十次卡', en: 'Ten-visit card' },
  { zh: '甜品拼盘', en: 'Dessert platter' },
];

export async function seedVouchers(options: VouchersSeedOptions): Promise<VouchersSeed> {
  const started = performance.now();
  const profile = sampleVendorProfile();
  const db = await openBenchDb(profile.id);
  const now = Date.now();
  try {
    await mutate(db, createVendorProfile, profile);
    const key = await generateVoucherKeyPair();
    await db.voucherKey.put({
      keyId: key.keyId,
      publicKey: publicKeyText(key.publicKey),
      createdAt: now - 90 * DAY,
      retiredAt: null,
    });
    const offers: Offer[] = Array.from({ length: options.offers }, (_, i) =>
      sampleOffer({
        title: OFFER_TITLES[i % OFFER_TITLES.length]!,
        usesPerVoucher: i % OFFER_TITLES.length === 3 ? 10 : 1,
        status: 'onSale',
        firstOnSaleAt: now - 60 * DAY,
        createdAt: now - 61 * DAY,
        updatedAt: now - 60 * DAY,
      }),
    );
    // Seeding only, untimed: rows written straight into the store (no outbox), as synced
    // vouchers and redemptions would lie there.
    await db.offer.bulkPut(offers);
    const codes = generateVoucherCodes(options.vouchers);
    const redeemEvery = Math.max(1, Math.floor(options.vouchers / options.redemptions));
    const freshEvery = Math.max(1, Math.floor(options.vouchers / FRESH));
    const fresh: VouchersSeed['fresh'] = [];
    let vouchers: Voucher[] = [];
    let redemptions: Redemption[] = [];
    let redeemed = 0;
    for (let i = 0; i < codes.length; i += 1) {
      const code = codes[i]!;
      const offer = offers[i % offers.length]!;
      const purchasedAt = now - (i % 50) * DAY;
      const validFrom = purchasedAt;
      const validUntil = purchasedAt + 90 * DAY;
      const qr = await signVoucher(key.privateKey, {
        code,
        vendorId: profile.id,
        offerId: offer.id,
        validFrom,
        validUntil,
        uses: offer.usesPerVoucher,
        keyId: key.keyId,
      });
      const voucher: Voucher = {
        id: voucherIdFor(profile.id, code),
        code,
        offerId: offer.id,
        customerId: newId(),
        orderId: newId(),
        groupId: null,
        uses: offer.usesPerVoucher,
        pricePaidFen: offer.priceFen,
        purchasedAt,
        validFrom,
        validUntil,
        state: 'valid',
        stateAt: purchasedAt,
        qr,
      };
      vouchers.push(voucher);
      // Every freshEvery-th voucher (offset by one) is kept unredeemed for the desk rounds.
      if (i % freshEvery === 1 && fresh.length < FRESH) {
        fresh.push({ code, qr, shown: formatVoucherCode(code) });
      } else if (i % redeemEvery === 0 && redeemed < options.redemptions) {
        const at = purchasedAt + DAY;
        redemptions.push({
          id: newId(),
          voucherId: voucher.id,
          code,
          offerId: offer.id,
          uses: 1,
          reverses: null,
          reason: null,
          how: redeemed % 3 === 0 ? 'scanner' : 'typed',
          unverified: false,
          at,
          businessDate: businessDate(at, TIME_ZONE, CUTOFF),
          deviceId: 'bench-desk',
        });
        redeemed += 1;
      }
      if (vouchers.length >= BATCH) {
        await db.voucher.bulkPut(vouchers);
        await db.redemption.bulkPut(redemptions);
        vouchers = [];
        redemptions = [];
      }
    }
    await db.voucher.bulkPut(vouchers);
    await db.redemption.bulkPut(redemptions);
    await recordProfile({
      vendorId: profile.id,
      name: profile.name,
      createdAt: now,
      lastOpenedAt: now,
    });
    await markProfileOpened(profile.id);
    return { vendorId: profile.id, seedSeconds: (performance.now() - started) / 1000, fresh };
  } finally {
    db.close();
  }
}

export interface VoucherLookupOptions {
  vendorId: string;
  runs: number;
  warmup: number;
}

export type VoucherLookupVariant = 'lookUpCode' | 'rawGet' | 'indexRead' | 'lookUpQr';

export interface VoucherLookupResult {
  samples: Samples<VoucherLookupVariant>;
  /** Vouchers in the store, and how many look-ups found theirs (all must). */
  storeVouchers: number;
  storeRedemptions: number;
  found: Record<VoucherLookupVariant, number>;
}

/** The stored vouchers' ids, codes and QRs, read once, untimed. */
async function storedVouchers(db: VendorDb) {
  const rows = await db.voucher.toArray();
  return rows.map((row) => ({ id: row.id, code: row.code, qr: row.qr }));
}

/**
 * Look-up by code, each call a different voucher spread over the store: the desk's real path
 * (lookUpVoucher: the code index, then the offer, the voucher's redemptions and the shop's
 * settings) beside a raw Dexie get of the voucher by its id; the bare index read and the desk's
 * look-up of the QR text (signature check included) as breakdowns.
 */
export async function voucherLookup(options: VoucherLookupOptions): Promise<VoucherLookupResult> {
  const db = new VendorDb(options.vendorId);
  await db.open();
  try {
    const rows = await storedVouchers(db);
    const storeRedemptions = await db.redemption.count();
    const pick = (i: number) => rows[(i * 7_919) % rows.length]!;
    const found: Record<VoucherLookupVariant, number> = {
      lookUpCode: 0,
      rawGet: 0,
      indexRead: 0,
      lookUpQr: 0,
    };
    const samples = await interleave<VoucherLookupVariant>(
      {
        lookUpCode: async (i) => {
          const looked = await lookUpVoucher(db, options.vendorId, pick(i).code);
          if (looked?.voucher && looked.offer) found.lookUpCode += 1;
        },
        rawGet: async (i) => {
          if (await db.voucher.get(pick(i).id)) found.rawGet += 1;
        },
        indexRead: async (i) => {
          if (await db.voucher.where('code').equals(pick(i).code).first()) found.indexRead += 1;
        },
        lookUpQr: async (i) => {
          const looked = await lookUpVoucher(db, options.vendorId, pick(i).qr);
          if (looked?.voucher && looked.qr?.ok) found.lookUpQr += 1;
        },
      },
      { runs: options.runs, warmup: options.warmup },
    );
    return { samples, storeVouchers: rows.length, storeRedemptions, found };
  } finally {
    db.close();
  }
}

export interface VoucherVerifyOptions {
  vendorId: string;
  /** QR texts taken from the store, each verified once per pass. */
  qrs: number;
  runs: number;
  warmup: number;
}

export interface VoucherVerifyResult {
  samples: Samples<'verifyVoucher' | 'subtleVerify'>;
  /** Calls that said the signature is good (all must). */
  good: { verifyVoucher: number; subtleVerify: number };
}

/**
 * Signature verification per voucher: verifyVoucher (parse the QR text, find the key, verify,
 * check the shop) with the keys as the desk holds them (storedVoucherKeys), beside a bare
 * crypto.subtle.verify of the same signed bytes and signature with the same key, imported once
 * and parsed beforehand (untimed).
 */
export async function voucherVerify(options: VoucherVerifyOptions): Promise<VoucherVerifyResult> {
  const db = new VendorDb(options.vendorId);
  await db.open();
  try {
    const rows = (await storedVouchers(db)).slice(0, options.qrs);
    const keys = await storedVoucherKeys(db);
    const [raw] = [...keys.values()];
    const key = await globalThis.crypto.subtle.importKey(
      'raw',
      new Uint8Array(raw!),
      { name: 'Ed25519' },
      false,
      ['verify'],
    );
    const parsed = rows.map((row) => {
      const result = parseVoucherQr(row.qr);
      if (!result.ok) throw new Error(`seeded QR does not parse: ${result.reason}`);
      return {
        signed: new Uint8Array(result.qr.signed),
        signature: new Uint8Array(result.qr.signature),
      };
    });
    const good = { verifyVoucher: 0, subtleVerify: 0 };
    const samples = await interleave(
      {
        verifyVoucher: async (i) => {
          const result = await verifyVoucher(keys, rows[i % rows.length]!.qr, {
            vendorId: options.vendorId,
          });
          if (result.ok) good.verifyVoucher += 1;
        },
        subtleVerify: async (i) => {
          const { signed, signature } = parsed[i % parsed.length]!;
          if (await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, key, signature, signed)) {
            good.subtleVerify += 1;
          }
        },
      },
      { runs: options.runs, warmup: options.warmup },
    );
    return { samples, good };
  } finally {
    db.close();
  }
}
