import { describe, expect, it } from 'vitest';
import { sampleOffer } from '../test-support/offers';
import type { Offer } from './schema';
import { termsLocked } from './invariants/terms-locked';
import {
  canChangeStatus,
  changedTerms,
  copyAsNewOffer,
  offerDisplayStatus,
  termsAreLocked,
} from './offer-terms';

describe('what buyers paid for', () => {
  const offer = sampleOffer();

  it('finds each changed term, and none for words, photos, stock or the end of sale', () => {
    const reworded: Offer = {
      ...offer,
      title: { zh: '新标题', en: null },
      photoHashes: ['a'.repeat(64), 'b'.repeat(64)],
      stock: 10,
      perCustomerLimit: 2,
      saleUntil: 5,
    };
    expect(changedTerms(offer, reworded)).toEqual([]);
    expect(
      changedTerms(offer, {
        ...offer,
        priceFen: 6800,
        validity: { kind: 'afterPurchase', days: 60 },
        usage: { ...offer.usage, weekdays: [6, 7] },
      }),
    ).toEqual(['priceFen', 'validity', 'usage']);
  });

  it('lets an offer on sale change, reorder and drop its photos, and still refuses a new price with them', () => {
    const onSale: Offer = {
      ...offer,
      status: 'onSale',
      firstOnSaleAt: 1,
      photoHashes: ['a'.repeat(64), 'b'.repeat(64)],
    };
    const { status: _s, firstOnSaleAt: _f, createdAt: _c, ...fields } = onSale;
    // The platform's invariant, as it judges an edit pushed by a desk.
    const check = (edit: Partial<typeof fields>) =>
      termsLocked.check({ offer: { ...fields, ...edit } }, { stored: onSale }, []);
    expect(termsAreLocked(onSale)).toBe(true);
    for (const photoHashes of [['b'.repeat(64), 'a'.repeat(64)], ['c'.repeat(64)], []]) {
      const edited: Offer = { ...onSale, photoHashes };
      expect(changedTerms(onSale, edited)).toEqual([]);
      expect(check({ photoHashes })).toBeNull();
    }
    expect(check({ photoHashes: [], priceFen: 6800 })?.details).toMatchObject({
      terms: ['priceFen'],
    });
  });

  it('compares terms by value, whatever order their keys were written in', () => {
    const reordered = {
      ...offer,
      refund: {
        autoRefundExpired: offer.refund.autoRefundExpired,
        beforeUse: offer.refund.beforeUse,
      },
    };
    expect(changedTerms(offer, reordered)).toEqual([]);
  });

  it('lets an offer go on sale, pause, resume and end, and never back from ended', () => {
    expect(canChangeStatus('draft', 'onSale')).toBe(true);
    expect(canChangeStatus('draft', 'paused')).toBe(false);
    expect(canChangeStatus('onSale', 'paused')).toBe(true);
    expect(canChangeStatus('paused', 'onSale')).toBe(true);
    expect(canChangeStatus('onSale', 'onSale')).toBe(false);
    for (const to of ['draft', 'onSale', 'paused'] as const) {
      expect(canChangeStatus('ended', to)).toBe(false);
    }
  });

  it('shows an offer on sale as scheduled, sold out or over by its window and stock', () => {
    const onSale = { ...offer, status: 'onSale' as const, saleFrom: 100, saleUntil: 200, stock: 3 };
    expect(offerDisplayStatus(onSale, 0, 99)).toBe('scheduled');
    expect(offerDisplayStatus(onSale, 2, 100)).toBe('onSale');
    expect(offerDisplayStatus(onSale, 3, 150)).toBe('soldOut');
    expect(offerDisplayStatus(onSale, 0, 200)).toBe('saleOver');
    expect(offerDisplayStatus({ ...onSale, status: 'paused' }, 0, 150)).toBe('paused');
  });

  it('copies an offer into a new draft whose terms are open again', () => {
    const locked = { ...offer, status: 'ended' as const, firstOnSaleAt: 5 };
    const copy = copyAsNewOffer(locked, 9);
    expect(copy).toMatchObject({ status: 'draft', firstOnSaleAt: null, createdAt: 9 });
    expect(copy.id).not.toBe(offer.id);
    expect(changedTerms(locked, copy)).toEqual([]);
  });
});
